package io.agentcost.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** An actual is placed by linear interpolation between the distribution's quantile points. */
class PlacementTest {

    private static final double[] P = {0, 0.1, 0.5, 0.9, 1};
    private static final double[] V = {100, 200, 300, 400, 1000};

    @Test
    void betweenTwoPointsTheCumulativeProbabilityIsInterpolated() {
        // 250 is halfway from P10 = 200 to P50 = 300: 10% + 0.5 × 40% = 30%
        assertThat(Placement.of(250, P, V).percentile()).isCloseTo(30, within(1e-12));
        assertThat(Placement.of(400, P, V).label()).isEqualTo("P90");
    }

    @Test
    void outsideTheDrawsItIsSaidToBe() {
        assertThat(Placement.of(50, P, V).label()).isEqualTo("below every simulated draw");
        assertThat(Placement.of(1001, P, V).label()).isEqualTo("above every simulated draw");
    }

    @Test
    void aPartThatNeverVariesPlacesItsOwnValueAtTheMedian() {
        double[] flat = {5, 5, 5, 5, 5};
        assertThat(Placement.of(5, P, flat).percentile()).isEqualTo(50.0);
        assertThat(Placement.of(6, P, flat).above()).isTrue();
    }

    @Test
    void pointsThatStopShortOfTheExtremesAreNamedByTheirEnd() {
        double[] p = {0.05, 0.5, 0.99};
        double[] v = {100, 200, 300};
        assertThat(Placement.of(50, p, v).label()).isEqualTo("below P5");
        assertThat(Placement.of(400, p, v).label()).isEqualTo("above P99");
    }
}
