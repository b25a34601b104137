package org.isfsim.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeldZoneTest {
    private static final double[] STAGES = {0.15, 0.40, 0.53};

    private static GazaMap map250;
    private static GazaMap map100;

    @BeforeAll
    static void buildMaps() {
        map250 = GazaMap.build(250, 0.53, 2_130_000L, PopulationParameters.defaults().shelterPeoplePerKm2());
        map100 = GazaMap.build(100, 0.53, 2_130_000L, PopulationParameters.defaults().shelterPeoplePerKm2());
    }

    private static GazaMap map(int cellSizeMeters) {
        return cellSizeMeters == 250 ? map250 : map100;
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void heldShareIsWithinTwoPointsOfEachStageTarget(int cell) {
        for (double target : STAGES) {
            HeldZone zone = map(cell).heldZone(target);
            assertEquals(target, zone.share(), 0.02, "target " + target);
            assertEquals(target, zone.targetShare(), 0.0);
            assertEquals(zone.share(), (double) zone.heldCellCount() / map(cell).insideCellCount(), 1e-12);
        }
        assertEquals(0.53, map(cell).heldZone().share(), 0.02);
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void withdrawalOnlyHandsCellsBack(int cell) {
        GazaMap m = map(cell);
        HeldZone buffer = m.heldZone(0.15);
        HeldZone red = m.heldZone(0.40);
        HeldZone yellow = m.heldZone();
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                if (buffer.isHeld(x, y)) {
                    assertTrue(red.isHeld(x, y), "0.15 not within 0.40 at " + x + "," + y);
                }
                if (red.isHeld(x, y)) {
                    assertTrue(yellow.isHeld(x, y), "0.40 not within 0.53 at " + x + "," + y);
                }
                if (yellow.isHeld(x, y)) {
                    assertTrue(m.inside(x, y));
                }
            }
        }
    }

    @Test
    void zeroIsEmptyAndOneIsEverything() {
        HeldZone none = map250.heldZone(0.0);
        HeldZone all = map250.heldZone(1.0);
        assertEquals(0, none.heldCellCount());
        assertEquals(0.0, none.share(), 0.0);
        assertEquals(map250.insideCellCount(), all.heldCellCount());
        assertEquals(1.0, all.share(), 0.0);
        for (int y = 0; y < map250.height(); y++) {
            for (int x = 0; x < map250.width(); x++) {
                assertFalse(none.isHeld(x, y));
                assertEquals(map250.inside(x, y), all.isHeld(x, y));
            }
        }
        assertFalse(all.isHeld(-1, 0));
        assertFalse(all.isHeld(0, map250.height()));
    }

    @Test
    void firstStageMatchesTheCitedYellowLineDepths() {
        // At 53 % the multiplier on the reference depths (1.5-6.5 km, docs/sources.md) comes out close to 1.
        double scale = map100.heldZone().depthScale();
        assertTrue(scale > 0.9 && scale < 1.1, "scale " + scale);
        assertEquals(1.5, HeldZone.referenceDepthKm(Governorate.DEIR_AL_BALAH), 0.0);
        assertEquals(6.5, HeldZone.referenceDepthKm(Governorate.RAFAH), 0.0);
        assertTrue(map100.heldZone(0.15).depthScale() < map100.heldZone(0.40).depthScale());
    }

    @Test
    void heldZoneFollowsTheCitedGeography() {
        // Rafah, Khan Younis and the north are held deepest; Gaza City and Deir al-Balah least.
        HeldZone zone = map250.heldZone();
        double rafah = heldShare(zone, Governorate.RAFAH);
        double khanYounis = heldShare(zone, Governorate.KHAN_YOUNIS);
        double north = heldShare(zone, Governorate.NORTH_GAZA);
        double gaza = heldShare(zone, Governorate.GAZA);
        double deir = heldShare(zone, Governorate.DEIR_AL_BALAH);
        assertTrue(rafah > 0.8, "Rafah " + rafah);
        assertTrue(khanYounis > gaza && khanYounis > deir);
        assertTrue(north > gaza && north > deir);
        // The coast stays in Palestinian hands: the westernmost cell of each Gaza City row is unheld.
        for (int i : map250.cellsOf(Governorate.GAZA)) {
            GridCell c = map250.cellOfIndex(i);
            if (!map250.inside(c.x() - 1, c.y())) {
                assertFalse(zone.isHeld(c.x(), c.y()), "coast held at " + c);
            }
        }
        // Cells next to the Israeli border are held even at the 15 % buffer stage.
        HeldZone buffer = map250.heldZone(0.15);
        GridCell erez = map250.crossing(Crossing.EREZ);
        GridCell keremShalom = map250.crossing(Crossing.KEREM_SHALOM);
        assertTrue(buffer.isHeld(erez.x(), erez.y()));
        assertTrue(buffer.isHeld(keremShalom.x(), keremShalom.y()));
    }

    private static double heldShare(HeldZone zone, Governorate g) {
        int[] cells = map250.cellsOf(g);
        int held = 0;
        for (int i : cells) {
            GridCell c = map250.cellOfIndex(i);
            if (zone.isHeld(c.x(), c.y())) {
                held++;
            }
        }
        return (double) held / cells.length;
    }

    @Test
    void sameTargetGivesTheSameZone() {
        HeldZone again = map250.heldZone(0.53);
        for (int y = 0; y < map250.height(); y++) {
            for (int x = 0; x < map250.width(); x++) {
                assertEquals(map250.heldZone().isHeld(x, y), again.isHeld(x, y));
            }
        }
    }
}
