package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviour Epstein (2002) reports for Model I, over several seeds with tolerances: punctuated
 * equilibrium under the Run 1 settings, fewer actives with more cops, more with less legitimacy.
 */
class EpsteinPublishedBehaviourTest {
    private static final int DAYS = 500;
    /**
     * Steps left out of every statistic. All citizens start quiet, so under the cross (where a third of them
     * see no cop) the first sweep turns a third of the grid active at once: a start-up spike, not an outburst.
     */
    private static final int TRANSIENT = 50;
    private static final long[] SEEDS = {1, 2, 3};

    /** Run 1: 40 x 40 torus, density 0.7, cops 0.04, vision 7, L = 0.82, Jmax = 30, k = 2.3, T = 0.1. */
    private static EpsteinParameters run1(Neighbourhood shape, double copDensity, double legitimacy) {
        return new EpsteinParameters(true, 40, 40, 0.7, copDensity, 7, shape, legitimacy, 30, 2.3, 0.1);
    }

    /** Runs are shared between tests: the Run 1 baseline serves all three. */
    private static final Map<String, double[]> RUNS = new HashMap<>();

    /** The active share on days 0..DAYS of one run. */
    private static double[] activeShare(EpsteinParameters parameters, long seed) {
        return RUNS.computeIfAbsent(parameters + "/" + seed, key -> {
            EpsteinModel model = new EpsteinModel(seed, parameters, DAYS);
            model.start();
            double[] share = new double[DAYS + 1];
            for (int day = 0; day <= DAYS; day++) {
                model.schedule.step(model);
                share[day] = model.metrics().value(day, Metric.ACTIVE_CIVILIANS_SHARE);
            }
            return share;
        });
    }

    /** The active share after the first {@link #TRANSIENT} days, when every citizen starts quiet. */
    private static double[] settledActiveShare(EpsteinParameters parameters, long seed) {
        double[] share = activeShare(parameters, seed);
        return Arrays.copyOfRange(share, TRANSIENT, share.length);
    }

    private static double meanActiveShare(EpsteinParameters parameters) {
        double sum = 0;
        int n = 0;
        for (long seed : SEEDS) {
            for (double share : settledActiveShare(parameters, seed)) {
                sum += share;
                n++;
            }
        }
        return sum / n;
    }

    private static int longestRunBelow(double[] series, double level) {
        int longest = 0;
        int current = 0;
        for (double value : series) {
            current = value < level ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static double peak(double[] series) {
        double max = 0;
        for (double value : series) {
            max = Math.max(max, value);
        }
        return max;
    }

    /**
     * Punctuated equilibrium (Epstein 2002, Fig. 3): long quiet spells broken by outbursts. Replications of
     * Epstein's waiting-time analysis (Fig. 5) count an outburst when more than 50 agents are active, about
     * 4.5 % of Run 1's 1,120 citizens. We call a step quiet when under 2 % of free citizens are active (about
     * 20, under half that line) and ask, in steps 50–500 of each of five seeds, for a quiet spell of at least
     * 20 steps and a peak above 15 % (over three times the line). Measured (seeds 1–8, steps 50–500): peaks
     * 0.30–0.37, 92–98 % of steps quiet, longest quiet spells 164–340 steps, mean active share 0.004–0.016;
     * outbursts recur every 40–300 steps.
     *
     * <p>This holds with the square (Moore) vision, which NetLogo's disc and mesa-examples' square resemble.
     * With the paper's literal cross of 4·v = 28 cells it does not: about a third of citizens then see no cop
     * at all, so the grid simmers at a steady 5–7 % active with a third of citizens in jail and no outbursts
     * ({@link #theLiteralCrossSimmersInsteadOfErupting}).
     */
    @Test
    void runOneShowsPunctuatedEquilibrium() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] share = settledActiveShare(run1(Neighbourhood.MOORE, 0.04, 0.82), seed);
            int quietSpell = longestRunBelow(share, 0.02);
            double peak = peak(share);
            assertTrue(quietSpell >= 20, "seed " + seed + ": longest quiet spell " + quietSpell);
            assertTrue(peak > 0.15, "seed " + seed + ": peak active share " + peak);
        }
    }

    /**
     * A characterisation, not a published result: under the paper's literal von Neumann cross, Run 1 shows no
     * quiet spell of 20 steps and no outburst above 15 % once the start-up spike is over. Measured (seeds 1–8,
     * steps 50–500): mean 0.054–0.063, peaks 0.084–0.098, never below 2 %. If a later change makes the cross erupt, revisit this test and
     * {@link #runOneShowsPunctuatedEquilibrium}.
     */
    @Test
    void theLiteralCrossSimmersInsteadOfErupting() {
        for (long seed : SEEDS) {
            double[] share = settledActiveShare(run1(Neighbourhood.VON_NEUMANN, 0.04, 0.82), seed);
            assertTrue(longestRunBelow(share, 0.02) < 20, "seed " + seed);
            assertTrue(peak(share) < 0.15, "seed " + seed + ": peak " + peak(share));
        }
    }

    /**
     * More cops, fewer actives (Epstein 2002, "Cop reductions" read backwards). Doubling cop density from
     * 0.04 to 0.08 should at least halve the mean active share. Measured (seeds 1–8, steps 50–500):
     * Moore 0.009 → 0.0001; cross 0.059 → 0.021.
     */
    @ParameterizedTest
    @EnumSource(Neighbourhood.class)
    void moreCopsMeanFewerActives(Neighbourhood shape) {
        double few = meanActiveShare(run1(shape, 0.04, 0.82));
        double many = meanActiveShare(run1(shape, 0.08, 0.82));
        assertTrue(many < 0.5 * few, shape + ": mean active share " + few + " with cops 0.04, " + many + " with 0.08");
    }

    /**
     * Less legitimacy, more actives (Epstein 2002, Figs. 9–10): grievance H·(1 − L) rises as L falls.
     * Lowering L from 0.82 to 0.7 should at least double the mean active share. Measured (seeds 1–8, steps
     * 50–500): Moore 0.009 → 0.080; cross 0.059 → 0.157.
     */
    @ParameterizedTest
    @EnumSource(Neighbourhood.class)
    void lessLegitimacyMeansMoreActives(Neighbourhood shape) {
        double legitimate = meanActiveShare(run1(shape, 0.04, 0.82));
        double illegitimate = meanActiveShare(run1(shape, 0.04, 0.70));
        assertTrue(illegitimate > 2 * legitimate,
                shape + ": mean active share " + legitimate + " at L = 0.82, " + illegitimate + " at L = 0.7");
    }
}
