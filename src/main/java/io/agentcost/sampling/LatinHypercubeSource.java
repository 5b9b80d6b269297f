package io.agentcost.sampling;

/**
 * Latin hypercube: in a batch of n iterations each dimension has exactly one value in each of the n strata
 * [k/n, (k+1)/n), jittered within it. The stratum of iteration i in dimension j is a pseudo-random
 * permutation of the batch, a different one per batch and dimension, computed where it is needed
 * ({@link #permute}) rather than stored: a million iterations of 80 inputs would otherwise hold 320 MB of
 * permutations, shuffled by one thread before the run starts.
 */
final class LatinHypercubeSource implements UniformSource {

    private final long seed;
    private final int dimensions;

    LatinHypercubeSource(long seed, int dimensions) {
        this.seed = seed;
        this.dimensions = dimensions;
    }

    @Override
    public Batch batch(long start, int n) {
        int[] keys = new int[dimensions];
        for (int j = 0; j < dimensions; j++) keys[j] = (int) UniformSource.mix(seed ^ UniformSource.mix(start * 31 + j));
        long jitterSeed = UniformSource.mix(seed + 0x5851f42d4c957f2dL);
        return (from, count, columns) -> {
            int first = (int) (from - start);
            for (int j = 0; j < dimensions; j++) {
                double[] column = columns[j];
                int key = keys[j];
                long jitter = jitterSeed + 0xd1b54a32d192ed03L * (j + 1);
                for (int k = 0; k < count; k++) {
                    // the place within the stratum: one round of the mixer is plenty for a jitter of width 1/n
                    long h = UniformSource.mix(jitter + 0x9e3779b97f4a7c15L * (from + k + 1));
                    column[k] = (permute(first + k, n, key) + ((h >>> 11) + 0.5) * 0x1.0p-53) / n;
                }
            }
        };
    }

    /**
     * Position i of a pseudo-random permutation of [0, n) chosen by {@code key}: A. Kensler, "Correlated
     * Multi-Jittered Sampling", Pixar Technical Memo 13-01 (2013), §3. Every step below is invertible on
     * the low bits of the next power of two above n (an xor with a constant, a multiplication by an odd
     * number, an xor with its own right shift), so the hash is a permutation of that range; values at or
     * above n are hashed again until they land below it (cycle walking: fewer than two rounds on average).
     * The final rotation differs from the memo's (i + key) mod n, which collides when the sum wraps around 2³².
     */
    static int permute(int i, int n, int key) {
        int w = n - 1;
        w |= w >>> 1;
        w |= w >>> 2;
        w |= w >>> 4;
        w |= w >>> 8;
        w |= w >>> 16;
        do {
            i ^= key;
            i *= 0xe170893d;
            i ^= key >>> 16;
            i ^= (i & w) >>> 4;
            i ^= key >>> 8;
            i *= 0x0929eb3f;
            i ^= key >>> 23;
            i ^= (i & w) >>> 1;
            i *= 1 | key >>> 27;
            i *= 0x6935fa69;
            i ^= (i & w) >>> 11;
            i *= 0x74dcb303;
            i ^= (i & w) >>> 2;
            i *= 0x9e501cc5;
            i ^= (i & w) >>> 2;
            i *= 0xc860a3df;
            i &= w;
            i ^= i >>> 5;
        } while (i >= n);
        // a rotation by the key, as Kensler's; taken modulo n first, so that i + key cannot wrap around 2³² and collide
        int rotation = Integer.remainderUnsigned(key, n);
        return i < n - rotation ? i + rotation : i - (n - rotation);
    }
}
