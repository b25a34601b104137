package org.isfsim.analysis;

/**
 * The Sobol sensitivity of one output metric to one factor, with 95% bootstrap intervals.
 *
 * <p>{@code s1} is the first-order index: the share of the metric's variance explained by the
 * factor alone. {@code st} is the total-order index: the share that would vanish if the factor were
 * fixed, i.e. its own effect plus all its interactions. ST − S1 measures interaction; ST ≈ 0
 * means the factor can be fixed anywhere in its range. Estimates can stray slightly below 0 or
 * above 1 from sampling error. All values are NaN when the metric did not vary at all; the
 * interval bounds are NaN when no bootstrap was asked for.
 *
 * @param metric the output metric, e.g. its CSV column name
 * @param factor the factor's parameter key
 * @param s1 first-order index (Saltelli et al. 2010)
 * @param s1Low lower end of the 95% percentile bootstrap interval of s1
 * @param s1High upper end of that interval
 * @param st total-order index (Jansen 1999)
 * @param stLow lower end of the 95% percentile bootstrap interval of st
 * @param stHigh upper end of that interval
 */
public record SobolIndex(String metric, String factor, double s1, double s1Low, double s1High, double st,
        double stLow, double stHigh) {
}
