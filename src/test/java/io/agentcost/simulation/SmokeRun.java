package io.agentcost.simulation;

import io.agentcost.testing.Fixtures;

/** Manual probe: mvn -q test-compile exec... (not a test). */
public final class SmokeRun {
    public static void main(String[] args) {
        var s = Fixtures.services();
        var loaded = s.load(Fixtures.root().resolve(args.length > 0 ? args[0] : "scenarios/support-agent.yaml"));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int rep = 0; rep < 3; rep++) {
            var opts = SimulationOptions.of(loaded.scenario().simulation()).withIterations(n).withThreads(threads);
            var r = s.simulate(loaded.scenario(), loaded.catalog(), opts, Progress.NONE, () -> false);
            System.out.printf("n=%d threads=%d seconds=%.3f  iter/s=%.0f%n", n, threads, r.run().seconds(), n / r.run().seconds());
            if (rep == 2) {
                for (var c : r.cells()) System.out.printf("%-8s %-12s nominal %12.2f p10 %12.2f p50 %12.2f p90 %12.2f mean %12.2f pcheap %.3f budget %s%n",
                        c.phase(), c.architecture(), c.nominalUsd(), c.total().p10(), c.total().p50(), c.total().p90(), c.total().mean(), c.pCheapest(), c.pExceedBudget());
                System.out.println("achieved " + java.util.Arrays.deepToString(r.achievedSpearman()) + " for " + r.correlatedInputs());
                r.sensitivity().stream().filter(x -> x.phase().equals("launch") && x.architecture().equals("serverless")).forEach(System.out::println);
                System.out.println(r.warnings());
            }
        }
    }
}
