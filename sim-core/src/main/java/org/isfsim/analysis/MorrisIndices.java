package org.isfsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.isfsim.experiment.design.MorrisScreening.Trajectory;

/**
 * Morris elementary effects from the outputs of a {@link org.isfsim.experiment.design.MorrisScreening}
 * design: for trajectory t and its step j, which moved factor i by the signed step s,
 * EE = (y(point j+1) − y(point j)) / s. A trajectory with a missing output (NaN) is left out whole. The
 * 95% interval of μ* resamples the trajectories with replacement and takes the 2.5th and 97.5th
 * percentiles (percentile bootstrap, as {@link SobolIndices} does).
 */
public final class MorrisIndices {
    private MorrisIndices() {
    }

    /**
     * @param metric the metric's name, copied into the results
     * @param factors the factors' keys, in design order
     * @param outputs one output per design point, trajectory by trajectory
     * @param trajectories the design's trajectories, as it made them
     * @param bootstrap resamples for the interval of μ*; 0 leaves it NaN
     * @param random the generator the resamples draw from; may be null when {@code bootstrap} is 0
     * @return one index per factor, in factor order; empty when no trajectory is complete
     */
    public static List<MorrisIndex> compute(String metric, List<String> factors, double[] outputs,
            List<Trajectory> trajectories, int bootstrap, MersenneTwisterFast random) {
        int k = factors.size();
        if (outputs.length != trajectories.size() * (k + 1)) {
            throw new IllegalArgumentException(outputs.length + " outputs for " + trajectories.size()
                    + " trajectories of " + (k + 1) + " points");
        }
        List<double[]> effects = new ArrayList<>();
        for (int t = 0; t < trajectories.size(); t++) {
            Trajectory trajectory = trajectories.get(t);
            double[] ee = new double[k];
            boolean complete = true;
            for (int j = 0; j < k; j++) {
                double before = outputs[t * (k + 1) + j];
                double after = outputs[t * (k + 1) + j + 1];
                complete &= Double.isFinite(before) && Double.isFinite(after);
                ee[trajectory.moved()[j]] = (after - before) / trajectory.step()[j];
            }
            if (complete) {
                effects.add(ee);
            }
        }
        List<MorrisIndex> indices = new ArrayList<>(k);
        if (effects.isEmpty()) {
            return indices;
        }
        int n = effects.size();
        double[][] resampledMuStar = new double[k][bootstrap];
        for (int b = 0; b < bootstrap; b++) {
            double[] sum = new double[k];
            for (int draw = 0; draw < n; draw++) {
                double[] ee = effects.get(random.nextInt(n));
                for (int i = 0; i < k; i++) {
                    sum[i] += Math.abs(ee[i]);
                }
            }
            for (int i = 0; i < k; i++) {
                resampledMuStar[i][b] = sum[i] / n;
            }
        }
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double sumAbs = 0;
            for (double[] ee : effects) {
                sum += ee[i];
                sumAbs += Math.abs(ee[i]);
            }
            double mu = sum / n;
            double squares = 0;
            for (double[] ee : effects) {
                squares += (ee[i] - mu) * (ee[i] - mu);
            }
            double sigma = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
            double low = Double.NaN;
            double high = Double.NaN;
            if (bootstrap > 0) {
                Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
                percentile.setData(resampledMuStar[i]);
                low = percentile.evaluate(2.5);
                high = percentile.evaluate(97.5);
            }
            indices.add(new MorrisIndex(metric, factors.get(i), mu, sumAbs / n, low, high, sigma, n));
        }
        return indices;
    }
}
