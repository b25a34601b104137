package org.isfsim.analysis.compare;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Effect sizes of a set against the reference, both signed so that a positive value means the set's
 * values are larger.
 */
public final class EffectSizes {
    private EffectSizes() {
    }

    /**
     * Hedges' g: the difference of means over the pooled standard deviation,
     * s_p = √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)), times the small-sample correction
     * J = 1 − 3/(4(n₁+n₂) − 9) (Hedges 1981, J. Educational Statistics 6(2):107–128; Borenstein et al.
     * 2009, Introduction to Meta-Analysis, eq. 4.18–4.24). NaN with fewer than two values in either sample, or no spread in both.
     */
    public static double hedgesG(double[] set, double[] reference) {
        int n1 = set.length;
        int n2 = reference.length;
        if (n1 < 2 || n2 < 2) {
            return Double.NaN;
        }
        DescriptiveStatistics a = new DescriptiveStatistics(set);
        DescriptiveStatistics b = new DescriptiveStatistics(reference);
        double pooled = Math.sqrt(((n1 - 1) * a.getVariance() + (n2 - 1) * b.getVariance()) / (n1 + n2 - 2));
        if (pooled == 0) {
            return Double.NaN;
        }
        double correction = 1 - 3.0 / (4.0 * (n1 + n2) - 9);
        return correction * (a.getMean() - b.getMean()) / pooled;
    }

    /**
     * Cliff's delta: (#(x &gt; y) − #(x &lt; y)) / (n₁n₂) over all pairs of a set value x and a reference
     * value y, in [−1, 1] (Cliff 1993, Psychological Bulletin 114(3):494–509). Counted by binary search
     * in the sorted reference, O((n₁+n₂) log n₂).
     */
    public static double cliffsDelta(double[] set, double[] reference) {
        if (set.length == 0 || reference.length == 0) {
            return Double.NaN;
        }
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        long greater = 0;
        long less = 0;
        for (double x : set) {
            int below = lowerBound(sorted, x);
            int notAbove = upperBound(sorted, x);
            greater += below;
            less += sorted.length - notAbove;
        }
        return (double) (greater - less) / ((long) set.length * reference.length);
    }

    /** The number of values in {@code sorted} strictly below {@code x}. */
    private static int lowerBound(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The number of values in {@code sorted} at or below {@code x}. */
    private static int upperBound(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
