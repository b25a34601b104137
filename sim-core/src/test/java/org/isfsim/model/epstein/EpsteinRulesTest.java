package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Epstein's rules A, C and M on hand-made situations: an empty torus with agents placed one by one. */
class EpsteinRulesTest {
    private static final double K = 2.3;

    /** Run 1 rules (L = 0.82, T = 0.1, k = 2.3) on an empty 40 x 40 torus. */
    private static EpsteinModel emptyWorld(Neighbourhood shape, int vision, int maxJailTerm, int width, int height) {
        EpsteinParameters parameters = new EpsteinParameters(true, width, height, 0.0, 0.0, vision, shape, 0.82,
                maxJailTerm, K, 0.1);
        EpsteinModel model = new EpsteinModel(11, parameters, 50);
        model.start();
        return model;
    }

    private static EpsteinModel emptyWorld(Neighbourhood shape) {
        return emptyWorld(shape, 7, 30, 40, 40);
    }

    @Test
    void aCitizenWithHighGrievanceAndNoCopInVisionTurnsActive() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        // G = 1 · (1 − 0.82) = 0.18; with no cop P = 0, so G − R·P = 0.18 > T = 0.1.
        int citizen = model.addCitizen(20, 20, 1.0, 0.9, false);
        model.decide(citizen);
        assertEquals(CitizenState.ACTIVE, model.citizenState(citizen));
        assertEquals(EpsteinModel.ACTIVE, model.stateAt(20, 20));
        assertEquals(1, model.activeCount());
        assertEquals(0, model.quietCount());
    }

    @Test
    void theSameCitizenFacingCopsAndNoActivesStaysQuiet() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int citizen = model.addCitizen(20, 20, 1.0, 0.9, false);
        model.addCop(21, 20);
        model.addCop(20, 22);
        model.addCop(13, 20);
        // C = 3, A = 0: P = 1 − e^(−6.9) ≈ 0.999, net risk ≈ 0.9 swamps G = 0.18.
        model.decide(citizen);
        assertEquals(CitizenState.QUIET, model.citizenState(citizen));
        assertEquals(0, model.activeCount());
    }

    @Test
    void anActiveCitizenFacingACopTurnsQuietAgain() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int citizen = model.addCitizen(20, 20, 1.0, 0.9, true);
        assertEquals(1, model.activeCount());
        model.addCop(20, 19);
        model.decide(citizen);
        assertEquals(CitizenState.QUIET, model.citizenState(citizen));
        assertEquals(0, model.activeCount());
        assertEquals(1, model.quietCount());
    }

    @Test
    void activesAsManyAsTheCopsMakeTheArrestRiskVanish() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int citizen = model.addCitizen(20, 20, 1.0, 0.9, false);
        model.addCop(21, 20);
        model.addCitizen(20, 23, 1.0, 0.0, true);
        // C = 1, A = 1 other active: ⌊1 / (1 + 1)⌋ = 0, so P = 0 and the citizen joins in.
        model.decide(citizen);
        assertEquals(CitizenState.ACTIVE, model.citizenState(citizen));
        assertEquals(2, model.activeCount());
    }

    @Test
    void aCopOnTheDiagonalIsOutOfTheCrossButInsideTheSquare() {
        EpsteinModel cross = emptyWorld(Neighbourhood.VON_NEUMANN);
        int inCross = cross.addCitizen(20, 20, 1.0, 0.9, false);
        cross.addCop(21, 21);
        cross.decide(inCross);
        assertEquals(CitizenState.ACTIVE, cross.citizenState(inCross));

        EpsteinModel square = emptyWorld(Neighbourhood.MOORE);
        int inSquare = square.addCitizen(20, 20, 1.0, 0.9, false);
        square.addCop(21, 21);
        square.decide(inSquare);
        assertEquals(CitizenState.QUIET, square.citizenState(inSquare));
    }

    @Test
    void visionWrapsSoACopAcrossTheEdgeIsSeen() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int citizen = model.addCitizen(0, 5, 1.0, 0.9, false);
        model.addCop(36, 5);
        model.decide(citizen);
        assertEquals(CitizenState.QUIET, model.citizenState(citizen));
    }

    @ParameterizedTest(name = "C = {0}, A = {1}: P = 1 - exp(-2.3 * {2})")
    @CsvSource({"0, 0, 0", "1, 0, 1", "1, 1, 0", "2, 1, 1", "3, 0, 3", "5, 1, 2", "7, 2, 2", "8, 3, 2", "4, 9, 0"})
    void estimatedArrestProbabilityUsesTheFlooredCopToActiveRatio(int cops, int otherActives, int floorRatio) {
        assertEquals(1 - Math.exp(-K * floorRatio), CivilViolenceRule.arrestProbability(K, cops, otherActives), 1e-15);
    }

    @Test
    void oneCopAndTheCitizenAloneGiveTheCalibratedNinetyPercent() {
        assertEquals(0.9, CivilViolenceRule.arrestProbability(K, 1, 0), 0.001);
        assertEquals(0.8997, CivilViolenceRule.arrestProbability(K, 1, 0), 1e-4);
        assertEquals(0.98995, CivilViolenceRule.arrestProbability(K, 2, 0), 1e-5);
        assertEquals(0.0, CivilViolenceRule.arrestProbability(K, 1, 1));
    }

    @Test
    void aCopArrestsAnActiveInVisionWhoLeavesTheGrid() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int cop = model.addCop(10, 10);
        int rebel = model.addCitizen(10, 14, 1.0, 0.0, true);
        int bystander = model.addCitizen(11, 10, 1.0, 0.9, false);
        model.arrestInVision(cop);
        assertEquals(CitizenState.JAILED, model.citizenState(rebel));
        assertEquals(-1, model.citizenCell(rebel));
        assertEquals(EpsteinModel.EMPTY, model.stateAt(10, 14));
        assertEquals(1, model.jailedCount());
        assertEquals(0, model.activeCount());
        assertEquals(CitizenState.QUIET, model.citizenState(bystander));
        assertEquals(EpsteinModel.COP, model.stateAt(10, 10));
        int term = model.releaseStep(rebel) - 1;
        assertTrue(term >= 0 && term <= 30, "term " + term);
    }

    @Test
    void aCopIgnoresActivesOutsideItsVision() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN);
        int cop = model.addCop(10, 10);
        int rebel = model.addCitizen(11, 11, 1.0, 0.0, true);
        int far = model.addCitizen(10, 18, 1.0, 0.0, true);
        model.arrestInVision(cop);
        assertEquals(CitizenState.ACTIVE, model.citizenState(rebel));
        assertEquals(CitizenState.ACTIVE, model.citizenState(far));
        assertEquals(0, model.jailedCount());
    }

    @Test
    void jailTermsAreUniformFromZeroToTheMaximumInclusive() {
        int maxJailTerm = 3;
        int[] counts = new int[maxJailTerm + 2];
        for (long seed = 1; seed <= 400; seed++) {
            EpsteinParameters parameters = new EpsteinParameters(true, 5, 5, 0.0, 0.0, 1, Neighbourhood.VON_NEUMANN,
                    0.82, maxJailTerm, K, 0.1);
            EpsteinModel model = new EpsteinModel(seed, parameters, 1);
            model.start();
            int cop = model.addCop(0, 0);
            int rebel = model.addCitizen(1, 0, 1.0, 0.0, true);
            model.arrestInVision(cop);
            int term = model.releaseStep(rebel) - 1;
            assertTrue(term >= 0 && term <= maxJailTerm, "term " + term);
            counts[term]++;
        }
        for (int term = 0; term <= maxJailTerm; term++) {
            // Binomial(400, 1/4): mean 100, standard deviation 8.7.
            assertTrue(counts[term] > 65 && counts[term] < 135, "term " + term + " drawn " + counts[term] + " times");
        }
    }

    @Test
    void aJailedCitizenSitsOutItsTermThenReturnsToAnEmptyCell() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN, 7, 5, 40, 40);
        int cop = model.addCop(10, 10);
        // H = 0: no grievance, so once out it stays quiet and no cop takes it back.
        int rebel = model.addCitizen(10, 12, 0.0, 0.5, true);
        int other = model.addCitizen(30, 30, 0.0, 0.5, false);
        model.arrestInVision(cop);
        int term = model.releaseStep(rebel) - 1;

        for (int step = 0; step <= term; step++) {
            model.schedule.step(model);
            assertEquals(CitizenState.JAILED, model.citizenState(rebel), "step " + step + " of a term of " + term);
            assertEquals(0.5, model.metrics().value(step, Metric.DETAINED_SHARE));
        }
        model.schedule.step(model);
        assertEquals(CitizenState.QUIET, model.citizenState(rebel), "after a term of " + term);
        assertEquals(0, model.jailedCount());
        int cell = model.citizenCell(rebel);
        assertTrue(cell >= 0);
        assertNotEquals(model.citizenCell(other), cell);
        assertNotEquals(model.copCell(cop), cell);
        assertEquals(EpsteinModel.QUIET, model.stateAt(cell % 40, cell / 40));
        assertEquals(0.0, model.metrics().value(term + 1, Metric.DETAINED_SHARE));
    }

    @Test
    void aCitizenDueOutWaitsWhileNoCellIsEmpty() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN, 1, 0, 3, 3);
        int cop = model.addCop(0, 0);
        int rebel = model.addCitizen(1, 0, 0.0, 0.5, true);
        model.arrestInVision(cop);
        assertEquals(1, model.releaseStep(rebel), "a term of 0 ends at the start of the next step");
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                if (model.stateAt(x, y) == EpsteinModel.EMPTY) {
                    model.addCitizen(x, y, 0.0, 0.5, false);
                }
            }
        }
        for (int step = 0; step < 5; step++) {
            model.schedule.step(model);
            assertEquals(CitizenState.JAILED, model.citizenState(rebel));
            assertEquals(1, model.jailedCount());
            assertEquals(9, model.citizenCount());
        }
    }

    @Test
    void aMovingAgentGoesToAnEmptyCellWithinItsVision() {
        EpsteinModel model = emptyWorld(Neighbourhood.VON_NEUMANN, 2, 30, 40, 40);
        int citizen = model.addCitizen(20, 20, 0.0, 0.5, false);
        int cop = model.addCop(5, 5);
        for (int step = 0; step < 50; step++) {
            int citizenFrom = model.citizenCell(citizen);
            int copFrom = model.copCell(cop);
            model.schedule.step(model);
            assertInCross(citizenFrom, model.citizenCell(citizen), 2);
            assertInCross(copFrom, model.copCell(cop), 2);
        }
    }

    private static void assertInCross(int from, int to, int vision) {
        int dx = Math.floorMod(to % 40 - from % 40 + 20, 40) - 20;
        int dy = Math.floorMod(to / 40 - from / 40 + 20, 40) - 20;
        assertTrue((dx == 0) != (dy == 0) && Math.abs(dx + dy) <= vision,
                "moved by (" + dx + ", " + dy + "), outside a cross of " + vision);
    }
}
