package io.agentcost.sampling;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Rank correlation between inputs by a Gaussian copula: uniforms → normal scores → Cholesky factor
 * of the Pearson matrix → uniforms again. Marginals are untouched (each input still goes through its
 * own inverse CDF). The target Spearman ρs is met by using Pearson r = 2·sin(π·ρs/6), the exact
 * relation for normal scores. Works per iteration, so it parallelises; see decision 0007.
 */
public final class GaussianCopula {

    private final int[] dims;
    private final double[][] lower;
    /** Normal scores of the correlated dimensions over a chunk, [dimension][draw] (grown on demand). */
    private double[][] z = new double[0][];
    /** One correlated dimension's normal score over the chunk, before Φ. */
    private double[] y = new double[0];

    private GaussianCopula(int[] dims, double[][] lower) {
        this.dims = dims;
        this.lower = lower;
    }

    /** The target is not a correlation matrix (e.g. three inputs with contradictory pairwise correlations). */
    public static final class InconsistentCorrelations extends Exception {
        public InconsistentCorrelations(String message) {
            super(message);
        }
    }

    /**
     * @param dims     the row positions of the correlated dimensions
     * @param spearman target rank correlations among them (symmetric, 1 on the diagonal)
     */
    public static GaussianCopula of(int[] dims, double[][] spearman) throws InconsistentCorrelations {
        int n = dims.length;
        RealMatrix pearson = new Array2DRowRealMatrix(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                pearson.setEntry(a, b, a == b ? 1 : 2 * Math.sin(Math.PI * spearman[a][b] / 6));
            }
        }
        try {
            CholeskyDecomposition chol = new CholeskyDecomposition(pearson, 1e-10, 1e-10);
            return new GaussianCopula(dims.clone(), chol.getL().getData());
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new InconsistentCorrelations("the correlations contradict each other (the matrix is not positive definite):"
                    + " lower some of them");
        }
    }

    /** Throws when the target rank correlations (symmetric, 1 on the diagonal) are not a correlation matrix. */
    public static void check(double[][] spearman) throws InconsistentCorrelations {
        int[] dims = new int[spearman.length];
        for (int i = 0; i < dims.length; i++) dims[i] = i;
        of(dims, spearman);
    }

    /** A copy with its own scratch, for another thread. */
    public GaussianCopula copy() {
        return new GaussianCopula(dims, lower);
    }

    /** Correlates the uniforms of draws [0, count), columns[j][k], in place, a dimension at a time. */
    public void apply(double[][] columns, int count) {
        int n = dims.length;
        if (z.length != n || (n > 0 && z[0].length < count)) {
            z = new double[n][Math.max(count, 1)];
            y = new double[Math.max(count, 1)];
        }
        for (int a = 0; a < n; a++) InverseCdf.zFast(columns[dims[a]], z[a], count);
        for (int a = 0; a < n; a++) {
            double[] l = lower[a];
            double[] out = columns[dims[a]];
            // y = L·z, one term of the row at a time over the whole chunk
            Arrays.fill(y, 0, count, 0);
            for (int b = 0; b <= a; b++) {
                double lb = l[b];
                double[] zb = z[b];
                for (int k = 0; k < count; k++) y[k] += lb * zb[k];
            }
            InverseCdf.phiFast(y, out, count);
            for (int k = 0; k < count; k++) out[k] = Math.min(Math.max(out[k], 0x1.0p-53), 1 - 0x1.0p-53);
        }
    }
}
