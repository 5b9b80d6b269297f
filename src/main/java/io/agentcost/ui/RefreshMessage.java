package io.agentcost.ui;

import io.agentcost.app.PricingRefresh;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the window says when a price refresh fails. The refresh service words its failures for the command line
 * ("use --source bulk", "name a profile with --profile"); a desktop user has no flags to pass, so the window keeps
 * the facts, drops the sentences about flags and says what to do instead. The CLI prints the service's words as
 * they are.
 */
final class RefreshMessage {

    private RefreshMessage() {
    }

    static String failed(PricingRefresh.Failed e) {
        String facts = withoutCommandLine(e.getMessage());
        String advice = e.kind() == null ? "" : switch (e.kind()) {
            case ACCESS_DENIED -> "Your AWS credentials were found but may not read prices: they need the IAM permission"
                    + " pricing:GetProducts. Ask your AWS administrator to grant it, or start agentcost with AWS_PROFILE set to a"
                    + " profile that has it, then click Refresh prices… again.";
            case NO_CREDENTIALS -> "Set up AWS credentials as for any AWS tool (~/.aws/credentials, or AWS_PROFILE in the"
                    + " environment before you start agentcost), with the IAM permission pricing:GetProducts, then click"
                    + " Refresh prices… again.";
            case UNREACHABLE -> "Check the network connection (or proxy), then click Refresh prices… again.";
            case SERVICE -> "Try Refresh prices… again in a few minutes.";
            case REQUEST, CANCELLED -> "";
        };
        return "The refresh failed: " + facts + (advice.isEmpty() ? "" : "\n" + advice)
                + "\nThe catalog is unchanged: the results keep the prices they had.";
    }

    /** The message without its sentences that name command-line flags or commands. */
    static String withoutCommandLine(String message) {
        if (message == null || message.isBlank()) return "no reason given.";
        String kept = Arrays.stream(message.strip().split("(?<=[.;])\\s+"))
                .filter(s -> !s.contains("--") && !s.contains("`agentcost"))
                .collect(Collectors.joining(" "));
        if (kept.isEmpty()) return "no reason given.";
        return kept.endsWith(".") ? kept : kept + ".";
    }
}
