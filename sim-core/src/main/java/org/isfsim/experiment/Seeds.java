package org.isfsim.experiment;

/**
 * The seed of each run of an experiment: run {@code i} (from 1) with base seed {@code s} gets the
 * i-th output of SplitMix64 started at {@code s} (Steele, Lea and Flood 2014). It depends on
 * nothing else, so a run has the same seed at any thread count, on any machine or engine.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    public static long forRun(long baseSeed, int run) {
        if (run < 1) {
            throw new IllegalArgumentException("runs are numbered from 1: " + run);
        }
        return mix(baseSeed + GOLDEN_GAMMA * run);
    }

    /** SplitMix64's output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
