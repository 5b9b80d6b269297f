package io.agentcost.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Distribution;
import io.agentcost.model.Range;
import io.agentcost.model.WorkloadKey;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing one input in place keeps the rest of the user's file as written. */
class YamlInputsTest {

    @Test
    void findsEveryWrittenInputWithItsSpan() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        List<InputSite> sites = YamlInputs.sites(text);
        InputSite retry = sites.stream().filter(s -> s.path().equals("workload.retry_rate")).findFirst().orElseThrow();
        assertThat(retry.text()).isEqualTo("0.05");
        assertThat(text.substring(retry.start(), retry.end())).isEqualTo("0.05");
        assertThat(sites).extracting(InputSite::path).contains("workload.monthly_conversations", "phases.scale.monthly_conversations",
                "agents.triage.llm_calls_per_turn", "architectures.serverless.lambda.memory_mb",
                "architectures.self_hosted.sagemaker.throughput_tokens_per_second");
        InputSite scale = sites.stream().filter(s -> s.path().equals("phases.scale.monthly_conversations")).findFirst().orElseThrow();
        assertThat(scale.text()).isEqualTo("{lognormal: {median: 300000, p90: 800000}}");
    }

    @Test
    void replacingAValueKeepsCommentsAndEverythingElse() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        InputSite retry = YamlInputs.sites(text).stream().filter(s -> s.path().equals("workload.retry_rate")).findFirst().orElseThrow();
        String edited = YamlInputs.replace(text, retry, YamlInputs.format(new Distribution.Uniform(0, 0.1)));
        assertThat(edited).contains("  retry_rate: {uniform: [0, 0.1]}\n");
        assertThat(edited.replace("  retry_rate: {uniform: [0, 0.1]}\n", "  retry_rate: 0.05\n")).isEqualTo(text);
        LoadResult r = Fixtures.services().parse(edited, "edited.yaml");
        assertThat(r.problems()).isEmpty();
        assertThat(r.scenario().workload().number(WorkloadKey.RETRY_RATE)).isEqualTo(new Distribution.Uniform(0, 0.1));
    }

    @Test
    void everyDistributionFormattedReadsBackAsItself() {
        List<Distribution> all = List.of(Distribution.fixed(42), new Distribution.Uniform(1, 3), new Distribution.Triangular(1, 2, 5),
                new Distribution.Pert(3, 5, 12), new Distribution.Normal(100, 15), new Distribution.Percentiles(2, 4, 16),
                new Distribution.Discrete(new double[]{1, 2, 3}, new double[]{1, 2, 1}));
        for (Distribution d : all) {
            YamlInputs.Parsed p = YamlInputs.parse(YamlInputs.format(d), Range.NON_NEGATIVE, "tokens");
            assertThat(p.problem()).isNull();
            assertThat(p.distribution()).isEqualTo(d);
        }
        Distribution.LogNormal ln = Distribution.LogNormal.ofMedianP90(300_000, 800_000);
        Distribution.LogNormal back = (Distribution.LogNormal) YamlInputs.parse(YamlInputs.format(ln), Range.NON_NEGATIVE, "tokens").distribution();
        assertThat(back.mu()).isCloseTo(ln.mu(), within(1e-6));
        assertThat(back.sigma()).isCloseTo(ln.sigma(), within(1e-6));
    }

    @Test
    void aValueIsCheckedWithTheLoadersMessages() {
        assertThat(YamlInputs.parse("{triangular: [5, 9, 3]}", Range.NON_NEGATIVE, "tokens").problem()).contains("min 5 is greater than max 3");
        assertThat(YamlInputs.parse("1.5", Range.SHARE, "share").problem()).contains("must be between 0 and 1");
        assertThat(YamlInputs.parse("lots", Range.NON_NEGATIVE, "tokens").problem()).contains("expected a number");
    }

    @Test
    void settingsBeyondTheWorkloadAreEditableAndPlainNumbersStayNumbers() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        List<InputSite> sites = YamlInputs.sites(text);
        assertThat(sites).extracting(InputSite::path).contains("budget.monthly_usd", "budget.kill_switch_usd", "discount",
                "hours_per_month", "timeline[2].monthly_growth", "timeline[0].months", "architectures.self_hosted.one_time_usd",
                "architectures.self_hosted.team_monthly_usd");
        InputSite budget = sites.stream().filter(s -> s.path().equals("budget.monthly_usd")).findFirst().orElseThrow();
        assertThat(budget.numberOnly()).isTrue();
        assertThat(YamlInputs.parse(budget, "{uniform: [5000, 7000]}").problem()).contains("plain number");
        assertThat(YamlInputs.parse(budget, "7000").distribution()).isEqualTo(Distribution.fixed(7000));
        InputSite growth = sites.stream().filter(s -> s.path().equals("timeline[2].monthly_growth")).findFirst().orElseThrow();
        assertThat(growth.numberOnly()).isFalse();
        assertThat(YamlInputs.parse(growth, "{triangular: [-0.05, 0.02, 0.08]}").problem()).isNull();
    }
}
