package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.testing.Fixtures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad commitments (SPEC §7, §13): one message each, with file, line and key path. Lines are counted from the first line
 * of the text block (line 1); the line a problem is on is marked {@code # <- line N}.
 */
class CommitmentKeysTest {

    private static final Pattern FORMAT = Pattern.compile("^test\\.yaml:(\\d+):(\\d+): ([^:]*): (.*)$");

    private static final String HEAD = """
            workload: {monthly_conversations: 1000, turns_per_conversation: 1}
            architectures:
              a:
                ec2: {instance_type: m6i.large, instances: 2}
                commitments:
            """;

    /** Exactly one problem, on this line, at this key path, with these words in its message. */
    private static void onlyProblem(String commitments, int line, String path, String... words) {
        List<String> problems = Fixtures.problems(HEAD + commitments);
        assertThat(problems).as("problems").hasSize(1);
        Matcher m = FORMAT.matcher(problems.get(0));
        assertThat(m.matches()).as("file:line:col: key: message form of <%s>", problems.get(0)).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("line of <%s>", problems.get(0)).isEqualTo(line);
        assertThat(m.group(3)).isEqualTo(path);
        assertThat(m.group(4)).contains(words);
    }

    @Test
    void anUnknownCommitmentTypeIsNamedWithASuggestion() {
        onlyProblem("      - {type: compute_saving_plan, hourly_usd: 1, discount: 0.2}   # <- line 6\n", 6,
                "architectures.a.commitments[0].type", "unknown commitment type 'compute_saving_plan'", "did you mean 'compute_savings_plan'");
    }

    @Test
    void aSingleCommitmentNotInAListAsksForAList() {
        onlyProblem("      {type: compute_savings_plan, hourly_usd: 1, discount: 0.2}   # <- line 6\n", 6,
                "architectures.a.commitments", "expected a list of {type, hourly_usd, discount} or {type: reserved, component,"
                        + " instances, discount}, got a mapping");
    }

    @Test
    void aDiscountOutsideZeroToOneIsRefused() {
        onlyProblem("      - {type: compute_savings_plan, hourly_usd: 1, discount: 1.2}   # <- line 6\n", 6,
                "architectures.a.commitments[0].discount", "at least 0 and below 1", "1.2");
        onlyProblem("      - {type: reserved, component: ec2, instances: 1, discount: -0.1}\n", 6,
                "architectures.a.commitments[0].discount", "at least 0 and below 1");
    }

    @Test
    void aMissingDiscountSaysTheCatalogHasNoPublishedRate() {
        onlyProblem("      - {type: compute_savings_plan, hourly_usd: 1}   # <- line 6\n", 6,
                "architectures.a.commitments[0]", "'discount' is required", "lists no published rate");
    }

    @Test
    void aNegativeHourlyCommitmentIsRefused() {
        onlyProblem("      - {type: compute_savings_plan, hourly_usd: -2, discount: 0.2}\n", 6,
                "architectures.a.commitments[0].hourly_usd", "hourly_usd must be 0 or more");
    }

    @Test
    void anHourlyCommitmentPastTheUsdCeilingIsRefusedNotPricedAsInfinity() {
        // 1e300 an hour made every simulated figure of the architecture Infinity; the ceiling of USD/hour is 1e9
        // (7.3e11 a month at 730 hours, within the 1e12 of the USD keys)
        onlyProblem("      - {type: compute_savings_plan, hourly_usd: 1e300, discount: 0.2}\n", 6,
                "architectures.a.commitments[0].hourly_usd", "at most 1,000,000,000 USD/hour", "1e300");
    }

    @Test
    void reservationsLargerThanTheInstancesTheyCoverSayWhatTheyCover() {
        // 2 instances and no non-production copies: at most 2 reserved; the second reservation takes the total to 3
        onlyProblem("""
                      - {type: reserved, component: ec2, instances: 2, discount: 0.3}
                      - {type: reserved, component: ec2, instances: 1, discount: 0.4}   # <- line 7
                """, 7, "architectures.a.commitments[1]", "add up to 3 ec2 instances", "at most 2", "ec2.instances 2",
                "covers the ec2 instance-hours of this architecture");
    }

    @Test
    void aReservationForAComponentTheArchitectureLacksNamesItsComponents() {
        onlyProblem("      - {type: reserved, component: aurora, instances: 1, discount: 0.3}\n", 6,
                "architectures.a.commitments[0].component", "a reservation for aurora, which this architecture does not have", "ec2");
    }

    @Test
    void aPlanForComponentsTheArchitectureLacksIsRefused() {
        onlyProblem("      - {type: database_savings_plan, hourly_usd: 1, discount: 0.1}\n", 6,
                "architectures.a.commitments[0].type", "covers dynamodb, aurora, elasticache", "has none of them");
    }

    @Test
    void anUnknownKeyOfACommitmentIsAnError() {
        onlyProblem("      - {type: reserved, component: ec2, instances: 1, discount: 0.3, hourly_usd: 1}\n", 6,
                "architectures.a.commitments[0].hourly_usd", "unknown");
    }
}
