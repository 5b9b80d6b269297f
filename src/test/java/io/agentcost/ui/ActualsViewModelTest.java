package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import io.agentcost.model.Scenario;
import io.agentcost.pricing.Catalog;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare with actuals…: the month's actual on the plan's S-curve at the percentile it falls at, per agent, unknown usage types listed. */
class ActualsViewModelTest {

    @TempDir
    Path dir;

    /**
     * Conversations uniform on [8000, 12000], everything else fixed, only Bedrock (as ActualsCommandTest): an agent's cost
     * is c·N, uniform on [8000c, 12000c], so an actual of 11000c sits at (11000 − 8000) / 4000 = P75.
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
            agents:
              - {name: triage, count: 1, model_mix: {nova-micro: 1}}
              - {name: resolver, count: 1, model_mix: {claude-sonnet-4-6: 1}}
            architectures:
              bedrock_only: {bedrock: {}}
            """;

    private ActualsViewModel vm(LoadResult loaded) {
        return new ActualsViewModel(Fixtures.services(), new SimpleObjectProperty<Scenario>(loaded.scenario()),
                new SimpleObjectProperty<Catalog>(loaded.catalog()), Runnable::run, Runnable::run);
    }

    @Test
    void theActualMonthSitsOnThePlansSCurveAtItsPercentileWithAgentRowsAndUnknownUsageTypes() throws Exception {
        LoadResult loaded = Fixtures.load(PLAN);
        double triage = 0, resolver = 0;
        // the nominal estimate is at the median, 10,000 conversations
        for (Estimate e : Fixtures.services().estimate(loaded.scenario(), loaded.catalog(), null).results())
            for (LineItem l : e.lines()) {
                if ("triage".equals(l.agent())) triage += l.usd() / 10_000;
                if ("resolver".equals(l.agent())) resolver += l.usd() / 10_000;
            }
        Path cur = Files.writeString(dir.resolve("cur.csv"), String.format(Locale.ROOT, """
                line_item_usage_start_date,line_item_line_item_type,line_item_product_code,line_item_usage_type,line_item_unblended_cost,resource_tags
                2026-11-01T00:00:00Z,Usage,AmazonBedrock,USE1-NovaMicro-input-tokens,%.6f,"{""user:agent"":""triage""}"
                2026-11-02T00:00:00Z,Usage,AmazonBedrock,USE1-MP:USE1_InputTokenCount-Units,%.6f,"{""user:agent"":""resolver""}"
                2026-11-02T00:00:00Z,Usage,AmazonS3,USE1-TimedStorage-ByteHrs,0.01,{}
                """, 11_000 * triage, 9_000 * resolver));
        ActualsViewModel vm = vm(loaded);
        vm.costsProperty().set(cur);
        vm.agentTagProperty().set("agent");
        vm.run();

        assertThat(vm.failedProperty().get()).as(vm.messageProperty().get()).isFalse();
        var report = vm.reportProperty().get();
        // triage at 11,000c: P75; resolver at 9,000c: P25 (a 4,000-draw sample: within a point and a half)
        assertThat(report.agents()).extracting(r -> r.name()).contains("triage", "resolver");
        assertThat(report.agents().stream().filter(r -> r.name().equals("triage")).findFirst().orElseThrow().placement().percentile())
                .isCloseTo(75, within(1.5));
        assertThat(report.agents().stream().filter(r -> r.name().equals("resolver")).findFirst().orElseThrow().placement().percentile())
                .isCloseTo(25, within(1.5));
        ActualsViewModel.Row triageRow = vm.rows().stream().filter(r -> r.name().equals("triage")).findFirst().orElseThrow();
        assertThat(triageRow.kind()).isEqualTo("agent");
        assertThat(triageRow.at()).isEqualTo(report.agents().stream().filter(r -> r.name().equals("triage")).findFirst().orElseThrow()
                .placement().label()).startsWith("P7");
        // the total, 11,000·c_t + 9,000·c_r + $0.01, on the total's S-curve: the headline and the chart's marker say where
        double total = 11_000 * triage + 9_000 * resolver + 0.01;
        assertThat(report.total().actualUsd()).isCloseTo(total, within(1e-4));
        double[] curve = report.scurve();
        assertThat(curve).hasSize(101);
        assertThat(curve[0]).isLessThan(total);
        assertThat(curve[100]).isGreaterThan(total);
        assertThat(vm.headlineProperty().get()).startsWith("2026-11: actual $" + String.format(Locale.ROOT, "%,.2f", total) + " falls at "
                + report.total().placement().label() + " of the plan");
        var chart = ActualsView.chartOf(report);
        var marker = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(((ValueMarker) marker).getValue()).isEqualTo(report.total().actualUsd());
        assertThat(((ValueMarker) marker).getLabel()).endsWith(report.total().placement().label());
        assertThat(vm.unknown()).anySatisfy(u -> assertThat(u).contains("AmazonS3", "USE1-TimedStorage-ByteHrs", "cur.csv:4"));
    }

    @Test
    void anExportWithoutTheNeededColumnsShowsTheCliMessage() throws Exception {
        Path csv = Files.writeString(dir.resolve("wrong.csv"), "date,amount\n2026-11-01,3.00\n");
        ActualsViewModel vm = vm(Fixtures.load(PLAN));
        vm.costsProperty().set(csv);
        vm.run();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith(csv.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aScenarioWithProblemsIsNotCompared() throws Exception {
        ActualsViewModel vm = new ActualsViewModel(Fixtures.services(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                Runnable::run, Runnable::run);
        vm.costsProperty().set(dir.resolve("any.csv"));
        assertThat(vm.canRunProperty().get()).isFalse();
        vm.run();
        assertThat(vm.messageProperty().get()).contains("fix them first");
    }
}
