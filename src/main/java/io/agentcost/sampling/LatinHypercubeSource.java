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
    /** The largest double below 1: (n − 1 + jitter) / n by a multiplication may round up to 1 for large n. */
    private static final double BELOW_ONE = 1 - 0x1.0p-53;

    LatinHypercubeSource(long seed, int dimensions) {
        this.seed = seed;
        this.dimensions = dimensions;
    }

    @Override
    public Batch batch(long start, int n) {
        if (n - 1 > Integer.MAX_VALUE / 2) throw new IllegalArgumentException("a Latin hypercube batch of " + n + " iterations is too large");
        int[] keys = new int[dimensions];
        int[] jitterKeys = new int[dimensions];
        for (int j = 0; j < dimensions; j++) {
            keys[j] = (int) UniformSource.mix(seed ^ UniformSource.mix(start * 31 + j));
            jitterKeys[j] = (int) UniformSource.mix(seed + 0x5851f42d4c957f2dL + 0xd1b54a32d192ed03L * (j + 1));
        }
        int mask = mask(n);
        int passes = maskedPasses(n, mask);
        double inverse = 1.0 / n;
        return (from, count, columns) -> {
            int[][] scratch = SCRATCH.get();
            int[] stratum = scratch[0], place = scratch[1];
            for (int done = 0; done < count; done += BLOCK) {
                int first = (int) (from - start) + done, iteration = (int) from + done, size = Math.min(BLOCK, count - done);
                for (int j = 0; j < dimensions; j++) {
                    int key = keys[j];
                    strata(stratum, first, size, key, mask, n, passes);
                    jitter(stratum, place, iteration, size, jitterKeys[j], Integer.remainderUnsigned(key, n), n);
                    double[] column = columns[j];
                    // the place within the stratum: 31 bits of the hash, never 0 or 1. Two loops, the same operations in
                    // the same order: C2 of JDK 17 vectorises no int-to-double conversion, and in one loop with it the
                    // scaling and min stayed scalar too (0.88 against 1.25 ns a value)
                    for (int k = 0; k < size; k++) column[done + k] = stratum[k] + (place[k] + 0.5) * 0x1.0p-31;
                    for (int k = 0; k < size; k++) column[done + k] = Math.min(column[done + k] * inverse, BELOW_ONE);
                }
            }
        };
    }

    /**
     * The loops below compute from {@code first + IOTA[k]}, not {@code first + k}: C2 of JDK 17 does not vectorise a
     * loop that computes with its own counter, and with IOTA it does (the hash then takes a tenth of the time).
     */
    private static final int BLOCK = 2048;
    private static final int[] IOTA = new int[BLOCK];

    static {
        for (int k = 0; k < BLOCK; k++) IOTA[k] = k;
    }

    /** A thread's strata and places of a block (reused: a run fills thousands of chunks). */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[2][BLOCK]);

    /**
     * stratum[k] = the unrotated permutation at first + k: one round for all, then rounds applied only where the
     * value is still at or above n, as a mask rather than a branch (so they vectorise), then the rare rest walks.
     */
    private static void strata(int[] stratum, int first, int size, int key, int mask, int n, int passes) {
        int[] iota = IOTA;
        for (int k = 0; k < size; k++) stratum[k] = round(first + iota[k], key, mask);
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < size; k++) {
                int x = stratum[k];
                int again = (n - 1 - x) >> 31; // all ones where x ≥ n
                stratum[k] = x ^ ((x ^ round(x, key, mask)) & again);
            }
        }
        for (int k = 0; k < size; k++) if (stratum[k] >= n) stratum[k] = walk(stratum[k], n, key, mask);
    }

    /** Rotates the strata and puts 31 bits of a hash of (iteration, dimension) in place[k], in integers (so it vectorises). */
    private static void jitter(int[] stratum, int[] place, int iteration, int size, int jitterKey, int rotation, int n) {
        int[] iota = IOTA;
        for (int k = 0; k < size; k++) {
            stratum[k] = rotate(stratum[k], rotation, n);
            int h = jitterKey ^ (iteration + iota[k]) * 0x9e3779b9;
            h ^= h >>> 16;
            h *= 0x7feb352d;
            h ^= h >>> 15;
            h *= 0x846ca68b;
            h ^= h >>> 16;
            place[k] = h >>> 1;
        }
    }

    /**
     * Masked rounds after the first: enough that about 1 value in 32 is left to walk. A fraction f of the range is at
     * or above n, so f^(passes + 1) of the values are still there after them (none when n is a power of two).
     */
    private static int maskedPasses(int n, int mask) {
        double above = (mask + 1.0 - n) / (mask + 1.0);
        int passes = 0;
        for (double left = above; left > 1 / 32.0 && passes < 4; left *= above) passes++;
        return passes;
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
        int w = mask(n);
        int r = round(i, key, w);
        if (r >= n) r = walk(r, n, key, w);
        return rotate(r, Integer.remainderUnsigned(key, n), n);
    }

    /**
     * r + rotation modulo n, for r and rotation below n, without a branch: n is subtracted where the sum reached it.
     * A rotation by the key, as Kensler's, but taken modulo n first, so that r + key cannot wrap around 2³² and collide.
     */
    private static int rotate(int r, int rotation, int n) {
        int p = r + rotation - n;
        return p + (n & (p >> 31));
    }

    /** The smallest 2^k − 1 at or above n − 1. */
    private static int mask(int n) {
        int w = n - 1;
        w |= w >>> 1;
        w |= w >>> 2;
        w |= w >>> 4;
        w |= w >>> 8;
        w |= w >>> 16;
        return w;
    }

    /** Hashes again until the value lands below n (cycle walking). */
    private static int walk(int i, int n, int key, int w) {
        do i = round(i, key, w); while (i >= n);
        return i;
    }

    /** One round of Kensler's hash, a permutation of [0, w]. */
    private static int round(int i, int key, int w) {
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
        return i;
    }
}
