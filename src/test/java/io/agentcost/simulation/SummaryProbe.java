package io.agentcost.simulation;

import java.util.SplittableRandom;

/** Manual probe of Summary.of cost (not a test). */
public final class SummaryProbe {
    public static void main(String[] args) {
        int n = 1_000_000;
        double[] v = new double[n];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) v[i] = Math.exp(r.nextGaussian());
        double[] scratch = new double[n];
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            Summary s = Summary.of(v, n, scratch);
            long t1 = System.nanoTime();
            System.arraycopy(v, 0, scratch, 0, n);
            java.util.Arrays.sort(scratch);
            long t2 = System.nanoTime();
            long a = System.nanoTime();
            double[] o = Quantiles.orderStatistics(v, n, new int[]{50000, 100000, 250000, 500000, 750000, 899399, 899999, 900599, 950000, 990000});
            long b = System.nanoTime();
            System.arraycopy(v, 0, scratch, 0, 100000);
            java.util.SortedSet<Integer> cr = new java.util.TreeSet<>();
            for (int k = 0; k <= 100; k++) Quantiles.addRanks(cr, k / 100.0, 100000);
            Quantiles.select(scratch, 100000, cr.stream().mapToInt(Integer::intValue).toArray());
            long c = System.nanoTime();
            double ss = 0; for (int i = 0; i < n; i++) { double d = v[i] - 1; ss += d * d; int bb = (int) ((v[i] - 0.1) / 0.2); scratch[bb < 0 ? 0 : Math.min(bb, 39)]++; }
            long d = System.nanoTime();
            System.out.printf("orderStatistics %.1f ms, curve %.1f ms, pass %.1f ms %s%n", (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6, ss > 0 ? "" : o[0]);
            System.out.printf("summary %.1f ms, full sort %.1f ms (p90 %.4f)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, s.p90());
        }
    }
}
