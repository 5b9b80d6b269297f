package io.agentcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentcost.app.ActualsComparison;
import io.agentcost.app.ActualsReport;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.scenario.LoadResult;
import io.agentcost.simulation.SimulationOptions;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentcost actuals`: a month's bill placed in the plan's distribution, per service and agent, with what explains the gap. */
class ActualsCommandTest {

    @TempDir
    Path dir;

    /**
     * Conversations uniform on [8000, 12000], everything else fixed, and only Bedrock: each agent's cost is c·N, so its
     * distribution is uniform on [8000c, 12000c] and an actual of 11000c sits at (11000 − 8000) / 4000 = P75.
     */
    private static final String PLAN = """
            name: pilot
            start_month: 2026-10
            simulation: {iterations: 4000, seed: 7}
            workload:
              monthly_conversations: {uniform: [8000, 12000]}
              turns_per_conversation: 4
              user_tokens_per_turn: 200
              output_tokens_per_call: 150
              system_prompt_tokens: 1000
            phases:
              pilot: {}
              scale: {}
            timeline:
              - {phase: pilot, months: 2}
              - {phase: scale, months: 6}
            agents:
              - {name: triage, count: 1, model_mix: {nova-micro: 1}}
              - {name: resolver, count: 1, model_mix: {claude-sonnet-4-6: 1}}
            architectures:
              bedrock_only: {bedrock: {}}
            """;

    private Path plan;
    private double perConversationTriage, perConversationResolver;

    @BeforeEach
    void setUp() throws Exception {
        plan = Files.writeString(dir.resolve("plan.yaml"), PLAN);
        LoadResult loaded = Fixtures.services().load(plan);
        // the nominal estimate is at the median, 10,000 conversations: cost per conversation = usd / 10,000
        for (Estimate e : Fixtures.services().estimate(loaded.scenario(), loaded.catalog(), "pilot").results())
            for (LineItem l : e.lines()) {
                if ("triage".equals(l.agent())) perConversationTriage += l.usd() / 10_000;
                if ("resolver".equals(l.agent())) perConversationResolver += l.usd() / 10_000;
            }
        assertThat(perConversationTriage).isPositive();
        assertThat(perConversationResolver).isPositive();
    }

    private Path cur(double triage, double resolver) throws Exception {
        String head = "line_item_usage_start_date,line_item_line_item_type,line_item_product_code,line_item_usage_type,line_item_unblended_cost,resource_tags\n";
        String rows = String.format(Locale.ROOT, """
                2026-11-01T00:00:00Z,Usage,AmazonBedrock,USE1-NovaMicro-input-tokens,%.6f,"{""user:agent"":""triage""}"
                2026-11-02T00:00:00Z,Usage,AmazonBedrock,USE1-MP:USE1_InputTokenCount-Units,%.6f,"{""user:agent"":""resolver""}"
                2026-11-02T00:00:00Z,Usage,AmazonS3,USE1-TimedStorage-ByteHrs,12.34,{}
                2026-11-30T00:00:00Z,Tax,AmazonBedrock,,5.00,{}
                """, triage, resolver);
        return Files.writeString(dir.resolve("cur.csv"), head + rows);
    }

    @Test
    void anActualAt11000ConversationsSitsAtTheSeventyFifthPercentile() throws Exception {
        Path cur = cur(11_000 * perConversationTriage, 11_000 * perConversationResolver);
        LoadResult loaded = Fixtures.services().load(plan);
        ActualsReport r = ActualsComparison.run(Fixtures.services(), loaded.scenario(), loaded.catalog(), cur, null, "agent", null, null,
                SimulationOptions.of(loaded.scenario().simulation()));
        // November is month 2 of the timeline from start_month 2026-10: the pilot phase
        assertThat(r.month()).isEqualTo("2026-11");
        assertThat(r.phase()).isEqualTo("pilot");
        ActualsReport.Row bedrock = r.services().stream().filter(x -> x.name().equals("bedrock")).findFirst().orElseThrow();
        // P75 of the plan is an exact percentile level; Latin hypercube with 4,000 draws puts it within a point
        assertThat(bedrock.placement().percentile()).isCloseTo(75, within(1.0));
        assertThat(bedrock.p50()).isCloseTo(10_000 * (perConversationTriage + perConversationResolver), within(0.01 * bedrock.p50()));
        ActualsReport.Row triage = r.agents().stream().filter(x -> x.name().equals("triage")).findFirst().orElseThrow();
        assertThat(triage.placement().percentile()).isCloseTo(75, within(1.0));
        // the total adds S3, which the plan does not have: above P75, and S3 is listed as unknown; tax is not compared
        assertThat(r.total().actualUsd()).isCloseTo(11_000 * (perConversationTriage + perConversationResolver) + 12.34, within(1e-6));
        assertThat(r.unknown()).singleElement().satisfies(l -> assertThat(l.usageType()).isEqualTo("USE1-TimedStorage-ByteHrs"));
        assertThat(r.notCompared()).singleElement().satisfies(l -> assertThat(l.usd()).isEqualTo(5.0));
        // what explains the gap: the export's line and the plan's lines for the service
        assertThat(bedrock.lines()).anyMatch(e -> e.side().equals("actual")).anyMatch(e -> e.side().equals("plan"));
    }

    @Test
    void aBillBelowEveryDrawIsSaidToBe() throws Exception {
        CliRun r = CliRun.of("actuals", cur(1, 1).toString(), "--scenario", plan.toString(), "--agent-tag", "agent");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("against phase pilot (month 2 of the timeline (start_month 2026-10))")
                .contains("below every simulated draw").contains("USE1-TimedStorage-ByteHrs").contains("Not compared");
    }

    @Test
    void jsonGivesThePercentileOfEveryServiceAndAgent() throws Exception {
        Path cur = cur(11_000 * perConversationTriage, 11_000 * perConversationResolver);
        CliRun r = CliRun.of("actuals", cur.toString(), "--scenario", plan.toString(), "--agent-tag", "user:agent", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        var root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("month").asText()).isEqualTo("2026-11");
        var bedrock = root.get("by_service").get(0);
        assertThat(bedrock.get("name").asText()).isEqualTo("bedrock");
        // uniform conversations: 11,000 is the 75th percentile (see PLAN)
        assertThat(bedrock.get("percentile").asDouble()).isCloseTo(75, within(1.0));
        assertThat(root.get("by_agent")).extracting(n -> n.get("name").asText()).contains("triage", "resolver");
        assertThat(root.get("unknown_usage_types").get(0).get("usage_type").asText()).isEqualTo("USE1-TimedStorage-ByteHrs");
        assertThat(root.get("not_compared").get(0).get("usd").asDouble()).isEqualTo(5.0);
    }

    @Test
    void aMonthWithNoDataIsBadInputWithTheMonthsThereAre() throws Exception {
        CliRun r = CliRun.of("actuals", cur(1, 1).toString(), "--scenario", plan.toString(), "--month", "2026-12");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("no cost lines in 2026-12 (months in the file: 2026-11)");
    }

    @Test
    void aMonthOutsideTheTimelineAsksForAPhase() throws Exception {
        Path cur = Files.writeString(dir.resolve("old.csv"), "line_item_usage_start_date,line_item_product_code,line_item_usage_type,line_item_unblended_cost\n"
                + "2025-01-01T00:00:00Z,AmazonBedrock,x,1\n");
        CliRun r = CliRun.of("actuals", cur.toString(), "--scenario", plan.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("2025-01 is outside the timeline (start_month 2026-10, 8 months); give --phase");
        assertThat(CliRun.of("actuals", cur.toString(), "--scenario", plan.toString(), "--phase", "scale", "--iterations", "500").code()).isZero();
    }

    @Test
    void anExportWithoutTheNeededColumnsIsBadInput() throws Exception {
        Path cur = Files.writeString(dir.resolve("bad.csv"), "date,cost\n2026-11-01,3\n");
        CliRun r = CliRun.of("actuals", cur.toString(), "--scenario", plan.toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.errLines()).singleElement().asString().startsWith(cur + ":1: not a cost export");
        assertThat(CliRun.of("actuals", cur.toString(), "--scenario", plan.toString(), "--month", "Nov").err())
                .contains("--month Nov: expected a month such as 2026-11");
    }
}
