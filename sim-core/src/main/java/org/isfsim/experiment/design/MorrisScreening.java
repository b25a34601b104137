package org.isfsim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isfsim.InvalidInputException;

/**
 * Morris's elementary-effects screening (Morris 1991, Technometrics 33(2):161–174): which of many
 * factors matter, at r·(k + 1) runs where a Sobol design needs N·(k + 2) for a stable answer. Each of the
 * r <em>trajectories</em> starts at a random point of a grid of p levels per factor in the unit cube and
 * moves one factor at a time, in a random order, by Δ = p / (2(p − 1)) of its range, up or down at random;
 * trajectory t holds points t·(k+1) … t·(k+1) + k. The effects are read back by
 * {@link org.isfsim.analysis.MorrisIndices} from the same trajectories, remade from the same seed.
 *
 * <p>For each factor a base level b is uniform on 0 … p/2 − 1, so that both b/(p − 1) and b/(p − 1) + Δ
 * lie on the grid in [0, 1]; the trajectory starts at the lower or the upper of the two (the direction)
 * and moves to the other. Only {@link FactorSpec.Bounds} factors are accepted; a whole-number factor's
 * values are rounded, so its step is Δ of its range only approximately.
 *
 * @param trajectories r, at least 2
 * @param levels p, even, 2 to 100 (4 is the usual choice)
 */
public record MorrisScreening(int trajectories, int levels) implements ExperimentDesign {

    /** The name used in experiment files. */
    public static final String NAME = "morris";

    /** One trajectory in the unit cube: its k + 1 points and, for step j, the factor moved and the signed step. */
    public record Trajectory(double[][] points, int[] moved, double[] step) {
    }

    public MorrisScreening {
        if (trajectories < 2 || trajectories > DesignChecks.MAX_POINTS) {
            throw new InvalidInputException("design.trajectories: " + trajectories + " is not allowed; allowed: a whole"
                    + " number 2.." + DesignChecks.MAX_POINTS + " (morris needs it)");
        }
        if (levels < 2 || levels > 100 || levels % 2 != 0) {
            throw new InvalidInputException("design.levels: " + levels + " is not allowed; allowed: an even whole"
                    + " number 2..100 (4 is usual)");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Δ = p / (2(p − 1)): the step, as a share of each factor's range. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** r·(k + 1) points, trajectory by trajectory. */
    @Override
    public List<List<String>> points(List<FactorSpec> factors, MersenneTwisterFast random) {
        DesignChecks.requireFactors(NAME, factors);
        Objects.requireNonNull(random, "random");
        List<FactorSpec.Bounds> bounds = new ArrayList<>(factors.size());
        for (FactorSpec factor : factors) {
            if (!(factor instanceof FactorSpec.Bounds b)) {
                throw new InvalidInputException(NAME + " needs {min, max} for " + factor.key()
                        + " (explicit values and steps cannot be sampled)", factor.key(), null);
            }
            bounds.add(b);
        }
        int k = factors.size();
        DesignChecks.requirePointCount(NAME, (long) trajectories * (k + 1));
        List<List<String>> points = new ArrayList<>(trajectories * (k + 1));
        for (Trajectory trajectory : unitTrajectories(k, random)) {
            for (double[] u : trajectory.points()) {
                List<String> point = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    point.add(bounds.get(i).value(u[i]));
                }
                points.add(List.copyOf(point));
            }
        }
        return List.copyOf(points);
    }

    /**
     * The r trajectories in the unit cube for k factors, drawing from {@code random} in a fixed order (per
     * trajectory: the k base levels, the k directions, then the order by Fisher–Yates), so that the same
     * seed gives the same trajectories to the design and to its analysis.
     */
    public List<Trajectory> unitTrajectories(int factorCount, MersenneTwisterFast random) {
        if (factorCount < 1) {
            throw new IllegalArgumentException("factorCount must be >= 1, got " + factorCount);
        }
        int k = factorCount;
        double delta = delta();
        List<Trajectory> all = new ArrayList<>(trajectories);
        for (int t = 0; t < trajectories; t++) {
            double[] start = new double[k];
            double[] direction = new double[k];
            for (int i = 0; i < k; i++) {
                start[i] = random.nextInt(levels / 2) / (double) (levels - 1);
            }
            for (int i = 0; i < k; i++) {
                direction[i] = random.nextBoolean() ? 1 : -1;
                if (direction[i] < 0) {
                    start[i] += delta;
                }
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            double[][] points = new double[k + 1][];
            double[] step = new double[k];
            points[0] = clamp(start);
            for (int j = 0; j < k; j++) {
                double[] next = points[j].clone();
                int factor = order[j];
                step[j] = direction[factor] * delta;
                next[factor] += step[j];
                points[j + 1] = clamp(next);
            }
            all.add(new Trajectory(points, order, step));
        }
        return all;
    }

    /** Rounding can put a grid value a hair outside [0, 1]; put it back. */
    private static double[] clamp(double[] u) {
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.min(1.0, Math.max(0.0, u[i]));
        }
        return u;
    }
}
