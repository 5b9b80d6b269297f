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

/** The RAG example's workbook (issue 16): the retrieved-tokens lever against the app's estimate of the scenario edited the same way. */
class WorkbookRetrievalTest {

    private static final String RETRIEVED = "retrieved_tokens_per_call: {triangular: [1200, 1500, 2400]}";

    @Test
    void theRetrievedTokensLeverGivesTheAppsEstimateOfFewerRetrievedTokens() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/rag-support-agent.yaml"));
        String edited = text.replace(RETRIEVED, "retrieved_tokens_per_call: 800");
        assertThat(edited).isNotEqualTo(text);
        LoadResult original = Fixtures.services().parse(text, "rag-support-agent.yaml");
        LoadResult changed = Fixtures.services().parse(edited, "edited.yaml");
        List<Estimate> before = Fixtures.services().estimate(original.scenario(), original.catalog(), null).results();
        List<Estimate> after = Fixtures.services().estimate(changed.scenario(), changed.catalog(), null).results();
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(original, before)) {
            WorkbookLeversTest.set(wb, "lever_retrieved_tokens_per_call", 800);
            WorkbookFormulasTest.recalculate(wb);
            for (Estimate e : after) {
                double got = WorkbookReader.architecture(wb, e.architecture()).totals().get(e.phase());
                assertThat(got).as(e.architecture() + " / " + e.phase()).isCloseTo(e.totalUsd(), within(0.005));
            }
            // the nominal retrieved tokens are the triangular's median, 2,400 − √(0.5 · 1,200 · 900) = 1,665.15 (mode below the middle);
            // at 800 the retrieved-context lines (only they) fall by 1 − 800/1,665.15, in production $649.02 × 0.5196 = $337.20
            Estimate production = before.get(3);
            double retrievedUsd = production.lines().stream().filter(l -> l.name().contains("(retrieved context)")).mapToDouble(l -> l.usd()).sum();
            double median = 2400 - Math.sqrt(0.5 * 1200 * 900);
            assertThat(production.totalUsd() - after.get(3).totalUsd()).isCloseTo(retrievedUsd * (1 - 800 / median), within(1e-6));
            assertThat(retrievedUsd).isCloseTo(649.02, within(0.005));
        }
    }

    @Test
    void aScenarioWithoutRetrievalHasNoRetrievalLever() throws Exception {
        String text = Files.readString(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        LoadResult r = Fixtures.services().parse(text, "support-agent.yaml");
        try (XSSFWorkbook wb = WorkbookFormulasTest.workbook(r, Fixtures.services().estimate(r.scenario(), r.catalog(), null).results())) {
            assertThat(wb.getName("lever_retrieved_tokens_per_call")).isNull();
            assertThat(wb.getName("lever_spot_discount")).isNotNull();
        }
    }
}
