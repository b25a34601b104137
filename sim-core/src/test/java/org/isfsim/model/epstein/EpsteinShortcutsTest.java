package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's shortcuts against the rules as written: Rule A decided from a precomputed least quiet ratio and
 * bitboard counts ({@link BitboardSweep}, {@link VisionSweep}) must agree with {@link CivilViolenceRule}'s
 * G − R·P > T counted along the {@link Vision} offsets; moves by random tries
 * must be uniform over the empty cells in vision, and arrests over the actives in vision. Covered: the square
 * vision on bitboards (rows of one column block or several, a byte per random try or two, a window as wide as
 * the torus) and the scan along the offsets (the cross, a square that wraps onto itself, a very wide square).
 */
class EpsteinShortcutsTest {
    private static final double LEGITIMACY = 0.82;
    private static final double K = 2.3;
    private static final double THRESHOLD = 0.1;

    private static EpsteinParameters parameters(int width, int height, int radius, Neighbourhood shape,
            double citizens, double cops) {
        return parameters(width, height, radius, shape, citizens, cops, K);
    }

    private static EpsteinParameters parameters(int width, int height, int radius, Neighbourhood shape,
            double citizens, double cops, double k) {
        return new EpsteinParameters(true, width, height, citizens, cops, radius, shape, LEGITIMACY, 30, k, THRESHOLD);
    }

    /** Rule A as the paper writes it ({@link CivilViolenceRule}), counting cops and actives along the offsets. */
    private static boolean rebelsByTheBook(EpsteinModel model, int citizen, double k) {
        int width = model.width();
        int cell = model.citizenCell(citizen);
        int x = cell % width;
        int y = cell / width;
        Vision vision = model.vision();
        int cops = 0;
        int actives = 0;
        for (int v = 0; v < vision.size(); v++) {
            int seen = vision.cell(x, y, v);
            int state = model.stateAt(seen % width, seen / width);
            if (state == EpsteinModel.COP) {
                cops++;
            } else if (state == EpsteinModel.ACTIVE) {
                actives++;
            }
        }
        CivilViolenceRule rule = new CivilViolenceRule(LEGITIMACY, k, THRESHOLD);
        return rule.rebels(rule.grievance(model.hardship(citizen)), model.riskAversion(citizen), cops, actives);
    }

