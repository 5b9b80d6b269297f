package io.agentcost.simulation;

import java.util.Locale;

/**
 * Refuses a run before it starts when what it keeps per iteration would not fit in this JVM's
 * heap, saying what to change (fewer iterations, or more memory), instead of failing with an
 * OutOfMemoryError minutes in. The estimate counts the arrays the run allocates by iteration and a
 * margin for the JVM's own use; decision 0017.
 */
final class MemoryBudget {

    /** Share of the free heap a run may plan to use: the rest is the JVM's, the kernels' and the result's. */
    private static final double USABLE = 0.85;

    private MemoryBudget() {
    }

    /** Bytes this process may still allocate. */
    static long available() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /**
     * @param fixed        bytes independent of the iterations
     * @param perIteration bytes per iteration
     * @param what         e.g. "a simulation of 18 cells"
     */
    static void require(long fixed, double perIteration, long iterations, String what) {
        double need = fixed + perIteration * iterations;
        double can = available() * USABLE;
        if (need <= can) return;
        // "used" counts garbage not yet collected (a previous run's arrays): collect once before refusing, so that only a
        // run that cannot fit is refused (the benchmark's back-to-back 1M runs were refused without this)
        System.gc();
        can = available() * USABLE;
        if (need <= can) return;
        long fits = (long) Math.max(0, (can - fixed) / perIteration);
        String advice = fits >= 1_000
                ? "run at most " + String.format(Locale.ROOT, "%,d", fits / 1000 * 1000) + " iterations (--iterations), or"
                : "simplify the scenario (fewer phases, architectures or agents), or";
        throw new SimulationException(String.format(Locale.ROOT,
                "%,d iterations of %s need about %s of memory and this process can use %s: %s give Java more memory"
                        + " (e.g. AGENTCOST_JAVA_OPTS=-Xmx8g)", iterations, what, size(need), size(can), advice));
    }

    static String size(double bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, bytes / (1L << 20)));
    }
}
