package org.isfsim.model.epstein;

import java.io.Serializable;

/**
 * Rule A without arithmetic. A citizen is active iff {@code G − R·P > T}, with P = p(q) for the ratio
 * q = ⌊C/(A+1)⌋ and p nondecreasing in q ({@link CivilViolenceRule}). So each citizen has a least ratio Q at
 * which it is quiet, found once from the very same floating-point expression, and is active iff q &lt; Q,
 * that is iff {@code C < Q·(A+1)}.
 */
final class QuietRatios implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CivilViolenceRule rule;
    /** P for q = ⌊C/(A+1)⌋ = 0 .. cells in vision. */
    private final double[] arrestProbabilityByRatio;
    /** Whether P never decreases with the ratio (Math.exp is semi-monotonic, so it never does; a guard). */
    private final boolean ordered;

    QuietRatios(CivilViolenceRule rule, int cellsInVision) {
        this.rule = rule;
        arrestProbabilityByRatio = new double[cellsInVision + 1];
        for (int q = 0; q < arrestProbabilityByRatio.length; q++) {
            arrestProbabilityByRatio[q] = rule.arrestProbabilityAtRatio(q);
        }
        boolean nondecreasing = true;
        for (int q = 1; q < arrestProbabilityByRatio.length; q++) {
            nondecreasing &= arrestProbabilityByRatio[q - 1] <= arrestProbabilityByRatio[q];
        }
        ordered = nondecreasing;
    }

    /** How many ratios there are, 0 .. cells in vision: a least quiet ratio this large means "never quiet". */
    int ratios() {
        return arrestProbabilityByRatio.length;
    }

    /** Rule A's inequality itself, for a ratio ⌊C/(A+1)⌋. */
    boolean rebelsAt(double grievance, double riskAversion, int ratio) {
        return rule.rebels(grievance, riskAversion, arrestProbabilityByRatio[ratio]);
    }

    /**
     * The least ratio ⌊C/(A+1)⌋ at which the citizen stays quiet, or {@link #ratios()} if it rebels at every
     * ratio: P is nondecreasing in the ratio, so for R ≥ 0 the citizen is active exactly below it. −1 when R
     * is negative or not a number, or P is not monotone: then Rule A is evaluated as written.
     */
    int quietFrom(double grievance, double riskAversion) {
        if (!(riskAversion >= 0) || !ordered) {
            return -1;
        }
        int lo = 0;
        int hi = arrestProbabilityByRatio.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rebelsAt(grievance, riskAversion, mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
