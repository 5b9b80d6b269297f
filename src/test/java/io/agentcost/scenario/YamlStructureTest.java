package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.Phase;
import io.agentcost.model.Scenario;
import io.agentcost.model.TimelineEntry;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phases, agents and architectures added and removed as edits of the text that keep the rest of the file. */
class YamlStructureTest {

    private static String example() throws Exception {
        return Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
    }

    /** The same scenario written in block style, with comments where edits happen. */
    private static final String BLOCK = """
            # a block-style scenario
            name: block
            workload:
              monthly_conversations: 1000   # per month
              turns_per_conversation: 4
              user_tokens_per_turn: 100
              output_tokens_per_call: 100
              model_mix:
                nova-micro: 1.0
            phases:                # two phases
              pilot:
                monthly_conversations: 100   # a small pilot
              production:
                monthly_conversations: 5000
                bedrock_endpoint: regional

            # the forecast
            timeline:
              - phase: pilot
                months: 2
              - phase: production
                months: 12
            agents:
              - name: triage     # cheap first pass
                count: 3
              - name: resolver
                count: 1
                llm_calls_per_turn: 2
            architectures:
              serverless:
                preset: serverless   # the default pattern
              containers:
                preset: hybrid
                fargate:
                  tasks: 2
            # end of file
            """;

    private static Scenario loads(String text) {
        LoadResult r = Fixtures.load(text);
        assertThat(r.problems()).as("problems of\n" + text).isEmpty();
        return r.scenario();
    }

    /** The text with the lines an insertion added taken out again, to compare with the original. */
    private static String without(String text, TextEdit insertion) {
        assertThat(insertion.start()).isEqualTo(insertion.end());
        return text.substring(0, insertion.start()) + text.substring(insertion.start() + insertion.replacement().length());
    }

    @Test
    void anAddedPhaseIsACopyOfTheLastUnderANewNameAndNothingElseChanges() throws Exception {
        String text = example();
        YamlStructure.Change change = YamlStructure.add(text, YamlStructure.Kind.PHASE, null);
        String edited = change.edit().applyTo(text);
        assertThat(change.edit().replacement()).isEqualTo("\n  scale_2: {monthly_conversations: {lognormal: {median: 300000, p90: 800000}}}");
        assertThat(without(edited, change.edit())).isEqualTo(text);
        Scenario s = loads(edited);
        assertThat(s.phases()).extracting(Phase::name).containsExactly("dev", "launch", "scale", "scale_2");
        assertThat(s.phases().get(3).overrides()).isEqualTo(s.phases().get(2).overrides());
    }

    @Test
    void anAddedAgentIsACopyWithItsNameChanged() throws Exception {
        String text = example();
        YamlStructure.Change change = YamlStructure.add(text, YamlStructure.Kind.AGENT, "triage");
        String edited = change.edit().applyTo(text);
        assertThat(edited).contains("  - {name: resolver, count: 10}\n"
                + "  - {name: triage_2, count: 50, model_mix: {nova-micro: 1.0}, llm_calls_per_turn: 1}\n");
        assertThat(without(edited, change.edit())).isEqualTo(text);
        Scenario s = loads(edited);
        assertThat(s.agents()).hasSize(3);
        assertThat(s.agents().get(2).name()).isEqualTo("triage_2");
        assertThat(s.agents().get(2).count()).isEqualTo(50);
        assertThat(s.agents().get(2).overrides()).isEqualTo(s.agents().get(0).overrides());
    }

    @Test
    void anAddedArchitectureCostsWhatTheOneItCopiesCosts() throws Exception {
        String text = example();
        YamlStructure.Change change = YamlStructure.add(text, YamlStructure.Kind.ARCHITECTURE, "self_hosted");
        String edited = change.edit().applyTo(text);
        // the copy spans two lines as the original does, continuation indent and all
        assertThat(edited).contains("  marketplace: {preset: marketplace, license: {monthly_usd: 2400}}\n"
                + "  self_hosted_2: {preset: self_hosted, one_time_usd: 120000, team_monthly_usd: 8000,\n"
                + "                sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400}}\n");
        loads(edited);
        EstimateReport r = Fixtures.estimate(edited);
        for (String phase : List.of("dev", "launch", "scale")) {
            assertThat(r.result(phase, "self_hosted_2").totalUsd()).isEqualTo(r.result(phase, "self_hosted").totalUsd());
        }
    }