    /**
     * With k = 2.3 nearly every citizen's least quiet ratio is 0, 1 or "never"; k = 0.2 spreads them over 1 to
     * 10 or so, so that ratios of 2 and more are tried as well, and k = 0.01 over tens and hundreds, past what
     * a cell byte holds (so that the ratio is looked up).
     */
    @ParameterizedTest(name = "{0} x {1}, {3} vision {2}, k = {4}")
    @CsvSource({
        "40, 40, 7, MOORE, 2.3", "20, 10, 3, MOORE, 2.3", "15, 15, 7, MOORE, 2.3", "130, 40, 9, MOORE, 2.3",
        "70, 45, 16, MOORE, 2.3", "40, 40, 17, MOORE, 2.3", "12, 40, 7, MOORE, 2.3", "40, 40, 7, VON_NEUMANN, 2.3",
        "9, 30, 7, VON_NEUMANN, 2.3", "40, 40, 7, MOORE, 0.2", "20, 10, 3, MOORE, 0.2", "40, 40, 7, VON_NEUMANN, 0.2",
        "40, 40, 7, MOORE, 0.01"})
    void ruleAAgreesWithTheRuleAsWritten(int width, int height, int radius, Neighbourhood shape, double k) {
        // From crowds of cops and actives to a few of each, so that every branch of the rule is taken.
        double[] copDensities = {0.06, 0.02, 0.005};
        double[] activeShares = {0.2, 0.02, 0.002};
        for (int seed = 1; seed <= 3; seed++) {
            EpsteinModel model = new EpsteinModel(seed,
                    parameters(width, height, radius, shape, 0.45, copDensities[seed - 1], k), 10);
            model.start();
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (model.stateAt(x, y) == EpsteinModel.EMPTY && random.nextDouble() < activeShares[seed - 1]) {
                        // Some with no risk aversion at all, who rebel whatever they see.
                        double r = random.nextDouble() < 0.05 ? 0 : random.nextDouble();
                        model.addCitizen(x, y, random.nextDouble(), r, true);
                    }
                }
            }
            int decided = 0;
            int rebels = 0;
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < model.citizenCount(); i++) {
                    if (model.citizenState(i) == CitizenState.JAILED) {
                        continue;
                    }
                    boolean expected = rebelsByTheBook(model, i, k);
                    model.decide(i);
                    assertEquals(expected, model.citizenState(i) == CitizenState.ACTIVE,
                            "seed " + seed + ", round " + round + ", citizen " + i);
                    decided++;
                    rebels += expected ? 1 : 0;
                }
                model.schedule.step(model);
            }
            assertTrue(rebels > 0 && rebels < decided, rebels + " of " + decided + " rebel");
        }
    }

    /**
     * A citizen quiet only from a ratio of 62 on, past what fits in a cell byte (G = 0.18; with k = 0.01,
     * G − R·P(61) > T ≥ G − R·P(62) for R = 0.174), seeing 61 and then 62 cops and no other active.
     */
    @Test
    void aLargeLeastQuietRatioIsLookedUp() {
        for (int copsAround = 61; copsAround <= 62; copsAround++) {
            EpsteinModel model = new EpsteinModel(1, parameters(40, 40, 7, Neighbourhood.MOORE, 0, 0, 0.01), 1);
            model.start();
            int citizen = model.addCitizen(20, 20, 1.0, 0.174, false);
            Vision vision = model.vision();
            for (int v = 0; v < copsAround; v++) {
                int cell = vision.cell(20, 20, v * 3);
                model.addCop(cell % 40, cell / 40);
            }
            boolean expected = rebelsByTheBook(model, citizen, 0.01);
            assertEquals(copsAround < 62, expected, "the rule as written, with " + copsAround + " cops");
            model.decide(citizen);
            assertEquals(expected, model.citizenState(citizen) == CitizenState.ACTIVE, copsAround + " cops");
        }
    }

    /** Pearson's chi-square of counts against a uniform spread. */
    private static double chiSquare(Map<Integer, Integer> counts, int categories, int trials) {
        double expected = (double) trials / categories;
        double chi = 0;
        for (int count : counts.values()) {
            chi += (count - expected) * (count - expected) / expected;
        }
        return chi + (categories - counts.size()) * expected;
    }

    /** The chi-square that a uniform spread over this many categories exceeds with probability 10^−4. */
    private static double chiSquareLimit(int categories) {
        double[] limits = {Double.NaN, Double.NaN, 15.14, 18.42, 21.11, 23.51, 25.74};
        return limits[categories];
    }

    /**
     * A citizen hemmed in by cops, all of its vision taken but a few cells (spread over the window), moves to
     * one of those, each as often as the others. With radius 2 the random tries nearly always find one; with
     * radius 9 (361 cells, two bytes a try) they mostly miss and the move lists the empty cells instead.
     */
    @ParameterizedTest(name = "{0} vision {1}, {2} cells open")
    @CsvSource({"MOORE, 2, 5", "MOORE, 2, 1", "MOORE, 9, 6", "MOORE, 9, 0", "VON_NEUMANN, 2, 3", "VON_NEUMANN, 5, 4"})
    void aMoveIsUniformOverTheEmptyCellsInVision(Neighbourhood shape, int radius, int open) {
        int size = 40;
        int trials = 3000;
        Map<Integer, Integer> counts = new HashMap<>();
        for (int trial = 0; trial < trials; trial++) {
            EpsteinModel model = new EpsteinModel(trial, parameters(size, size, radius, shape, 0, 0), 1);
            model.start();
            int home = 20 * size + 20;
            int citizen = model.addCitizen(20, 20, 0.0, 0.5, false);
            Vision vision = model.vision();
            List<Integer> openCells = new ArrayList<>();
            for (int k = 0; k < vision.size(); k++) {
                int cell = vision.cell(20, 20, k);
                // Open cells spread over the window: every (size / open)-th in the offsets' order.
                if (open > 0 && k % (vision.size() / open) == 0 && openCells.size() < open) {
                    openCells.add(cell);
                } else {
                    model.addCop(cell % size, cell / size);
                }
            }
            model.move(citizen);
            int to = model.citizenCell(citizen);
            if (open == 0) {
                assertEquals(home, to, "nowhere to go");
                continue;
            }
            assertTrue(openCells.contains(to), "moved to " + to + ", not an open cell " + openCells);
            assertEquals(EpsteinModel.QUIET, model.stateAt(to % size, to / size));
            assertEquals(EpsteinModel.EMPTY, model.stateAt(20, 20));
            counts.merge(to, 1, Integer::sum);
        }
        if (open > 1) {
            double chi = chiSquare(counts, open, trials);
            assertTrue(chi < chiSquareLimit(open), "chi-square " + chi + " over " + counts);
        }
    }

    /** A cop with several actives in its vision arrests each of them as often as the others. */
    @ParameterizedTest(name = "{0} vision {1}")
    @CsvSource({"MOORE, 7", "MOORE, 10", "VON_NEUMANN, 7"})
    void anArrestIsUniformOverTheActivesInVision(Neighbourhood shape, int radius) {
        int size = 40;
        int trials = 3000;
        int[][] spots = shape == Neighbourhood.MOORE
                ? new int[][] {{-radius, -radius}, {radius, radius}, {0, 1}, {-1, radius}, {radius, -3}}
                : new int[][] {{-radius, 0}, {radius, 0}, {0, 1}, {0, -radius}, {3, 0}};
        Map<Integer, Integer> counts = new HashMap<>();
        for (int trial = 0; trial < trials; trial++) {
            EpsteinModel model = new EpsteinModel(trial, parameters(size, size, radius, shape, 0, 0), 1);
            model.start();
            int cop = model.addCop(20, 20);
            int[] rebels = new int[spots.length];
            for (int s = 0; s < spots.length; s++) {
                rebels[s] = model.addCitizen(20 + spots[s][0], 20 + spots[s][1], 1.0, 0.0, true);
            }
            // One outside the cop's vision, never taken.
            model.addCitizen(20 + radius + 1, 20, 1.0, 0.0, true);
            model.arrestInVision(cop);
            assertEquals(1, model.jailedCount());
            for (int s = 0; s < spots.length; s++) {
                if (model.citizenState(rebels[s]) == CitizenState.JAILED) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        double chi = chiSquare(counts, spots.length, trials);
        assertTrue(chi < chiSquareLimit(spots.length), "chi-square " + chi + " over " + counts);
    }
}
