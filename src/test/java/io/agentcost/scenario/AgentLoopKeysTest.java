package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Agent;
import io.agentcost.model.Distribution;
import io.agentcost.model.Scenario;
import io.agentcost.model.Workload;
import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The keys of agent loops (SPEC §12) are read at workload, phase and agent level, and every misuse gets one message
 * with file, line and key path (SPEC §7). Lines are counted from 1 at the first line of each text block.
 */
class AgentLoopKeysTest {

    private static final Pattern FORMAT = Pattern.compile("^test\\.yaml:(\\d+):(\\d+): ([^:]*): (.*)$");

    private static final String ARCH = """
            architectures:
              serverless: {preset: serverless}
            """;

    /** Exactly one problem, on this line, at this key path, with these words in its message. */
    private static void onlyProblem(String yaml, int line, String path, String... words) {
        List<String> problems = Fixtures.problems(yaml + ARCH);
        assertThat(problems).as("problems").hasSize(1);
        Matcher m = FORMAT.matcher(problems.get(0));
        assertThat(m.matches()).as("file:line:col: key: message form of <%s>", problems.get(0)).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("line of <%s>", problems.get(0)).isEqualTo(line);
        assertThat(m.group(3)).as("key path of <%s>", problems.get(0)).isEqualTo(path);
        assertThat(m.group(4)).contains(words);
    }

    private static Scenario load(String yaml) {
        var r = Fixtures.load(yaml + ARCH);
        assertThat(r.problems()).isEmpty();
        return r.scenario();
    }

    private static final String WORKLOAD = """
            workload:
              monthly_conversations: 1000
              user_tokens_per_turn: 100
              output_tokens_per_call: 100
              model_mix: {claude-haiku-4-5: 1}
            """;

    @Test
    void loopKeysAreReadAtEveryLevelAndOverrideInOrder() {
        Scenario s = load(WORKLOAD + """
                  turns_per_conversation: {varies: {discrete: {values: [1, 5, 20], weights: [0.5, 0.4, 0.1]}}}
                  tool_result_tokens: 800
                  loop_context: accumulate
                phases:
                  pilot: {step_budget: 6, history_tool_results: drop}
                  scale: {turns_per_conversation: 4}
                agents:
                  - {name: lead, count: 2, reasoning_tokens_per_call: 300, llm_calls_per_turn: {varies: {uniform: [1, 9]}}}
                """);
        Agent lead = s.agents().get(0);
        Workload pilot = s.workloadFor(s.phase("pilot"), lead);
        assertThat(pilot.varies(WorkloadKey.TURNS_PER_CONVERSATION)).isInstanceOf(Distribution.Discrete.class);
        assertThat(pilot.number(WorkloadKey.TURNS_PER_CONVERSATION)).isNull();
        assertThat(pilot.varies(WorkloadKey.LLM_CALLS_PER_TURN)).isEqualTo(new Distribution.Uniform(1, 9));
        assertThat(pilot.number(WorkloadKey.STEP_BUDGET)).isEqualTo(Distribution.fixed(6));
        assertThat(pilot.number(WorkloadKey.TOOL_RESULT_TOKENS)).isEqualTo(Distribution.fixed(800));
        assertThat(pilot.number(WorkloadKey.REASONING_TOKENS_PER_CALL)).isEqualTo(Distribution.fixed(300));
        assertThat(pilot.accumulates()).isTrue();
        assertThat(pilot.keepsToolResults()).isFalse();
        // a plain value in a phase replaces the workload's spread
        Workload scale = s.workloadFor(s.phase("scale"), lead);
        assertThat(scale.varies(WorkloadKey.TURNS_PER_CONVERSATION)).isNull();
        assertThat(scale.number(WorkloadKey.TURNS_PER_CONVERSATION)).isEqualTo(Distribution.fixed(4));
        assertThat(scale.keepsToolResults()).isTrue();
    }

