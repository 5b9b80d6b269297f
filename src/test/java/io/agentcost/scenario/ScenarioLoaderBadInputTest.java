package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.agentcost.model.Distribution;
import io.agentcost.model.Problem;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7: every bad input gets one clear message with file, line and key path, and no exception.
 *
 * <p>Line numbers are counted by hand: the first line of each text block is line 1, and the line
 * a problem is on is written next to it in a comment ({@code # <- line N}). YAML comments do not
 * change the document, so they are safe to leave in the scenario text.
 */
class ScenarioLoaderBadInputTest {

    /** "test.yaml:LINE:COL: path: message" (line/col/path absent when unknown). */
    private static final Pattern FORMAT = Pattern.compile("^test\\.yaml(?::(\\d+))?(?::(\\d+))?: (.*)$");

    /** A problem parsed back from the CLI's one-line form. */
    private record Line(int line, int column, String rest) {
        String path() {
            int i = rest.indexOf(": ");
            return i < 0 ? "" : rest.substring(0, i);
        }

        String message() {
            int i = rest.indexOf(": ");
            return i < 0 ? rest : rest.substring(i + 2);
        }
    }

    private static Line parse(String formatted) {
        Matcher m = FORMAT.matcher(formatted);
        assertThat(m.matches()).as("file:line:col: key: message form of <%s>", formatted).isTrue();
        return new Line(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3));
    }

    /** Exactly one problem, on this line, at this key path, with these words in its message. */
    private static void onlyProblem(String yaml, int line, String path, String... words) {
        List<String> problems = Fixtures.problems(yaml);
        assertThat(problems).as("problems").hasSize(1);
        assertProblem(problems.get(0), line, path, words);
    }

    private static void assertProblem(String formatted, int line, String path, String... words) {
        Line p = parse(formatted);
        assertThat(p.line()).as("line of <%s>", formatted).isEqualTo(line);
        assertThat(p.column()).as("column of <%s>", formatted).isPositive();
        assertThat(p.rest()).as("key path of <%s>", formatted).startsWith(path + ": ");
        assertThat(p.message()).as("message of <%s>", formatted).contains(words);
    }

    // ---------------------------------------------------------------- syntax

    @Test
    void yamlSyntaxErrorIsReportedWithItsLine() {
        String yaml = """
                name: t
                workload:
                  monthly_conversations: 1000
                 turns_per_conversation: 5
                """; // line 4 is indented by one space: it fits neither the workload block nor the top level
        List<String> problems = Fixtures.problems(yaml);
        assertThat(problems).hasSize(1);
        Line p = parse(problems.get(0));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isPositive();
        assertThat(p.rest()).startsWith("YAML syntax error");
    }

    @Test
    void tabIndentationIsASyntaxErrorOnItsLine() {
        String yaml = "name: t\n" // line 1
                + "workload:\n" // line 2
                + "\tmonthly_conversations: 1000\n"; // line 3: a tab cannot indent YAML
        List<String> problems = Fixtures.problems(yaml);
        assertThat(problems).hasSize(1);
        Line p = parse(problems.get(0));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.rest()).contains("YAML syntax error", "TAB");
    }

    // ---------------------------------------------------------------- unknown keys

    @Test
    void aDistributionGivenPercentilesItDoesNotTakeIsToldOnceAndPointedToTheMedian() {
        // the user wrote p50 where the lognormal asks for a median: one message for the key (it was told twice, the
        // form's keys being checked on two paths), and "median" suggested (p50 is the median), not "p90" (one edit away)
        List<String> problems = Fixtures.problems("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: {lognormal: {p50: 150, p90: 400}}   # <- line 6
                  model_mix: {claude-sonnet-4-6: 1.0}
                phases:
                  dev: {monthly_conversations: 100}
                  launch: {monthly_conversations: 1000}
                architectures:
                  serverless: {preset: serverless}
                """);
        assertThat(problems).filteredOn(p -> p.contains("unknown key 'p50'")).singleElement()
                .satisfies(p -> assertProblem(p, 6, "workload.output_tokens_per_call.lognormal.p50", "did you mean 'median'"));
    }

    @Test
    void unknownTopLevelKeyIsReportedWithLineAndSuggestion() {
        onlyProblem("""
                name: t
                regoin: us-east-1                    # <- line 2
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 2, "regoin", "unknown key 'regoin'", "did you mean 'region'");
    }

    /** The region names the catalog's directory: anything but a region code is refused before it reaches a path. */
    @Test
    void aRegionThatIsNotARegionCodeIsRefusedWithTheCodeItWasMeantToBe() {
        String yaml = """
                name: t
                region: %s                           # <- line 2
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """;
        onlyProblem(yaml.formatted("US-EAST-1"), 2, "region", "'US-EAST-1'", "expected an AWS region code", "did you mean us-east-1?");
        onlyProblem(yaml.formatted("../pricing-cache/us-east-1"), 2, "region", "expected an AWS region code such as us-east-1");
        onlyProblem(yaml.formatted("''"), 2, "region", "expected an AWS region code such as us-east-1");
        // a well-formed code without a snapshot still says how to get one
        onlyProblem(yaml.formatted("eu-central-1"), 2, "region", "no price snapshot for region eu-central-1", "pricing refresh --region eu-central-1");
    }

    @Test
    void unknownWorkloadKeyIsReportedWithLineAndSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                  retry_rte: 0.05                    # <- line 8
                architectures:
                  serverless: {preset: serverless}
                """, 8, "workload.retry_rte", "unknown key 'retry_rte'", "did you mean 'retry_rate'");
    }

    @Test
    void unknownComponentKeyIsReportedWithLineAndSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless, lambda: {memry_mb: 512}}   # <- line 9
                """, 9, "architectures.serverless.lambda.memry_mb", "unknown key 'memry_mb'", "did you mean 'memory_mb'");
    }

    @Test
    void unknownKeyInPhaseOverridesIsReportedWithSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                phases:
                  dev: {monthly_conversatons: 500}   # <- line 9
                architectures:
                  serverless: {preset: serverless}
                """, 9, "phases.dev.monthly_conversatons", "unknown key", "did you mean 'monthly_conversations'");
    }

    // ---------------------------------------------------------------- types and ranges

    @Test
    void textWhereANumberIsExpectedIsAWrongType() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: lots        # <- line 3
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 3, "workload.monthly_conversations", "expected a number", "'lots'");
    }

    @Test
    void listWhereANumberIsExpectedIsAWrongType() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: [3, 5]     # <- line 4
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 4, "workload.turns_per_conversation", "expected a number", "list");
    }

    @Test
    void negativeCountIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: -1000       # <- line 3
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 3, "workload.monthly_conversations", "0 or more", "-1000");
    }

    @Test
    void negativeComponentCountIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  hybrid: {preset: hybrid, fargate: {tasks: -2}}   # <- line 9
                """, 9, "architectures.hybrid.fargate.tasks", "0 or more", "-2");
    }

    @Test
    void negativeAgentCountIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                agents:
                  - {name: triage, count: -3}        # <- line 9
                architectures:
                  serverless: {preset: serverless}
                """, 9, "agents[0].count", "0 to 1,000,000", "-3");
    }

    @Test
    void fixedShareAboveOneIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  retry_rate: 1.5                    # <- line 7
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.retry_rate", "between 0 and 1", "1.5");
    }

    @Test
    void shareDistributionReachingAboveOneIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  retry_rate: {uniform: [0.5, 1.2]}  # <- line 7
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.retry_rate", "between 0 and 1", "uniform[0.5, 1.2]", "reaches 1.2");
    }

    @Test
    void discountAboveOneIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                discount: 1.5                        # <- line 10
                """, 10, "discount", "between 0 and 1", "1.5");
    }

    @Test
    void aStartMonthThatIsNotYearDashMonthIsRefusedWithItsLine() {
        onlyProblem("""
                name: t
                workload: {monthly_conversations: 1000, turns_per_conversation: 5, db_writes_per_turn: 1}
                architectures:
                  db: {dynamodb: {}}
                start_month: 2027-13                 # <- line 5: there is no 13th month
                """, 5, "start_month", "YYYY-MM", "2027-13");
        onlyProblem("""
                name: t
                workload: {monthly_conversations: 1000, turns_per_conversation: 5, db_writes_per_turn: 1}
                architectures:
                  db: {dynamodb: {}}
                start_month: January                 # <- line 5
                """, 5, "start_month", "YYYY-MM", "January");
    }

    @Test
    void aFiscalYearStartOutsideTheTwelveMonthsIsRefused() {
        onlyProblem("""
                name: t
                workload: {monthly_conversations: 1000, turns_per_conversation: 5, db_writes_per_turn: 1}
                architectures:
                  db: {dynamodb: {}}
                fiscal_year_start_month: 13          # <- line 5
                """, 5, "fiscal_year_start_month", "1 to 12", "13");
    }

    // ---------------------------------------------------------------- models and catalog names

    @Test
    void modelMixNotSummingToOneIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 0.5, nova-micro: 0.3}   # <- line 7
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.model_mix", "add up to 1", "0.8");
    }

    @Test
    void unknownModelAliasIsReportedWithSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonet-4-6: 1.0}  # <- line 7
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.model_mix.claude-sonet-4-6", "unknown model 'claude-sonet-4-6'",
                "did you mean 'claude-sonnet-4-6'");
    }

    @Test
    void unknownSageMakerInstanceTypeIsReportedOnceWithSuggestion() {
        // one problem only: the key was given (badly), so no second "required" message
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                architectures:
                  self_hosted:
                    preset: self_hosted
                    sagemaker: {instance_type: ml.g5.3xlarge, throughput_tokens_per_second: 400}   # <- line 10
                """, 10, "architectures.self_hosted.sagemaker.instance_type", "unknown", "'ml.g5.3xlarge'",
                "did you mean 'ml.g5.2xlarge'", "us-east-1");
    }

    @Test
    void badValueOfARequiredComponentKeyIsReportedOnceNotAlsoAsMissing() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                architectures:
                  vm: {ec2: {instance_type: m6i.large, instances: lots}}   # <- line 6
                """, 6, "architectures.vm.ec2.instances", "expected a number", "'lots'");
    }

    // ---------------------------------------------------------------- distributions

    @Test
    void uniformWithMinAboveMaxIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: {uniform: [2000, 1000]}   # <- line 3
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 3, "workload.monthly_conversations.uniform", "min 2000 is greater than max 1000");
    }

    @Test
    void triangularWithMinAboveMaxIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: {triangular: [8, 5, 3]}  # <- line 4
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 4, "workload.turns_per_conversation.triangular", "min 8 is greater than max 3");
    }

    @Test
    void pertWithMinAboveMaxIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: {pert: [300, 200, 100]}    # <- line 5
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 5, "workload.user_tokens_per_turn.pert", "min 300 is greater than max 100");
    }

    @Test
    void triangularModeOutsideRangeIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: {triangular: [100, 400, 300]}   # <- line 6
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 6, "workload.output_tokens_per_call.triangular", "mode 400 is outside [100, 300]");
    }

    @Test
    void lognormalWithP90BelowMedianIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  system_prompt_tokens: {lognormal: {median: 1000, p90: 500}}   # <- line 7
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.system_prompt_tokens.lognormal", "p90 500", "greater than median 1000");
    }

    @Test
    void normalDistributionOnAShareIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                  retry_rate: {normal: {mean: 0.05, sd: 0.01}}     # <- line 8
                architectures:
                  serverless: {preset: serverless}
                """, 8, "workload.retry_rate", "normal distribution", "between 0 and 1",
                "uniform, triangular, pert or discrete");
    }

    @Test
    void normalWithItsMeanFarBelowZeroIsRefused() {
        // conditioned on ≥ 0, nothing of it was left to draw from: every figure of the estimate and the simulation was NaN
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: {normal: {mean: -50, sd: 1}}     # <- line 4
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 4, "workload.turns_per_conversation", "normal{mean -50, sd 1} is conditioned on ≥ 0",
                "50 sd below 0", "at most 6 sd below");
    }

    @Test
    void normalWithItsMeanAFewSdBelowZeroIsAHalfTail() {
        assertThat(Fixtures.load("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: {normal: {mean: -6, sd: 1}}
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """).problems()).isEmpty();
    }

    @Test
    void percentilesWithNormalHalvesOnAGrowthSayWhyNotNegative() {
        // growth may be negative: the refusal is of the normal halves' unbounded lower tail (p10 ≤ 0), not of negative values
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                timeline:
                  - {phase: default, months: 6, monthly_growth: {percentiles: {p10: -0.01, p50: 0.02, p90: 0.05}}}   # <- line 9
                architectures:
                  serverless: {preset: serverless}
                """, 9, "timeline[0].monthly_growth", "must be greater than -1", "reaches unbounded values below",
                "with p10 ≤ 0 its halves are normal", "use uniform, triangular, pert or discrete");
    }

    @Test
    void percentilesFromZeroOnATokenCountSayHowToKeepThemAboveZero() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  reasoning_tokens_per_call: {percentiles: {p10: 0, p50: 300, p90: 1500}}   # <- line 7
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 7, "workload.reasoning_tokens_per_call", "must be 0 or more", "reaches unbounded values below",
                "(or p10 > 0, for lognormal halves)");
    }

    // ---------------------------------------------------------------- many problems, duplicates, layering

    @Test
    void everyProblemInAFileIsReportedInFileOrder() {
        List<String> problems = Fixtures.problems("""
                name: t
                hours_per_month: lots                # <- line 2: wrong type
                workload:
                  monthly_conversations: -1000       # <- line 4: negative
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  retry_rate: 2                      # <- line 8: share above 1
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless, lambda: {memry_mb: 512}}   # <- line 11: unknown key
                discount: 1.5                        # <- line 12: share above 1
                """);
        assertThat(problems).hasSize(5);
        assertProblem(problems.get(0), 2, "hours_per_month", "expected a number");
        assertProblem(problems.get(1), 4, "workload.monthly_conversations", "0 or more");
        assertProblem(problems.get(2), 8, "workload.retry_rate", "between 0 and 1");
        assertProblem(problems.get(3), 11, "architectures.serverless.lambda.memry_mb", "did you mean 'memory_mb'");
        assertProblem(problems.get(4), 12, "discount", "between 0 and 1");
    }

    @Test
    void duplicateKeyIsReportedWithTheLineOfTheFirst() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000        # line 3: first
                  turns_per_conversation: 5
                  monthly_conversations: 2000        # <- line 5: again
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """, 5, "workload.monthly_conversations", "duplicate key 'monthly_conversations'", "line 3");
    }

    @Test
    void requiredInputMissingAfterOverridesNamesThePhase() {
        onlyProblem("""
                name: t
                workload:
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                phases:
                  dev: {monthly_conversations: 500}
                  launch: {turns_per_conversation: 6}    # <- line 9: no monthly_conversations here nor in workload
                architectures:
                  serverless: {preset: serverless}
                """, 9, "phases.launch.monthly_conversations", "monthly_conversations is not set", "phase 'launch'");
    }

    // ---------------------------------------------------------------- components

    @Test
    void missingRequiredComponentKeyWithoutPresetIsReported() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                architectures:
                  vm: {ec2: {instances: 2}}          # <- line 6: no instance_type, no preset to bring one
                """, 6, "architectures.vm.ec2.instance_type", "required");
    }

    @Test
    void websocketApiGatewayWithoutMessagesPerTurnIsReported() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  ws:
                    preset: serverless
                    api_gateway: {type: websocket, connection_minutes_per_conversation: 5}   # <- line 11
                """, 11, "architectures.ws.api_gateway.messages_per_turn", "required", "websocket");
    }

    @Test
    void licenseWithNeitherMonthlyNorPerConversationFeeIsReported() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  market: {preset: marketplace, license: {}}   # <- line 9
                """, 9, "architectures.market.license", "monthly_usd", "per_conversation_usd");
    }

    @Test
    void unknownPresetIsReportedWithSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  fn: {preset: servrless}            # <- line 9
                """, 9, "architectures.fn.preset", "unknown preset 'servrless'", "did you mean 'serverless'");
    }

    // ---------------------------------------------------------------- timeline, correlations, prices

    @Test
    void timelineNamingAnUnknownPhaseIsReportedWithSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                phases:
                  dev: {monthly_conversations: 500}
                  launch: {}
                timeline:
                  - {phase: dev, months: 3}
                  - {phase: lanch, months: 3}        # <- line 13
                architectures:
                  serverless: {preset: serverless}
                """, 13, "timeline[1].phase", "unknown phase 'lanch'", "did you mean 'launch'");
    }

    @Test
    void correlationOfAnInputWithItselfIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                correlations:
                  - [monthly_conversations, monthly_conversations, 0.3]   # <- line 9
                architectures:
                  serverless: {preset: serverless}
                """, 9, "correlations[0]", "correlated with itself");
    }

    @Test
    void correlationOutsideMinusOneToOneIsRefused() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                correlations:
                  - [monthly_conversations, turns_per_conversation, 1.5]   # <- line 9
                architectures:
                  serverless: {preset: serverless}
                """, 9, "correlations[0][2]", "between -1 and 1", "1.5");
    }

    @Test
    void unknownPriceOverrideKeyIsReportedWithSuggestion() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 200
                  output_tokens_per_call: 150
                  model_mix: {claude-sonnet-4-6: 1.0}
                price_overrides: {lambda.requets: 0.1}   # <- line 8
                architectures:
                  serverless: {preset: serverless}
                """, 8, "price_overrides.lambda.requets", "unknown price key 'lambda.requets'",
                "did you mean 'lambda.requests'");
    }

    // ---------------------------------------------------------------- safe loading

    @Test
    void billionLaughsAliasBombIsRejectedWithAClearMessage() {
        // nine levels of nine aliases: 9^9 = 387 million "lol"s if expanded
        String yaml = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        AtomicReference<List<String>> problems = new AtomicReference<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatCode(() -> problems.set(Fixtures.problems(yaml))).doesNotThrowAnyException());
        assertThat(problems.get()).hasSize(1);
        // written out, a..e are 265,716 characters ("lol" and a separator, 4 × (9 + 81 + ... + 9^5)) and each *e
        // adds 236,196: the 8th alias of line 6 passes 2 MB (44 aliases so far, under the 50 for lists)
        assertThat(problems.get().get(0)).startsWith("test.yaml:6:").containsIgnoringCase("alias bomb").contains("2 MB");
    }

    @Test
    void aYamlMergeKeySaysMergeKeysAreNotSupported() {
        // "<<: *base" is YAML 1.1's merge key: the loader does not apply it, so it is a key no mapping allows
        onlyProblem("""
                workload: &base
                  monthly_conversations: 1000
                agents:
                  - name: a
                    <<: *base                   # <- line 5
                architectures:
                  serverless: {preset: serverless}
                """, 5, "agents[0].<<", "unknown key '<<'", "merge keys are not supported", "write the keys out");
    }

    @Test
    void javaTypeTagIsRefused() {
        List<String> problems = Fixtures.problems("""
                name: !!java.net.URL ["http://example.com"]   # <- line 1
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: 5
                architectures:
                  vm: {ec2: {instance_type: m6i.large, instances: 1}}
                """);
        assertThat(problems).hasSize(1);
        Line p = parse(problems.get(0));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.rest()).contains("tag", "not allowed", "java.net.URL");
    }

    @Test
    void pythonObjectTagIsRefused() {
        List<String> problems = Fixtures.problems("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: !!python/object:os.system 5   # <- line 4
                architectures:
                  vm: {ec2: {instance_type: m6i.large, instances: 1}}
                """);
        assertThat(problems).hasSize(1);
        Line p = parse(problems.get(0));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.rest()).contains("tag", "not allowed", "python/object");
    }

    @Test
    void localTagIsRefusedAtItsKey() {
        onlyProblem("""
                name: t
                workload:
                  monthly_conversations: 1000
                  turns_per_conversation: !custom 5  # <- line 4
                architectures:
                  vm: {ec2: {instance_type: m6i.large, instances: 1}}
                """, 4, "workload.turns_per_conversation", "tag !custom is not allowed");
    }

    @Test
    void textOverOneMebibyteIsRefused() {
        String yaml = "name: t\n# " + "x".repeat(1 << 20) + "\n";
        AtomicReference<List<String>> problems = new AtomicReference<>();
        assertThatCode(() -> problems.set(Fixtures.problems(yaml))).doesNotThrowAnyException();
        assertThat(problems.get()).hasSize(1);
        assertThat(problems.get().get(0)).startsWith("test.yaml: ").contains("larger than", "1024 KB");
    }

    @Test
    void emptyTextIsReported() {
        assertThat(Fixtures.problems("")).singleElement().asString().startsWith("test.yaml: ").contains("empty");
    }

    // ---------------------------------------------------------------- good input

    @Test
    void exampleScenarioLoadsWithoutProblems() {
        LoadResult r = Fixtures.services().load(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        assertThat(r.problems()).extracting(Problem::format).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.scenario().phases()).hasSize(3);
        assertThat(r.scenario().architectures()).hasSize(6);
    }

    @Test
    void underscoreAndExponentNumbersParseAsNumbers() {
        LoadResult r = Fixtures.load("""
                name: t
                workload:
                  monthly_conversations: 10_000
                  turns_per_conversation: 5
                  user_tokens_per_turn: 2e2
                  output_tokens_per_call: 1.5e2
                  system_prompt_tokens: 1e6
                  model_mix: {claude-sonnet-4-6: 1.0}
                architectures:
                  serverless: {preset: serverless}
                """);
        assertThat(r.problems()).extracting(Problem::format).isEmpty();
        Workload w = r.scenario().workload();
        assertThat(w.number(WorkloadKey.MONTHLY_CONVERSATIONS)).isEqualTo(Distribution.fixed(10_000));
        assertThat(w.number(WorkloadKey.USER_TOKENS_PER_TURN)).isEqualTo(Distribution.fixed(200));
        assertThat(w.number(WorkloadKey.OUTPUT_TOKENS_PER_CALL)).isEqualTo(Distribution.fixed(150));
        assertThat(w.number(WorkloadKey.SYSTEM_PROMPT_TOKENS)).isEqualTo(Distribution.fixed(1_000_000));
    }
}
