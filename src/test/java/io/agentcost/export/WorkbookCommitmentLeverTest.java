package io.agentcost.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agentcost.model.Estimate;
import io.agentcost.scenario.LoadResult;
import io.agentcost.testing.Fixtures;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The hourly commitment of a savings plan as a workbook lever (SPEC §13, §8): typing a number gives the app's estimate
 * of the scenario with that hourly_usd, to the cent, in every phase; blank, the Inputs value applies.
 */
class WorkbookCommitmentLeverTest {

    @Test
    void theHourlyCommitmentLeverGivesTheAppsEstimateOfTheScenarioWithThatCommitment() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/make-vs-buy-commitments.yaml"));
        String edited = text.replace("hourly_usd: 6,", "hourly_usd: 9.5,");
        assertThat(edited).isNotEqualTo(text);
        LoadResult original = Fixtures.services().parse(text, "make-vs-buy-commitments.yaml");
        LoadResult changed = Fixtures.services().parse(edited, "edited.yaml");
        List<Estimate> before = Fixtures.services().estimate(original.scenario(), original.catalog(), null).results();
        List<Estimate> after = Fixtures.services().estimate(changed.scenario(), changed.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(original, before)) {
            WorkbookFormulasTest.recalculate(wb);
            for (Estimate e : before) {
                assertThat(WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase())).as("blank: " + e.architecture() + " / " + e.phase())
                        .isCloseTo(e.totalUsd(), within(0.005));
            }
            WorkbookLeversTest.set(wb, "lever_commitment_1", 9.5);
            WorkbookFormulasTest.recalculate(wb);
            double moved = 0;
            for (int i = 0; i < after.size(); i++) {
                Estimate e = after.get(i);
                assertThat(WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase())).as(e.architecture() + " / " + e.phase())
                        .isCloseTo(e.totalUsd(), within(0.005));
                moved += Math.abs(e.totalUsd() - before.get(i).totalUsd());
            }
            // the dev phase's endpoint uses less than $9.5/h at the plan rate: the lever moves at least that month
            assertThat(moved).isGreaterThan(1);
        }
    }
}