    @Test
    void aSubAgentNamesItsParentAndAPerTurnRate() {
        Scenario s = load(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: researcher, spawned_by: {agent: lead, per_turn: {triangular: [1, 2, 4]}}}
                  - {name: lead, count: 3}
                """);
        Agent researcher = s.agents().get(0);
        assertThat(researcher.isSubAgent()).isTrue();
        assertThat(researcher.spawnedBy().agent()).isEqualTo("lead");
        assertThat(researcher.spawnedBy().perTurn()).isEqualTo(new Distribution.Triangular(1, 2, 4));
    }

    @Test
    void aStepBudgetBelowOneCallIsRefused() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                  step_budget: 0.5
                """, 7, "workload.step_budget", "1 or more");
    }

    @Test
    void variesIsRefusedOnOtherKeys() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                  tool_result_tokens: {varies: {uniform: [100, 900]}}
                """, 7, "workload.tool_result_tokens", "only for turns_per_conversation and llm_calls_per_turn");
    }

    @Test
    void variesIsRefusedOnComponentKeys() {
        List<String> problems = Fixtures.problems(WORKLOAD + """
                  turns_per_conversation: 4
                architectures:
                  serverless: {preset: serverless, lambda: {duration_ms: {varies: {uniform: [100, 900]}}}}
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("test.yaml:8:", "architectures.serverless.lambda.duration_ms", "only for turns_per_conversation");
    }

    @Test
    void variesTakesADistributionWithNumericParameters() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: {varies: {uniform: [1, many]}}
                """, 6, "workload.turns_per_conversation.varies.uniform[1]", "number");
    }

    @Test
    void variesDoesNotNest() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: {varies: {varies: {uniform: [1, 3]}}}
                """, 6, "workload.turns_per_conversation.varies", "not another varies");
    }

    @Test
    void variesTakesNothingBesideIt() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: {varies: {uniform: [1, 3]}, uniform: [1, 2]}
                """, 6, "workload.turns_per_conversation.uniform", "varies");
    }

    @Test
    void anUncertainStepBudgetBesideVaryingCallsIsRefused() {
        List<String> problems = Fixtures.problems(WORKLOAD + """
                  turns_per_conversation: 4
                  llm_calls_per_turn: {varies: {discrete: {values: [1, 10]}}}
                  step_budget: {uniform: [2, 6]}
                """ + ARCH);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("workload.step_budget", "plain number", "llm_calls_per_turn varies");
    }

    @Test
    void anUncertainHistoryWindowBesideVaryingTurnsIsRefused() {
        List<String> problems = Fixtures.problems(WORKLOAD + """
                  turns_per_conversation: {varies: {pert: [1, 4, 30]}}
                  history: {window_turns: {uniform: [2, 6]}}
                """ + ARCH);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("history.window_turns", "plain number", "turns_per_conversation varies");
    }

    @Test
    void anUncertainStepBudgetIsReportedOnTheLineThatGivesIt() {
        // the budget is the workload's, the spread an agent's: the message points at the budget, not at the agent
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                  step_budget: {uniform: [2, 6]}
                agents:
                  - {name: researcher, count: 2, llm_calls_per_turn: {varies: {discrete: {values: [1, 10]}}}}
                """, 7, "workload.step_budget", "plain number", "llm_calls_per_turn varies");
    }

    @Test
    void anUncertainHistoryWindowIsReportedOnTheLineThatGivesIt() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: {varies: {pert: [1, 4, 30]}}
                phases:
                  pilot: {monthly_conversations: 50}
                  scale:
                    history: {window_turns: {uniform: [2, 6]}}
                """, 10, "phases.scale.history.window_turns", "plain number", "turns_per_conversation varies");
    }

    @Test
    void aLoopChoiceMustBeOneOfItsWords() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                  loop_context: chained
                """, 7, "workload.loop_context", "accumulate");
    }

    @Test
    void spawnedByMustNameAnAgentOfTheFleet() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: lead}
                  - {name: helper, spawned_by: {agent: leed, per_turn: 1}}
                """, 9, "agents[1].spawned_by.agent", "leed", "lead");
    }

    @Test
    void anAgentCannotSpawnItself() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: lead}
                  - {name: helper, spawned_by: {agent: helper, per_turn: 1}}
                """, 9, "agents[1].spawned_by.agent", "itself");
    }

    @Test
    void aCycleOfSubAgentsIsRefusedOnce() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: lead}
                  - {name: a, spawned_by: {agent: b, per_turn: 1}}
                  - {name: b, spawned_by: {agent: a, per_turn: 1}}
                """, 9, "agents[1].spawned_by.agent", "cycle", "a → b → a");
    }

    @Test
    void aSubAgentTakesNoCountOrConversations() {
        List<String> problems = Fixtures.problems(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: lead}
                  - {name: helper, count: 3, monthly_conversations: 10, spawned_by: {agent: lead, per_turn: 1}}
                """ + ARCH);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("test.yaml:9:", "agents[1].count", "takes no count");
        assertThat(problems.get(1)).contains("test.yaml:9:", "agents[1].monthly_conversations", "takes no monthly_conversations");
    }

    @Test
    void spawnedByNeedsBothItsKeys() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                agents:
                  - {name: lead}
                  - {name: helper, spawned_by: {agent: lead}}
                """, 9, "agents[1].spawned_by", "'per_turn' is required");
    }

    @Test
    void spawnedByIsOnlyForAgents() {
        onlyProblem(WORKLOAD + """
                  turns_per_conversation: 4
                  spawned_by: {agent: lead, per_turn: 1}
                """, 7, "workload.spawned_by", "unknown");
    }

    @Test
    void aSubAgentNeedsNoConversationsOfItsOwn() {
        Scenario s = load("""
                workload:
                  turns_per_conversation: 4
                  user_tokens_per_turn: 100
                  output_tokens_per_call: 100
                  model_mix: {claude-haiku-4-5: 1}
                agents:
                  - {name: lead, monthly_conversations: 100}
                  - {name: helper, spawned_by: {agent: lead, per_turn: 1}}
                """);
        assertThat(s.agents()).hasSize(2);
    }
}