    @Test
    void removingAPhaseTakesItsTimelineEntriesWithIt() throws Exception {
        String text = example();
        YamlStructure.Change change = YamlStructure.remove(text, YamlStructure.Kind.PHASE, "launch");
        assertThat(change.refused()).isFalse();
        assertThat(change.message()).isEqualTo("Remove phase launch? Its timeline entry goes too.");
        String edited = change.edit().applyTo(text);
        // exactly the phase's line and its timeline line are gone; every comment stays
        assertThat(edited).isEqualTo(text.replace("  launch: {monthly_conversations: {triangular: [5000, 10000, 20000]}}\n", "")
                .replace("  - {phase: launch, months: 3}\n", ""));
        Scenario s = loads(edited);
        assertThat(s.phases()).extracting(Phase::name).containsExactly("dev", "scale");
        assertThat(s.timeline()).extracting(TimelineEntry::phase).containsExactly("dev", "scale");
    }

    @Test
    void removingAnAgentOrAnArchitectureDeletesItsLine() throws Exception {
        String text = example();
        String noTriage = YamlStructure.remove(text, YamlStructure.Kind.AGENT, "triage").edit().applyTo(text);
        assertThat(noTriage).isEqualTo(text.replace("  - {name: triage, count: 50, model_mix: {nova-micro: 1.0}, llm_calls_per_turn: 1}\n", ""));
        assertThat(loads(noTriage).agents()).hasSize(1);
        String noSelfHosted = YamlStructure.remove(text, YamlStructure.Kind.ARCHITECTURE, "self_hosted").edit().applyTo(text);
        assertThat(noSelfHosted).isEqualTo(text.replace("  self_hosted: {preset: self_hosted, one_time_usd: 120000, team_monthly_usd: 8000,\n"
                + "                sagemaker: {instance_type: ml.g5.2xlarge, mode: autoscale, throughput_tokens_per_second: 400}}\n", ""));
        assertThat(loads(noSelfHosted).architectures()).hasSize(5);
    }

    @Test
    void theLastAgentLeavesAnEmptyListAndTheWorkloadIsBilledAgain() throws Exception {
        String text = example();
        String one = YamlStructure.remove(text, YamlStructure.Kind.AGENT, "triage").edit().applyTo(text);
        YamlStructure.Change last = YamlStructure.remove(one, YamlStructure.Kind.AGENT, "resolver");
        assertThat(last.message()).contains("Without agents");
        String none = last.edit().applyTo(one);
        assertThat(none).contains("agents: []                        # each agent overrides workload;");
        assertThat(loads(none).agents()).isEmpty();
    }

    @Test
    void aScenarioKeepsOneArchitectureAndOnePhase() {
        String one = """
                workload: {monthly_conversations: 10, turns_per_conversation: 2, user_tokens_per_turn: 10, output_tokens_per_call: 10,
                           model_mix: {nova-micro: 1}}
                phases: {only: {}}
                architectures: {serverless: {preset: serverless}}
                """;
        loads(one);
        assertThat(YamlStructure.remove(one, YamlStructure.Kind.ARCHITECTURE, "serverless").message())
                .isEqualTo("a scenario needs at least one architecture");
        assertThat(YamlStructure.remove(one, YamlStructure.Kind.PHASE, "only").refused()).isTrue();
        assertThat(YamlStructure.remove(one, YamlStructure.Kind.AGENT, "nobody").refused()).isTrue();
    }

