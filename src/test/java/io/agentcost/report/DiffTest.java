package io.agentcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.app.EstimateReport;
import io.agentcost.model.ComponentType;
import io.agentcost.model.Estimate;
import io.agentcost.model.LineItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change from A to B on hand-made estimates whose differences are worked out in the comments. */
class DiffTest {

    private static LineItem line(String arch, ComponentType c, String name, double usd) {
        return new LineItem("launch", arch, null, c, c.category(), name, 1, "units", "k", usd, usd, usd, false, false);
    }

    private static LineItem missing(String arch, ComponentType c, String name) {
        return new LineItem("launch", arch, null, c, c.category(), name, 1, "units", "k", Double.NaN, Double.NaN, Double.NaN, false, true);
    }

    private static EstimateReport report(String name, List<String> archs, Estimate... results) {
        return new EstimateReport(name, "us-east-1", LocalDate.of(2026, 11, 26), "f", 730, 0, List.of("launch"), archs, List.of(results), List.of());
    }

    private static Estimate estimate(String arch, LineItem... lines) {
        return new Estimate("launch", arch, List.of(lines), List.of(), 0, 0);
    }

    // A serverless: bedrock 100.00 + lambda 20.00 + dynamodb 5.00 = 125.00
    // B serverless: bedrock 130.00 + lambda 20.00 + s3 2.50        = 152.50
    // so: +27.50 (+22%), bedrock changed +30, s3 added +2.50, dynamodb removed -5, lambda unchanged
    private final EstimateReport a = report("A", List.of("serverless", "hybrid"),
            estimate("serverless", line("serverless", ComponentType.BEDROCK, "input tokens", 100),
                    line("serverless", ComponentType.LAMBDA, "requests", 20), line("serverless", ComponentType.DYNAMODB, "reads", 5)),
            estimate("hybrid", line("hybrid", ComponentType.LAMBDA, "requests", 40)));
    private final EstimateReport b = report("B", List.of("serverless", "agentcore"),
            estimate("serverless", line("serverless", ComponentType.BEDROCK, "input tokens", 130),
                    line("serverless", ComponentType.LAMBDA, "requests", 20), line("serverless", ComponentType.CLOUDWATCH, "storage", 2.5)),
            estimate("agentcore", line("agentcore", ComponentType.LAMBDA, "requests", 7)));

    @Test
    void theTotalsDifferByBMinusA() {
        Diff.Cell c = Diff.of(a, b).cell("launch", "serverless");
        assertThat(c.status()).isEqualTo(Diff.Status.CHANGED);
        assertThat(c.nominalA()).isCloseTo(125.0, within(1e-9));
        assertThat(c.nominalB()).isCloseTo(152.5, within(1e-9));
        assertThat(c.nominalDelta()).isCloseTo(27.5, within(1e-9));
        // 27.5 / 125 = 0.22
        assertThat(c.nominalRatio()).isCloseTo(0.22, within(1e-12));
    }

    @Test
    void linesAreAddedRemovedOrChangedLargestFirstAndUnchangedLast() {
        List<Diff.Line> lines = Diff.of(a, b).cell("launch", "serverless").lines();
        // |+30| > |-5| > |+2.5|, then the unchanged lambda line
        assertThat(lines).extracting(Diff.Line::name).containsExactly("input tokens", "reads", "storage", "requests");
        assertThat(lines).extracting(Diff.Line::status)
                .containsExactly(Diff.Status.CHANGED, Diff.Status.REMOVED, Diff.Status.ADDED, Diff.Status.UNCHANGED);
        assertThat(lines).extracting(Diff.Line::delta).containsExactly(30.0, -5.0, 2.5, 0.0);
        assertThat(lines.get(1).usdB()).isZero();
        assertThat(lines.get(2).usdA()).isZero();
    }

    @Test
    void architecturesInOnlyOneFileAreAddedOrRemoved() {
        Diff d = Diff.of(a, b);
        assertThat(d.architecturesAdded()).containsExactly("agentcore");
        assertThat(d.architecturesRemoved()).containsExactly("hybrid");
        // A's order first (serverless, hybrid), then what only B has
        assertThat(d.cells()).extracting(Diff.Cell::architecture).containsExactly("serverless", "hybrid", "agentcore");
        Diff.Cell hybrid = d.cell("launch", "hybrid");
        assertThat(hybrid.status()).isEqualTo(Diff.Status.REMOVED);
        assertThat(hybrid.nominalA()).isEqualTo(40.0);
        assertThat(hybrid.nominalB()).isNull();
        assertThat(hybrid.nominalDelta()).isNull();
        assertThat(d.cell("launch", "agentcore").status()).isEqualTo(Diff.Status.ADDED);
        assertThat(d.cell("launch", "agentcore").nominalB()).isEqualTo(7.0);
    }

    @Test
    void aPhaseInOnlyOneFileIsAddedOrRemoved() {
        EstimateReport scale = new EstimateReport("B", "us-east-1", LocalDate.of(2026, 11, 26), "f", 730, 0, List.of("scale"),
                List.of("serverless"), List.of(new Estimate("scale", "serverless", List.of(), List.of(), 0, 0)), List.of());
        Diff d = Diff.of(a, scale);
        assertThat(d.phasesAdded()).containsExactly("scale");
        assertThat(d.phasesRemoved()).containsExactly("launch");
        assertThat(d.cell("scale", "serverless").status()).isEqualTo(Diff.Status.ADDED);
        assertThat(d.cell("launch", "serverless").status()).isEqualTo(Diff.Status.REMOVED);
    }

    @Test
    void theSameFileIsUnchangedEverywhere() {
        Diff d = Diff.of(a, a);
        assertThat(d.cells()).allMatch(c -> c.status() == Diff.Status.UNCHANGED && c.nominalDelta() == 0);
        assertThat(d.architecturesAdded()).isEmpty();
    }

    @Test
    void aMissingPriceIsNeverAZeroChange() {
        EstimateReport withMissing = report("B", List.of("serverless", "hybrid"),
                estimate("serverless", line("serverless", ComponentType.BEDROCK, "input tokens", 100),
                        line("serverless", ComponentType.LAMBDA, "requests", 20), missing("serverless", ComponentType.DYNAMODB, "reads")),
                estimate("hybrid", line("hybrid", ComponentType.LAMBDA, "requests", 40)));
        Diff.Line reads = Diff.of(a, withMissing).cell("launch", "serverless").lines().stream()
                .filter(l -> l.name().equals("reads")).findFirst().orElseThrow();
        assertThat(reads.status()).isEqualTo(Diff.Status.CHANGED);
        assertThat(reads.delta()).isNaN();
    }

    @Test
    void theTableHidesUnchangedLinesAndMarksTheOthers() {
        String t = DiffReport.table(Diff.of(a, b), new DiffReport.Run("a.yaml", "b.yaml", null));
        assertThat(t).contains("Phase launch · serverless: $125.00 → $152.50 (+$27.50, +22.0%)");
        assertThat(t).containsPattern("~ +bedrock +input tokens +\\$100\\.00 +\\$130\\.00 +\\+\\$30\\.00");
        assertThat(t).containsPattern("- +dynamodb +reads +\\$5\\.00 +-\\$5\\.00");
        assertThat(t).containsPattern("\\+ +cloudwatch +storage +\\$2\\.50 +\\+\\$2\\.50");
        assertThat(t).contains("(1 unchanged line not shown)").doesNotContain(" requests ");
        assertThat(t).contains("Architectures: added in B: agentcore; removed in B: hybrid");
        assertThat(t).contains("Phase launch · hybrid: removed in B (was $40.00)");
    }
}
