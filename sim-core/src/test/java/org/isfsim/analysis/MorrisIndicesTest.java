package org.isfsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.isfsim.experiment.design.MorrisScreening;
import org.isfsim.experiment.design.MorrisScreening.Trajectory;
import org.junit.jupiter.api.Test;

/** Elementary effects of functions whose effects are known. */
class MorrisIndicesTest {
    private static final List<String> FACTORS = List.of("a", "b", "c");

    private static double[] outputs(List<Trajectory> trajectories, ToDoubleFunction<double[]> f) {
        double[] y = new double[trajectories.size() * 4];
        int n = 0;
        for (Trajectory t : trajectories) {
            for (double[] u : t.points()) {
                y[n++] = f.applyAsDouble(u);
            }
        }
        return y;
    }

    /** y = 3a − 2b: every effect is exactly the coefficient (per whole range), with no spread; c has none. */
    @Test
    void aLinearFunctionHasItsCoefficients() {
        List<Trajectory> trajectories = new MorrisScreening(20, 4).unitTrajectories(3, new MersenneTwisterFast(2));
        List<MorrisIndex> indices = MorrisIndices.compute("y", FACTORS, outputs(trajectories, u -> 3 * u[0] - 2 * u[1]),
                trajectories, 200, new MersenneTwisterFast(3));
        double[] mu = {3, -2, 0};
        for (int i = 0; i < 3; i++) {
            MorrisIndex index = indices.get(i);
            assertEquals(FACTORS.get(i), index.factor());
            assertEquals(mu[i], index.mu(), 1e-9);
            assertEquals(Math.abs(mu[i]), index.muStar(), 1e-9);
            assertEquals(0, index.sigma(), 1e-9);
            assertEquals(Math.abs(mu[i]), index.muStarLow(), 1e-9);
            assertEquals(Math.abs(mu[i]), index.muStarHigh(), 1e-9);
            assertEquals(20, index.trajectories());
        }
    }

    /**
     * y = a·b: a's effect is b where a moves, so it varies (σ > 0) and μ* is b's mean there; a trajectory
     * with a failed run is left out.
     */
    @Test
    void anInteractionShowsAsSpreadAndFailedTrajectoriesAreLeftOut() {
        List<Trajectory> trajectories = new MorrisScreening(30, 4).unitTrajectories(3, new MersenneTwisterFast(4));
        double[] y = outputs(trajectories, u -> u[0] * u[1]);
        double expected = 0;
        for (Trajectory t : trajectories.subList(1, 30)) {
            for (int j = 0; j < 3; j++) {
                if (t.moved()[j] == 0) {
                    expected += Math.abs(t.points()[j][1]);
                }
            }
        }
        y[2] = Double.NaN;
        List<MorrisIndex> indices = MorrisIndices.compute("y", FACTORS, y, trajectories, 0, null);
        MorrisIndex a = indices.get(0);
        assertEquals(29, a.trajectories());
        assertEquals(expected / 29, a.muStar(), 1e-12);
        assertTrue(a.sigma() > 0.1, "sigma " + a.sigma());
        assertEquals(0, indices.get(2).muStar(), 1e-12);
        assertTrue(Double.isNaN(a.muStarLow()), "no bootstrap asked for");
    }
}