    @Test
    void blockStyleEntriesAreCopiedAndRemovedAsWholeLines() {
        String phase = YamlStructure.add(BLOCK, YamlStructure.Kind.PHASE, "pilot").edit().applyTo(BLOCK);
        assertThat(phase).contains("""
                    bedrock_endpoint: regional
                  pilot_2:
                    monthly_conversations: 100

                # the forecast
                """);
        assertThat(loads(phase).phases()).extracting(Phase::name).containsExactly("pilot", "production", "pilot_2");

        String agent = YamlStructure.add(BLOCK, YamlStructure.Kind.AGENT, null).edit().applyTo(BLOCK);
        assertThat(agent).contains("""
                    llm_calls_per_turn: 2
                  - name: resolver_2
                    count: 1
                    llm_calls_per_turn: 2
                architectures:
                """);
        assertThat(loads(agent).agents()).hasSize(3);

        String arch = YamlStructure.add(BLOCK, YamlStructure.Kind.ARCHITECTURE, null).edit().applyTo(BLOCK);
        assertThat(arch).endsWith("""
                      tasks: 2
                  containers_2:
                    preset: hybrid
                    fargate:
                      tasks: 2
                # end of file
                """);
        assertThat(loads(arch).architectures()).hasSize(3);

        String removed = YamlStructure.remove(BLOCK, YamlStructure.Kind.PHASE, "production").edit().applyTo(BLOCK);
        assertThat(removed).isEqualTo(BLOCK.replace("""
                  production:
                    monthly_conversations: 5000
                    bedrock_endpoint: regional
                """, "").replace("""
                  - phase: production
                    months: 12
                """, ""));
        assertThat(loads(removed).phases()).extracting(Phase::name).containsExactly("pilot");

        String noTriage = YamlStructure.remove(BLOCK, YamlStructure.Kind.AGENT, "triage").edit().applyTo(BLOCK);
        assertThat(noTriage).isEqualTo(BLOCK.replace("""
                  - name: triage     # cheap first pass
                    count: 3
                """, ""));
        loads(noTriage);
    }

    @Test
    void removingEveryPhaseTheTimelineNamesLeavesAnEmptyTimeline() {
        String text = BLOCK.replace("  - phase: production\n    months: 12\n", "");
        String edited = YamlStructure.remove(text, YamlStructure.Kind.PHASE, "pilot").edit().applyTo(text);
        assertThat(edited).contains("# the forecast\ntimeline: []\nagents:");
        assertThat(loads(edited).timeline()).isEmpty();
    }

    @Test
    void flowEntriesLoseOneCommaWhetherFirstMiddleOrLast() {
        String text = """
                workload: {monthly_conversations: 10, turns_per_conversation: 2, user_tokens_per_turn: 10, output_tokens_per_call: 10,
                           model_mix: {nova-micro: 1}}
                phases: {a: {}, b: {monthly_conversations: 20}, c: {}}   # three
                architectures: {x: {preset: serverless}, y: {preset: agentcore}}
                """;
        assertThat(YamlStructure.remove(text, YamlStructure.Kind.PHASE, "a").edit().applyTo(text))
                .contains("phases: {b: {monthly_conversations: 20}, c: {}}   # three");
        assertThat(YamlStructure.remove(text, YamlStructure.Kind.PHASE, "b").edit().applyTo(text)).contains("phases: {a: {}, c: {}}   # three");
        assertThat(YamlStructure.remove(text, YamlStructure.Kind.PHASE, "c").edit().applyTo(text))
                .contains("phases: {a: {}, b: {monthly_conversations: 20}}   # three");
        String y = YamlStructure.remove(text, YamlStructure.Kind.ARCHITECTURE, "y").edit().applyTo(text);
        assertThat(y).contains("architectures: {x: {preset: serverless}}\n");
        loads(y);
    }

    @Test
    void withoutABlockTheFirstAddWritesOneThatLoads() {
        String text = """
                workload: {monthly_conversations: 10, turns_per_conversation: 2, user_tokens_per_turn: 10, output_tokens_per_call: 10,
                           model_mix: {nova-micro: 1}}
                architectures: {x: {preset: serverless}}
                """;
        assertThat(YamlStructure.names(text, YamlStructure.Kind.PHASE)).containsExactly("default");
        String phases = YamlStructure.add(text, YamlStructure.Kind.PHASE, null).edit().applyTo(text);
        assertThat(phases).endsWith("architectures: {x: {preset: serverless}}\nphases: {default: {}, default_2: {}}\n");
        assertThat(loads(phases).phases()).extracting(Phase::name).containsExactly("default", "default_2");
        String agents = YamlStructure.add(text, YamlStructure.Kind.AGENT, null).edit().applyTo(text);
        assertThat(agents).endsWith("agents: [{name: agent, count: 1}]\n");
        // one agent of count 1 with no overrides bills what the workload alone did
        Estimate before = Fixtures.single(text);
        Estimate after = Fixtures.single(agents);
        assertThat(after.totalUsd()).isEqualTo(before.totalUsd());
    }

    @Test
    void newNamesAreUnique() {
        assertThat(YamlStructure.unique("launch", List.of("launch"))).isEqualTo("launch_2");
        assertThat(YamlStructure.unique("launch_2", List.of("launch", "launch_2"))).isEqualTo("launch_3");
        assertThat(YamlStructure.unique("agent", List.of())).isEqualTo("agent");
    }
}
