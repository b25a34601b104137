package org.isfsim.analysis;

/**
 * The Morris elementary effects of one factor on one output metric. An elementary effect is the change of
 * the metric when the factor moves by Δ of its range, divided by Δ: the metric's change per whole range.
 * μ* ranks the factors (a factor with μ* near 0 can be fixed anywhere in its range); σ large against μ*
 * means the effect depends on the other factors or is not linear (Morris 1991; Campolongo et al. 2007).
 *
 * @param metric the output metric, e.g. its CSV column name
 * @param factor the factor's parameter key
 * @param mu the mean elementary effect (signed: effects of opposite signs cancel)
 * @param muStar the mean absolute elementary effect (Campolongo, Cariboni &amp; Saltelli 2007)
 * @param muStarLow lower end of the 95% percentile bootstrap interval of μ* (trajectories resampled)
 * @param muStarHigh upper end of that interval
 * @param sigma the standard deviation of the elementary effects (NaN with one trajectory)
 * @param trajectories how many trajectories gave an effect (those with a failed run are left out)
 */
public record MorrisIndex(String metric, String factor, double mu, double muStar, double muStarLow,
        double muStarHigh, double sigma, int trajectories) {
}
