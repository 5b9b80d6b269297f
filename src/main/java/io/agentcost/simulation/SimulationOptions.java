package io.agentcost.simulation;

import io.agentcost.model.SimulationSettings;

/** How to run: iterations, seed, method, optional P90 convergence target, worker threads. */
public record SimulationOptions(int iterations, long seed, SimulationSettings.Sampling sampling, Double targetRelativeError,
                                int maxIterations, int threads) {

    public SimulationOptions {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        maxIterations = Math.max(maxIterations, iterations);
    }

    public static SimulationOptions of(SimulationSettings s) {
        return new SimulationOptions(s.iterations(), s.seed(), s.sampling(), s.targetRelativeError(), s.maxIterations(),
                Runtime.getRuntime().availableProcessors());
    }

    public SimulationOptions withIterations(int n) {
        return new SimulationOptions(n, seed, sampling, targetRelativeError, Math.max(maxIterations, n), threads);
    }

    public SimulationOptions withThreads(int t) {
        return new SimulationOptions(iterations, seed, sampling, targetRelativeError, maxIterations, t);
    }
}
