package io.agentcost.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The Latin hypercube without stored permutations: still one value per stratum per dimension, reproducibly. */
class LatinHypercubeSourceTest {

    @Test
    void theHashedPermutationIsAPermutationOfEverySize() {
        for (int n : new int[]{1, 2, 3, 7, 64, 1000, 4097, 100_003}) {
            for (int key : new int[]{0, 1, -1, 0x9e3779b9, 123456789}) {
                BitSet seen = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    int p = LatinHypercubeSource.permute(i, n, key);
                    assertThat(p).isBetween(0, n - 1);
                    seen.set(p);
                }
                assertThat(seen.cardinality()).as("n %d key %d", n, key).isEqualTo(n);
            }
        }
    }

    @Test
    void everyDimensionHasOneValueInEachStratumWhateverTheChunks() {
        int n = 5_001, dims = 4;
        UniformSource.Batch batch = UniformSource.of("latin_hypercube", 42, dims).batch(0, n);
        BitSet[] strata = new BitSet[dims];
        for (int j = 0; j < dims; j++) strata[j] = new BitSet(n);
        double[][] columns = new double[dims][777];
        for (int from = 0; from < n; from += 777) {
            int count = Math.min(777, n - from);
            batch.fill(from, count, columns);
            for (int j = 0; j < dims; j++) {
                for (int k = 0; k < count; k++) {
                    double u = columns[j][k];
                    assertThat(u).isGreaterThan(0).isLessThan(1);
                    strata[j].set((int) (u * n));
                }
            }
        }
        for (int j = 0; j < dims; j++) assertThat(strata[j].cardinality()).isEqualTo(n);
    }

    @Test
    void theDimensionsAreNotPairedInOrder() {
        // two dimensions of one batch: their strata have (Spearman) correlation near 0, as independent shuffles do
        int n = 20_000;
        double[][] columns = new double[2][n];
        UniformSource.of("latin_hypercube", 7, 2).batch(0, n).fill(0, n, columns);
        double mean = 0.5, cov = 0, va = 0, vb = 0;
        for (int k = 0; k < n; k++) {
            double a = columns[0][k] - mean, b = columns[1][k] - mean;
            cov += a * b;
            va += a * a;
            vb += b * b;
        }
        // independent uniforms: sd of the correlation 1/√n ≈ 0.007
        assertThat(Math.abs(cov / Math.sqrt(va * vb))).isLessThan(0.03);
    }

    @Test
    void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() {
        double[][] a = new double[3][100], b = new double[3][100], c = new double[3][100];
        UniformSource.of("latin_hypercube", 1, 3).batch(0, 1000).fill(200, 100, a);
        UniformSource.of("latin_hypercube", 1, 3).batch(0, 1000).fill(200, 100, b);
        UniformSource.of("latin_hypercube", 2, 3).batch(0, 1000).fill(200, 100, c);
        assertThat(a).isDeepEqualTo(b);
        assertThat(a[0]).isNotEqualTo(c[0]);
    }
}
