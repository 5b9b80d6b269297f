package io.agentcost.simulation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A run that cannot fit is refused before it allocates, saying what would fit; one that fits is not. */
class MemoryBudgetTest {

    @Test
    void aRunLargerThanTheHeapIsRefusedWithTheIterationsThatWouldFit() {
        long heap = Runtime.getRuntime().maxMemory();
        // 18 cells of doubles plus scratch: 8 × 22 bytes an iteration; ask for four heaps' worth
        long iterations = 4 * heap / (8 * 22);
        assertThatThrownBy(() -> MemoryBudget.require(0, 8.0 * 22, iterations, "a simulation of 18 cells"))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("iterations of a simulation of 18 cells need about")
                .hasMessageContaining("run at most")
                .hasMessageContaining("AGENTCOST_JAVA_OPTS=-Xmx");
    }

    @Test
    void whenEvenTheFixedPartCannotFitTheAdviceIsASimplerScenario() {
        long heap = Runtime.getRuntime().maxMemory();
        assertThatThrownBy(() -> MemoryBudget.require(2 * heap, 8, 1_000, "a forecast"))
                .isInstanceOf(SimulationException.class).hasMessageContaining("simplify the scenario");
    }

    @Test
    void aSmallRunPasses() {
        assertThatCode(() -> MemoryBudget.require(1 << 20, 8.0 * 22, 10_000, "a preview")).doesNotThrowAnyException();
    }
}
