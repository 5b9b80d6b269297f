package io.agentcost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.agentcost.model.Range;
import io.agentcost.scenario.InputSite;
import io.agentcost.testing.Fixtures;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What makes the window readable at a glance: rounded simulated money, names for inputs, words for risk, the glossary, the why. */
class ReadableTest {

    private MainViewModel vm;

    @AfterEach
    void tearDown() {
        if (vm != null) vm.shutdown();
    }

    @Test
    void simulatedMoneyHasThreeSignificantFiguresAndNoCents() {
        assertThat(Figures.money(14_210.75)).isEqualTo("$14,200");
        assertThat(Figures.money(10_504.49)).isEqualTo("$10,500");
        assertThat(Figures.money(631.77)).isEqualTo("$632");
        assertThat(Figures.money(999.6)).isEqualTo("$1,000"); // 3 figures round up into the next power of ten
        assertThat(Figures.money(42.37)).isEqualTo("$42.4");
        assertThat(Figures.money(0.4237)).isEqualTo("$0.424");
        assertThat(Figures.money(-1_234)).isEqualTo("-$1,230");
        assertThat(Figures.money(0)).isEqualTo("$0");
        assertThat(Figures.money(Double.NaN)).isEqualTo("–");
    }

    @Test
    void inputsHaveHumanNamesAndKeepTheirKeyInTheTooltip() {
        InputSite launch = new InputSite("phases.launch.monthly_conversations", "monthly_conversations", "conversations/month",
                Range.NON_NEGATIVE, 0, 0, "10000");
        assertThat(InputLabels.of(launch)).isEqualTo("Conversations a month — phase launch");
        assertThat(InputLabels.tooltip(launch)).startsWith("phases.launch.monthly_conversations\nProduction conversations per month");
        assertThat(InputLabels.of("payload_kb_per_turn")).isEqualTo("Payload KB per turn");
        assertThat(InputLabels.of("cross_az_share")).isEqualTo("Cross AZ share");
        assertThat(InputLabels.of("claude-haiku-4-5")).isEqualTo("Model mix: claude-haiku-4-5");
        InputSite lambda = new InputSite("architectures.serverless.lambda.memory_mb", "memory_mb", "MB", Range.POSITIVE, 0, 0, "1024");
        assertThat(InputLabels.of(lambda)).isEqualTo("Memory MB — serverless / lambda");
        InputSite growth = new InputSite("timeline[2].monthly_growth", "monthly_growth", "share per month", Range.GROWTH, 0, 0, "0.04");
        assertThat(InputLabels.of(growth)).isEqualTo("Growth a month — timeline step 3");
    }

    @Test
    void riskIsFlaggedInWords() {
        // over budget in most draws is high, from one in twenty a risk; any visible kill-switch chance (≥ 0.5%) a risk
        assertThat(Risk.ofBudget(0.96)).isEqualTo(Risk.HIGH);
        assertThat(Risk.ofBudget(0.05)).isEqualTo(Risk.WATCH);
        assertThat(Risk.ofBudget(0.049)).isEqualTo(Risk.NONE);
        assertThat(Risk.ofKillSwitch(0.03)).isEqualTo(Risk.WATCH);
        assertThat(Risk.ofKillSwitch(0.004)).isEqualTo(Risk.NONE);
        assertThat(Risk.words(1.0, 0.03)).isEqualTo("over budget; kill switch may trip");
        assertThat(Risk.words(0.01, 0.0)).isEqualTo("within budget");
        assertThat(Risk.words(null, null)).isEqualTo("no budget set");
        // the table's cells: "96% over", "12% risk", "62% likely", "3% risk"
        assertThat(Risk.ofBudget(0.96).word(false)).isEqualTo(" over");
        assertThat(Risk.ofBudget(0.12).word(false)).isEqualTo(" risk");
        assertThat(Risk.ofKillSwitch(0.62).word(true)).isEqualTo(" likely");
        assertThat(Risk.ofKillSwitch(0.001).word(true)).isEmpty();
        // colour only repeats the words: every level but none has one, and none has no words without a budget
        assertThat(Risk.HIGH.style).isNotEmpty();
        assertThat(Risk.NONE.style).isEmpty();
    }

    @Test
    void theGlossaryExplainsTheWordsOfTheWindow() {
        assertThat(Glossary.TERMS).extracting(Glossary.Term::term).contains("P10 / P50 / P90", "Draw", "Kill switch", "Budget", "Phase",
                "Architecture", "Break-even", "Cache hit rate", "Nominal", "P(cheapest)", "Price sources");
        assertThat(Glossary.TERMS).allMatch(t -> t.meaning().length() > 30);
    }

    @Test
    void theWhyNamesTheLinesThatSeparateTheCheapestFromTheRunnerUp() throws Exception {
        vm = new MainViewModel(Fixtures.services(), Runnable::run);
        vm.open(Fixtures.root().resolve("scenarios/support-agent.yaml"));
        vm.preview().get(60, TimeUnit.SECONDS);
        var launch = vm.simulationProperty().get().cells().stream().filter(c -> c.phase().equals("launch")).toList();
        String why = Answer.why("launch", launch, vm.estimateProperty().get());
        // at launch self_hosted is cheapest at the median and serverless next (P50 about $10,500 and $14,200); from the
        // golden support-agent.estimate.json, launch: serverless pays $6,777.52 for Sonnet's input tokens (system prompt and
        // history) and $586.36 for its new user input — one line in the sentence, $7,363.88 — and $2,198.83 for its output,
        // self_hosted nothing for either; self_hosted pays the $8,000 team
        assertThat(why).isEqualTo("Why self_hosted and not serverless (next cheapest): it pays $0 vs $7,364 a month (nominal)"
                + " for claude-sonnet-4-6 input tokens and $0 vs $2,199 for claude-sonnet-4-6 output tokens;"
                + " against it, $8,000 vs $0 for the team that runs it.");
        // and the answer line rounds its simulated figures: no cents
        assertThat(Answer.text("launch", launch, vm.scenarioProperty().get().budget())).doesNotContainPattern("\\$[0-9,]+\\.[0-9]{2}");
    }
}
