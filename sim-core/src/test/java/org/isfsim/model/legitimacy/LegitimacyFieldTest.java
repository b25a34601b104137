package org.isfsim.model.legitimacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.isfsim.model.params.LegitimacyParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * L = base + policeWeight·police presence + isfWeight·ISF presence + aidWeight·aid relief
 * − casualtyWeight·remembered deaths − armedControlWeight·armed control (+ oversightWeight), clamped to
 * [0, 1], on a hand-made 21 × 21 grid with a vision of 2 cells. Defaults: base 0.82, police 0.12, ISF 0.04,
 * saturation 500 people, aid 0.08, casualty 0.01 per death, memory half-life 30 days, armed control 0.15,
 * oversight 0.03.
 */
class LegitimacyFieldTest {
    private static final int W = 21;
    private static final int H = 21;
    private static final int VISION = 2;
    private static final int CENTRE = cell(10, 10);
    private static final double EPS = 1e-12;

    private final double[] police = new double[W * H];
    private final double[] isf = new double[W * H];
    private final double[] aid = new double[W * H];
    private final double[] control = new double[W * H];
    private final boolean[] inside = new boolean[W * H];

    private static int cell(int x, int y) {
        return y * W + x;
    }

    private static LegitimacyField field(LegitimacyParameters p) {
        return new LegitimacyField(p, W, H, VISION);
    }

    private static LegitimacyField defaults() {
        return field(LegitimacyParameters.defaults());
    }

    private void allInside() {
        Arrays.fill(inside, true);
    }

    private void update(LegitimacyField f, boolean oversight) {
        f.update(police, isf, aid, control, oversight, inside);
    }

    @Test
    void withNoTermsLIsTheBase() {
        allInside();
        LegitimacyField f = defaults();
        for (double l : f.values()) {
            assertEquals(0.82, l, EPS, "before the first update");
        }
        update(f, false);
        for (double l : f.values()) {
            assertEquals(0.82, l, EPS);
        }
    }

    /** 250 people (half of saturation) within vision: police +0.06, ISF +0.02. */
    @Test
    void policeRaiseLegitimacyMoreThanTheSameNumberOfTroops() {
        allInside();
        LegitimacyField withPolice = defaults();
        police[CENTRE] = 250;
        update(withPolice, false);
        Arrays.fill(police, 0);

        LegitimacyField withTroops = defaults();
        isf[CENTRE] = 250;
        update(withTroops, false);

        assertEquals(0.88, withPolice.at(CENTRE), EPS);
        assertEquals(0.84, withTroops.at(CENTRE), EPS);
        assertTrue(withPolice.at(CENTRE) > withTroops.at(CENTRE));
        // within vision of the post, and not beyond it
        assertEquals(0.88, withPolice.at(cell(12, 8)), EPS);
        assertEquals(0.82, withPolice.at(cell(13, 10)), EPS);
        assertEquals(0.84, withTroops.at(cell(8, 12)), EPS);
        assertEquals(0.82, withTroops.at(cell(10, 7)), EPS);
    }

    @Test
    void presenceSaturates() {
        allInside();
        LegitimacyField f = defaults();
        police[CENTRE] = 5_000;
        isf[cell(11, 10)] = 5_000;
        update(f, false);
        assertEquals(0.82 + 0.12 + 0.04, f.at(CENTRE), EPS);
    }

    @Test
    void fullArmedControlLowersItByTheArmedControlWeight() {
        allInside();
        LegitimacyField f = defaults();
        control[CENTRE] = 1.0;
        control[cell(3, 3)] = 0.5;
        update(f, false);
        assertEquals(0.67, f.at(CENTRE), EPS);
        assertEquals(0.82 - 0.075, f.at(cell(3, 3)), EPS);
        assertEquals(0.82, f.at(cell(11, 10)), EPS, "control counts only where it is held");
    }

    @Test
    void aidReliefRaisesIt() {
        allInside();
        LegitimacyField f = defaults();
        aid[CENTRE] = 1.0;
        update(f, false);
        assertEquals(0.90, f.at(CENTRE), EPS);
        assertEquals(0.82, f.at(cell(11, 10)), EPS);
    }

    @Test
    void aDeathLowersLegitimacyWithinVisionOnly() {
        allInside();
        LegitimacyField f = defaults();
        f.recordDeaths(CENTRE, 1);
        update(f, false);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean seen = Math.abs(x - 10) <= VISION && Math.abs(y - 10) <= VISION;
                assertEquals(seen ? 0.81 : 0.82, f.at(cell(x, y)), EPS, x + "," + y);
            }
        }
    }

    /** The memory decays after each daily update: the 31st update (30 days later) sees half a death. */
    @Test
    void theEffectOfADeathHalvesAfterCasualtyMemoryDays() {
        allInside();
        LegitimacyField f = defaults();
        f.recordDeaths(CENTRE, 10);
        update(f, false);
        assertEquals(0.72, f.at(CENTRE), EPS);
        for (int day = 1; day <= 30; day++) {
            update(f, false);
        }
        assertEquals(0.77, f.at(CENTRE), 1e-9);
        for (int day = 31; day <= 60; day++) {
            update(f, false);
        }
        assertEquals(0.795, f.at(CENTRE), 1e-9);
    }

    @Test
    void theHalfLifeFollowsTheParameter() {
        allInside();
        LegitimacyField f = field(Parameters.defaults()
                .with("legitimacy", Map.of("casualtyWeight", 0.02, "casualtyMemoryDays", 5.0)).legitimacy());
        f.recordDeaths(CENTRE, 4);
        update(f, false);
        assertEquals(0.82 - 0.08, f.at(CENTRE), EPS);
        for (int day = 1; day <= 5; day++) {
            update(f, false);
        }
        assertEquals(0.82 - 0.04, f.at(CENTRE), 1e-9);
    }

    @Test
    void oversightAddsTheOversightWeight() {
        allInside();
        LegitimacyField f = defaults();
        update(f, true);
        assertEquals(0.85, f.at(CENTRE), EPS);
        update(f, false);
        assertEquals(0.82, f.at(CENTRE), EPS);
    }

    @Test
    void legitimacyIsClampedToZeroAndOne() {
        allInside();
        LegitimacyField high = defaults();
        Arrays.fill(police, 1_000);
        Arrays.fill(isf, 1_000);
        Arrays.fill(aid, 1.0);
        update(high, true); // 0.82 + 0.12 + 0.04 + 0.08 + 0.03 = 1.09
        for (double l : high.values()) {
            assertEquals(1.0, l, EPS);
        }

        Arrays.fill(police, 0);
        Arrays.fill(isf, 0);
        Arrays.fill(aid, 0);
        Arrays.fill(control, 1.0);
        LegitimacyField low = defaults();
        low.recordDeaths(CENTRE, 500);
        update(low, false);
        assertEquals(0.0, low.at(CENTRE), EPS);
        for (double l : low.values()) {
            assertTrue(l >= 0 && l <= 1, "L " + l);
        }
        assertEquals(0.67, low.at(cell(0, 0)), EPS);
    }

    @Test
    void cellsOutsideTheStripAreZero() {
        allInside();
        for (int y = 0; y < H; y++) {
            inside[cell(0, y)] = false;
            inside[cell(1, y)] = false;
        }
        Arrays.fill(police, 100);
        Arrays.fill(aid, 1.0);
        LegitimacyField f = defaults();
        update(f, true);
        for (int y = 0; y < H; y++) {
            assertEquals(0.0, f.at(cell(0, y)));
            assertEquals(0.0, f.at(cell(1, y)));
            assertTrue(f.at(cell(2, y)) > 0.82);
        }
    }
}
