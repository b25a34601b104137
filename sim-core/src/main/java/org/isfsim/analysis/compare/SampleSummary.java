package org.isfsim.analysis.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;

/**
 * One set's values of one metric: n, mean, sample standard deviation and the 95% confidence interval
 * of the mean, mean ± t(0.975, n−1)·sd/√n (Student's t, computed with commons-math3). With fewer than
 * two values the sd and the interval are NaN; with no spread the interval is the mean itself.
 */
public record SampleSummary(long n, double mean, double sd, double ciLow, double ciHigh) {
    /** The confidence level of every interval in a comparison. */
    public static final double CONFIDENCE = 0.95;

    public SampleSummary {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0: " + n);
        }
        if (ciLow > ciHigh) {
            throw new IllegalArgumentException("ciLow > ciHigh: " + ciLow + " > " + ciHigh);
        }
    }

    public static SampleSummary of(double[] values) {
        return of(new DescriptiveStatistics(values));
    }

    /** From streamed statistics (commons-math3 {@code SummaryStatistics} or {@code DescriptiveStatistics}). */
    public static SampleSummary of(StatisticalSummary statistics) {
        long n = statistics.getN();
        double mean = n == 0 ? Double.NaN : statistics.getMean();
        if (n < 2) {
            return new SampleSummary(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = statistics.getStandardDeviation();
        double half = sd == 0 ? 0 : tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half);
    }

    /** The two-sided critical value of Student's t at {@link #CONFIDENCE} with {@code df} degrees of freedom. */
    public static double tQuantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }
}
