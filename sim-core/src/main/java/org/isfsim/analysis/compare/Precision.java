package org.isfsim.analysis.compare;

/**
 * How precise a set's mean of one metric is, and how many runs would make it precise enough: the half-width
 * of its 95% confidence interval, that half-width relative to |mean|, and the fewest runs m with
 * t(0.975, m−1)·sd/√m ≤ γ′·|mean|, taking the sample sd as the truth. γ′ = γ/(1 + γ) makes the relative error
 * of the mean at most γ (Law 2015, <i>Simulation Modeling and Analysis</i>, 5th ed., §9.4.1, "the number of
 * replications for a specified relative error").
 *
 * @param halfWidth the half-width of the 95% interval of the mean (0 with no spread; NaN with fewer than two runs)
 * @param relative halfWidth / |mean|; NaN when the mean is 0 or unknown
 * @param runsNeeded the fewest runs for relative error γ; 2 with no spread; −1 when undefined (mean 0, one run)
 */
public record Precision(double halfWidth, double relative, long runsNeeded) {
    /** The most runs {@link #runsNeeded} reports; more is shown as this. */
    public static final long MAX_RUNS = 1_000_000;

    /**
     * @param summary the set's values of the metric
     * @param relativeError γ, the largest relative error of the mean wanted, in (0, 1)
     */
    public static Precision of(SampleSummary summary, double relativeError) {
        if (!(relativeError > 0 && relativeError < 1)) {
            throw new IllegalArgumentException("relative error must be in (0, 1): " + relativeError);
        }
        double halfWidth = (summary.ciHigh() - summary.ciLow()) / 2;
        double scale = Math.abs(summary.mean());
        double relative = scale > 0 ? halfWidth / scale : Double.NaN;
        if (summary.n() < 2 || Double.isNaN(summary.sd()) || !(scale > 0)) {
            return new Precision(halfWidth, relative, summary.sd() == 0 && summary.n() >= 2 ? 2 : -1);
        }
        if (summary.sd() == 0) {
            return new Precision(0, 0, 2);
        }
        double target = relativeError / (1 + relativeError) * scale;
        // t·sd/√m falls with m: first a bracket by doubling, then bisection for the fewest runs.
        long low = 1;
        long high = 2;
        while (!precise(high, summary.sd(), target)) {
            low = high;
            high *= 2;
            if (high > MAX_RUNS) {
                return new Precision(halfWidth, relative, MAX_RUNS);
            }
        }
        while (high - low > 1) {
            long mid = (low + high) >>> 1;
            if (precise(mid, summary.sd(), target)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return new Precision(halfWidth, relative, high);
    }

    private static boolean precise(long runs, double sd, double target) {
        return runs >= 2 && SampleSummary.tQuantile(runs - 1) * sd / Math.sqrt(runs) <= target;
    }
}
