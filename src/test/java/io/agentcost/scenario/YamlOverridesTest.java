package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A phase or agent override added from the form: one edit, starting at the value in effect, so nothing changes until it is edited. */
class YamlOverridesTest {

    private static String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
    }

    private static double total(String yaml, String phase, String arch) {
        return Fixtures.estimate(yaml).results().stream().filter(e -> e.phase().equals(phase) && e.architecture().equals(arch))
                .findFirst().orElseThrow().totalUsd();
    }

    @Test
    void aPhaseOverrideStartsAtTheWorkloadValueAndChangesNothingUntilEdited() throws Exception {
        String text = example();
        assertThat(YamlOverrides.scopes(text)).containsExactly("phases.dev", "phases.launch", "phases.scale", "agents.triage", "agents.resolver");
        var change = YamlOverrides.add(text, "phases.launch", WorkloadKey.RETRY_RATE);
        assertThat(change.refused()).isFalse();
        String edited = change.edit().applyTo(text);
        assertThat(edited).isEqualTo(text.replace("launch: {monthly_conversations: {triangular: [5000, 10000, 20000]}}",
                "launch: {monthly_conversations: {triangular: [5000, 10000, 20000]}, retry_rate: 0.05}"));
        assertThat(total(edited, "launch", "serverless")).isEqualTo(total(text, "launch", "serverless"));
        // now an input of its own: raising it moves launch, not scale
        assertThat(YamlInputs.sites(edited)).anyMatch(s -> s.path().equals("phases.launch.retry_rate"));
        String raised = edited.replace("retry_rate: 0.05}", "retry_rate: 0.5}");
        assertThat(total(raised, "launch", "serverless")).isGreaterThan(total(text, "launch", "serverless"));
        assertThat(total(raised, "scale", "serverless")).isEqualTo(total(text, "scale", "serverless"));
        assertThat(YamlOverrides.addable(edited, "phases.launch")).doesNotContain(WorkloadKey.RETRY_RATE, WorkloadKey.MONTHLY_CONVERSATIONS);
        assertThat(YamlOverrides.add(edited, "phases.launch", WorkloadKey.RETRY_RATE).message()).contains("already sets retry_rate");
    }

    @Test
    void anAgentOverrideCopiesADistributionAndABlockValueIsWrittenOnOneLine() throws Exception {
        String text = example();
        String edited = YamlOverrides.add(text, "agents.resolver", WorkloadKey.TURNS_PER_CONVERSATION).edit().applyTo(text);
        assertThat(edited).contains("{name: resolver, count: 10, turns_per_conversation: {pert: [3, 5, 12]}}");
        assertThat(Fixtures.load(edited).problems()).isEmpty();

        String block = """
                workload:
                  monthly_conversations:
                    triangular: [800, 1000, 1500]
                  turns_per_conversation: 4
                  model_mix: {claude-haiku-4-5: 1.0}
                phases:
                  pilot:
                    turns_per_conversation: 2   # short trials
                architectures:
                  a: {dynamodb: {}}
                """;
        String added = YamlOverrides.add(block, "phases.pilot", WorkloadKey.MONTHLY_CONVERSATIONS).edit().applyTo(block);
        assertThat(added).contains("""
                  pilot:
                    turns_per_conversation: 2   # short trials
                    monthly_conversations: {triangular: [800, 1000, 1500]}
                """);
        assertThat(Fixtures.load(added).problems()).isEmpty();
        assertThat(YamlOverrides.add(block, "phases.nope", WorkloadKey.RETRY_RATE).refused()).isTrue();
    }
}
