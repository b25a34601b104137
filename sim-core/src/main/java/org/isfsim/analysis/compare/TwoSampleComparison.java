package org.isfsim.analysis.compare;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * A set's values of one metric against the reference's: the difference of means (set − reference)
 * with its 95% Welch interval, diff ± t(0.975, ν)·√(s₁²/n₁ + s₂²/n₂) with the Welch–Satterthwaite ν
 * (Welch 1947, Biometrika 34:28–35); the two-sided p-values of Welch's t-test (commons-math3 {@code TTest})
 * and the Mann–Whitney U test (commons-statistics {@code MannWhitneyUTest}: the exact p when both samples
 * have fewer than 50 values and none is tied, else the normal approximation with the tie-corrected
 * variance and a continuity correction, as SciPy's {@code mannwhitneyu}); Hedges' g and Cliff's
 * delta ({@link EffectSizes}). With no spread in either set Welch's test is undefined: its p is NaN and
 * the interval is the difference itself.
 */
public record TwoSampleComparison(double diff, double diffLow, double diffHigh, double pWelch, double pMannWhitney,
        double hedgesG, double cliffsDelta) {

    public TwoSampleComparison {
        if (diffLow > diffHigh) {
            throw new IllegalArgumentException("diffLow > diffHigh: " + diffLow + " > " + diffHigh);
        }
    }

    /** Compares {@code set} with {@code reference}; both need at least two values. */
    public static TwoSampleComparison of(double[] set, double[] reference) {
        if (set.length < 2 || reference.length < 2) {
            throw new IllegalArgumentException("needs at least two values in each sample: " + set.length + ", "
                    + reference.length);
        }
        DescriptiveStatistics a = new DescriptiveStatistics(set);
        DescriptiveStatistics b = new DescriptiveStatistics(reference);
        double diff = a.getMean() - b.getMean();
        double va = a.getVariance() / set.length;
        double vb = b.getVariance() / reference.length;
        double se = Math.sqrt(va + vb);
        double low = diff;
        double high = diff;
        double pWelch = Double.NaN;
        if (se > 0) {
            double df = (va + vb) * (va + vb) / (va * va / (set.length - 1) + vb * vb / (reference.length - 1));
            double half = SampleSummary.tQuantile(df) * se;
            low = diff - half;
            high = diff + half;
            pWelch = new TTest().tTest(set, reference);
        }
        double pMannWhitney = MannWhitneyUTest.withDefaults().test(set, reference).getPValue();
        if (Double.isNaN(pMannWhitney)) {
            // Every value of both sets the same: the tie-corrected variance is 0; nothing tells them apart (SciPy: 1).
            pMannWhitney = 1;
        }
        return new TwoSampleComparison(diff, low, high, pWelch, Math.min(1, pMannWhitney),
                EffectSizes.hedgesG(set, reference), EffectSizes.cliffsDelta(set, reference));
    }
}
