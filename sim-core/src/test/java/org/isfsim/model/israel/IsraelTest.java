package org.isfsim.model.israel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.IsraelParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Israel's decisions (docs/sources.md#resolution-2803 IDF withdrawal on milestones; docs/sources.md#peace-plan
 * three-stage lines 53 % → 40 % → 15 %; docs/sources.md#isf-pledges
 * vetoes of Turkey and Pakistan; docs/sources.md#violations-and-aid strikes and closures after violations).
 */
class IsraelTest {
    private static GazaMap map;

    @BeforeAll
    static void buildMap() {
        map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
    }

    private static IsraelParameters israel(double strike, double closure, int closureDays, double denial,
            boolean vetoLifted) {
        return Parameters.defaults().with("israel", Map.of("strikeChanceAfterViolation", strike,
                "closureChanceAfterViolation", closure, "closureDays", closureDays, "approvalDenialChance", denial,
                "vetoLifted", vetoLifted)).israel();
    }

    private static Israel defaults() {
        return new Israel(map, IsraelParameters.defaults(), map.heldZone());
    }

    private static boolean subset(HeldZone inner, HeldZone outer) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (inner.isHeld(x, y) && !outer.isHeld(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Chebyshev distance from an inside unheld cell to the nearest held cell (up to a limit, else limit + 1). */
    private static int distanceToHeld(HeldZone zone, int x, int y, int limit) {
        for (int r = 0; r <= limit; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) == r && zone.isHeld(x + dx, y + dy)) {
                        return r;
                    }
                }
            }
        }
        return limit + 1;
    }

    private static GridCell cellAtDistance(HeldZone zone, int distance) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (map.inside(x, y) && distanceToHeld(zone, x, y, distance) == distance) {
                    return new GridCell(x, y);
                }
            }
        }
        throw new AssertionError("no inside cell at distance " + distance);
    }

    private static GridCell heldCell(HeldZone zone) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (zone.isHeld(x, y)) {
                    return new GridCell(x, y);
                }
            }
        }
        throw new AssertionError("empty zone");
    }

    /** Reviews the milestones and, when a stage begins, completes its handover governorate by governorate. */
    private static boolean reviewAndHandOver(Israel israel, double destroyed, double secured) {
        boolean began = israel.reviewWithdrawal(destroyed, secured);
        for (int day = 1; israel.isHandingOver(); day++) {
            israel.continueHandover(day * 1_000);
        }
        return began;
    }

    @Test
    void noWithdrawalUntilBothFirstMilestonesAreMet() {
        Israel israel = defaults();
        HeldZone yellow = israel.heldZone();
        assertEquals(1, israel.stage());
        assertEquals(0.53, yellow.share(), 0.005);
        // stage 2 needs 30 % of the infrastructure destroyed and 20 % of the strip secured
        assertFalse(israel.reviewWithdrawal(0.29, 1.0));
        assertFalse(israel.reviewWithdrawal(1.0, 0.19));
        assertFalse(israel.reviewWithdrawal(0.0, 0.0));
        assertEquals(1, israel.stage());
        assertSame(yellow, israel.heldZone());

        assertTrue(reviewAndHandOver(israel, 0.3, 0.2));
        assertEquals(2, israel.stage());
        assertEquals(0.40, israel.heldZone().share(), 0.005);
        assertTrue(israel.heldZone().heldCellCount() < yellow.heldCellCount());
        assertTrue(subset(israel.heldZone(), yellow), "the second line only hands cells back");
    }

    @Test
    void theThirdStageNeedsTheHigherMilestones() {
        Israel israel = defaults();
        assertTrue(reviewAndHandOver(israel, 0.3, 0.2));
        HeldZone red = israel.heldZone();
        // stage 3 needs 70 % destroyed and 50 % secured
        assertFalse(israel.reviewWithdrawal(0.3, 0.2));
        assertFalse(israel.reviewWithdrawal(0.69, 1.0));
        assertFalse(israel.reviewWithdrawal(1.0, 0.49));
        assertEquals(2, israel.stage());
        assertSame(red, israel.heldZone());

        assertTrue(reviewAndHandOver(israel, 0.7, 0.5));
        assertEquals(3, israel.stage());
        assertEquals(0.15, israel.heldZone().share(), 0.005);
        assertTrue(subset(israel.heldZone(), red));
    }

    @Test
    void oneStageAtATimeAndNeverBeyondTheLast() {
        Israel israel = defaults();
        assertTrue(reviewAndHandOver(israel, 1.0, 1.0));
        assertEquals(2, israel.stage(), "a review moves one line at most");
        assertTrue(reviewAndHandOver(israel, 1.0, 1.0));
        assertEquals(3, israel.stage());
        HeldZone perimeter = israel.heldZone();
        for (int i = 0; i < 5; i++) {
            assertFalse(israel.reviewWithdrawal(1.0, 1.0));
        }
        assertEquals(3, israel.stage());
        assertSame(perimeter, israel.heldZone());
        assertEquals(0.15, israel.heldZone().share(), 0.005);
    }

    @Test
    void vetoesTurkeyAndPakistanByDefaultAndNobodyWhenLifted() {
        Israel israel = defaults();
        assertTrue(israel.vetoes("Turkey"));
        assertTrue(israel.vetoes("Pakistan"));
        assertFalse(israel.vetoes("Indonesia"));
        assertFalse(israel.vetoes("Kosovo"));

        Israel lifted = new Israel(map, israel(0.8, 0.3, 3, 0.2, true), map.heldZone());
        for (String nation : List.of("Turkey", "Pakistan", "Indonesia", "Kosovo")) {
            assertFalse(lifted.vetoes(nation), nation);
        }
    }

    /** deconflictionKm 1.0 at 250 m: four cells. A cell 5 cells from the zone is far; 4 cells is near. */
    @Test
    void theLineReachesExactlyTheDeconflictionDistance() {
        Israel israel = defaults();
        HeldZone zone = israel.heldZone();
        GridCell four = cellAtDistance(zone, 4);
        GridCell five = cellAtDistance(zone, 5);
        assertTrue(israel.nearLine(four.x(), four.y()));
        assertFalse(israel.nearLine(five.x(), five.y()));
        GridCell held = heldCell(zone);
        assertTrue(israel.nearLine(held.x(), held.y()));
    }

    @Test
    void approvalIsImmediateFarFromTheLine() {
        Israel alwaysDeny = new Israel(map, israel(0.8, 0.3, 3, 1.0, false), map.heldZone());
        GridCell far = cellAtDistance(alwaysDeny.heldZone(), 5);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, alwaysDeny.approve(far.x(), far.y(), random));
        }
    }

    @Test
    void nearTheLineATaskIsDelayedOrDenied() {
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        Israel neverDeny = new Israel(map, israel(0.8, 0.3, 3, 0.0, false), map.heldZone());
        Israel alwaysDeny = new Israel(map, israel(0.8, 0.3, 3, 1.0, false), map.heldZone());
        GridCell near = cellAtDistance(neverDeny.heldZone(), 2);
        for (int i = 0; i < 100; i++) {
            assertEquals(3, neverDeny.approve(near.x(), near.y(), random), "the default delay of 3 days");
            assertEquals(-1, alwaysDeny.approve(near.x(), near.y(), random));
        }
    }

    /** Default denial chance 0.2: about a fifth of 10,000 requests near the line are denied. */
    @Test
    void theDenialChanceIsRespectedOnAverage() {
        Israel israel = defaults();
        GridCell near = cellAtDistance(israel.heldZone(), 1);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int denied = 0;
        for (int i = 0; i < 10_000; i++) {
            int answer = israel.approve(near.x(), near.y(), random);
            assertTrue(answer == -1 || answer == 3);
            denied += answer == -1 ? 1 : 0;
        }
        assertEquals(0.2, denied / 10_000.0, 0.02);
    }

    @Test
    void aClosureLastsExactlyClosureDaysDays() {
        Israel israel = new Israel(map, israel(1.0, 1.0, 3, 0.2, false), map.heldZone());
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        assertFalse(israel.crossingsClosed(10));
        assertTrue(israel.respondToViolation(10, random), "strike chance 1");
        // closed on the day of the violation and the two days after it (closureDays 3), open again on day 13
        assertTrue(israel.crossingsClosed(10));
        assertTrue(israel.crossingsClosed(11));
        assertTrue(israel.crossingsClosed(12));
        assertFalse(israel.crossingsClosed(13));
    }

    @Test
    void aLaterViolationExtendsTheClosureAndAnEarlierOneDoesNotShortenIt() {
        Israel israel = new Israel(map, israel(1.0, 1.0, 3, 0.2, false), map.heldZone());
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        israel.respondToViolation(10, random);
        israel.respondToViolation(12, random);
        assertTrue(israel.crossingsClosed(14));
        assertFalse(israel.crossingsClosed(15));
        israel.respondToViolation(11, random);
        assertTrue(israel.crossingsClosed(14));
        assertFalse(israel.crossingsClosed(15));
    }

    @Test
    void withNoClosureChanceOrNoClosureDaysTheCrossingsStayOpen() {
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        Israel noChance = new Israel(map, israel(0.0, 0.0, 3, 0.2, false), map.heldZone());
        Israel noDays = new Israel(map, israel(0.0, 1.0, 0, 0.2, false), map.heldZone());
        for (int day = 0; day < 50; day++) {
            assertFalse(noChance.respondToViolation(day, random), "strike chance 0");
            noDays.respondToViolation(day, random);
            assertFalse(noChance.crossingsClosed(day));
            assertFalse(noDays.crossingsClosed(day));
        }
    }

    /** Default strike chance 0.8 and closure chance 0.3 over 10,000 violations. */
    @Test
    void strikesFollowTheStrikeChanceOnAverage() {
        Israel israel = defaults();
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int strikes = 0;
        for (int i = 0; i < 10_000; i++) {
            strikes += israel.respondToViolation(i * 10, random) ? 1 : 0;
        }
        assertEquals(0.8, strikes / 10_000.0, 0.02);
    }
}
