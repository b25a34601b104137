package org.isfsim.model.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazaMapTest {
    private static final double SHELTER = PopulationParameters.defaults().shelterPeoplePerKm2();
    private static final double CITED_AREA_KM2 = 365.0;
    private static final long POPULATION = 2_130_000L;

    private static GazaMap map250;
    private static GazaMap map100;

    @BeforeAll
    static void buildMaps() {
        map250 = GazaMap.build(250, 0.53, POPULATION, SHELTER);
        map100 = GazaMap.build(100, 0.53, POPULATION, SHELTER);
    }

    private static GazaMap map(int cellSizeMeters) {
        return cellSizeMeters == 250 ? map250 : map100;
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void stripAreaIsWithinFivePercentOfTheCitedArea(int cell) {
        double area = map(cell).areaKm2();
        assertEquals(CITED_AREA_KM2, area, 0.05 * CITED_AREA_KM2, "area " + area);
    }

    @Test
    void gridIsTheOutlineBoundingBoxPlusAMarginNorthUp() {
        // The real strip runs SW-NE (bearing ~36 deg), so its north-up bounding box is ~32.5 x 42 km.
        assertEquals(133, map250.width());
        assertEquals(170, map250.height());
        for (int x = 0; x < map250.width(); x++) {
            assertFalse(map250.inside(x, 0));
            assertFalse(map250.inside(x, map250.height() - 1));
        }
        for (int y = 0; y < map250.height(); y++) {
            assertFalse(map250.inside(0, y));
            assertFalse(map250.inside(map250.width() - 1, y));
        }
        assertFalse(map250.inside(-1, 5));
        assertFalse(map250.inside(5, map250.height()));
        assertEquals(0.0625, map250.cellAreaKm2(), 1e-12);
        assertEquals(250, map250.cellSizeMeters());
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void governorateAreasAreWithinFifteenPercentOfCitedAreas(int cell) {
        GazaMap m = map(cell);
        double sum = 0.0;
        for (Governorate g : Governorate.values()) {
            double area = m.areaKm2(g);
            assertEquals(g.citedAreaKm2(), area, 0.15 * g.citedAreaKm2(), g + " " + area);
            sum += area;
        }
        assertEquals(m.areaKm2(), sum, 1e-9);
    }

    @Test
    void everyInsideCellHasAGovernorateAndCellsOfIsAscendingAndACopy() {
        int counted = 0;
        for (Governorate g : Governorate.values()) {
            int[] cells = map250.cellsOf(g);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    assertTrue(cells[j] > cells[j - 1]);
                }
                GridCell c = map250.cellOfIndex(cells[j]);
                assertEquals(g, map250.governorate(c.x(), c.y()));
            }
            counted += cells.length;
            cells[0] = -7;
            assertTrue(map250.cellsOf(g)[0] >= 0);
        }
        assertEquals(map250.insideCellCount(), counted);
        assertNull(map250.governorate(0, 0));
        assertNull(map250.governorate(-1, -1));
    }

    @Test
    void governoratesRunNorthToSouthInTheirRealOrder() {
        double previous = -1.0;
        for (Governorate g : Governorate.values()) {
            int[] cells = map250.cellsOf(g);
            double meanRow = 0.0;
            for (int i : cells) {
                meanRow += i / map250.width();
            }
            meanRow /= cells.length;
            assertTrue(meanRow > previous, g + " mean row " + meanRow);
            previous = meanRow;
        }
    }

    @Test
    void coastIsToTheWestAndTrendsSouthWest() {
        // From the northern border down to the coastal end of the Egyptian border, the westernmost inside
        // cell of each row moves west as we go south.
        int rowOfWesternmost = -1;
        int minX = Integer.MAX_VALUE;
        for (int y = 0; y < map250.height(); y++) {
            int west = westernmost(map250, y);
            if (west >= 0 && west < minX) {
                minX = west;
                rowOfWesternmost = y;
            }
        }
        int firstRow = -1;
        int previous = Integer.MAX_VALUE;
        for (int y = 0; y <= rowOfWesternmost; y++) {
            int west = westernmost(map250, y);
            if (west < 0) {
                continue;
            }
            if (firstRow < 0) {
                firstRow = y;
            }
            assertTrue(west <= previous, "row " + y + ": " + west + " > " + previous);
            previous = west;
        }
        double drift = map250.cellCentreKm(westernmost(map250, firstRow), firstRow)[0]
                - map250.cellCentreKm(minX, rowOfWesternmost)[0];
        assertTrue(drift > 20.0, "coast drifts west by " + drift + " km");
        // The coastal corner is in Rafah, near the Egyptian border.
        assertEquals(Governorate.RAFAH, map250.governorate(minX, rowOfWesternmost));
    }

    private static int westernmost(GazaMap m, int y) {
        for (int x = 0; x < m.width(); x++) {
            if (m.inside(x, y)) {
                return x;
            }
        }
        return -1;
    }

    @Test
    void crossingsSitWhereTheRealOnesAre() {
        for (Crossing c : Crossing.values()) {
            GridCell cell = map250.crossing(c);
            assertTrue(map250.inside(cell.x(), cell.y()), c + " not inside");
            double[] centre = map250.cellCentreKm(cell.x(), cell.y());
            double d = Math.hypot(centre[0] - c.xKm(), centre[1] - c.yKm());
            assertTrue(d < 1.0, c + " is " + d + " km from its cell");
        }
        GridCell zikim = map250.crossing(Crossing.ZIKIM);
        GridCell erez = map250.crossing(Crossing.EREZ);
        GridCell kissufim = map250.crossing(Crossing.KISSUFIM);
        GridCell keremShalom = map250.crossing(Crossing.KEREM_SHALOM);
        GridCell rafah = map250.crossing(Crossing.RAFAH);
        assertEquals(Governorate.NORTH_GAZA, map250.governorate(zikim.x(), zikim.y()));
        assertEquals(Governorate.NORTH_GAZA, map250.governorate(erez.x(), erez.y()));
        assertEquals(Governorate.RAFAH, map250.governorate(rafah.x(), rafah.y()));
        assertEquals(Governorate.RAFAH, map250.governorate(keremShalom.x(), keremShalom.y()));
        assertTrue(zikim.x() < erez.x(), "Zikim west of Erez");
        assertTrue(keremShalom.y() > rafah.y(), "Kerem Shalom is the southern tip");
        assertTrue(rafah.x() < keremShalom.x(), "Rafah north-west of Kerem Shalom");
        assertTrue(kissufim.y() > Math.max(zikim.y(), erez.y()));
        assertTrue(kissufim.y() < Math.min(rafah.y(), keremShalom.y()));
        int west = westernmost(map250, kissufim.y());
        int east = west;
        for (int x = west; x < map250.width(); x++) {
            if (map250.inside(x, kissufim.y())) {
                east = x;
            }
        }
        assertTrue(kissufim.x() > (west + east) / 2.0, "Kissufim on the east side");
    }

    @ParameterizedTest
    @CsvSource({"2130000,250", "21300,250", "1,250", "2130000,100", "21300,500", "1,2000", "0,250"})
    void populationIsConservedExactly(long total, int cell) {
        GazaMap m = cell == 250 && total == POPULATION ? map250 : GazaMap.build(cell, 0.53, total, SHELTER);
        assertEquals(total, m.totalPopulation());
        long[] scaled = GazaMap.apportion(total, preWarWeights());
        long sumGov = 0;
        long sumCells = 0;
        for (Governorate g : Governorate.values()) {
            assertEquals(scaled[g.ordinal()], m.homePopulation(g), g.toString());
            long inG = 0;
            for (int i : m.cellsOf(g)) {
                GridCell c = m.cellOfIndex(i);
                long p = m.population(c.x(), c.y());
                assertTrue(p >= 0);
                inG += p;
            }
            assertEquals(m.population(g), inG, g + " cells");
            sumGov += m.population(g);
            sumCells += inG;
        }
        assertEquals(total, sumGov);
        assertEquals(total, sumCells);
        assertEquals(0L, m.population(0, 0));
        assertEquals(0L, m.population(-3, 2));
    }

    @Test
    void governorateTotalsFollowPreWarSharesByLargestRemainder() {
        long[] oneEach = GazaMap.apportion(1, preWarWeights());
        assertArrayEquals(new long[] {0, 1, 0, 0, 0}, oneEach); // Gaza has the largest share
        long[] tieBreak = GazaMap.apportion(2, new long[] {1, 1, 1, 1, 1});
        assertArrayEquals(new long[] {1, 1, 0, 0, 0}, tieBreak); // ties go to the northern governorates
        long[] big = GazaMap.apportion(POPULATION, preWarWeights());
        assertEquals(POPULATION, Arrays.stream(big).sum());
        assertTrue(big[Governorate.GAZA.ordinal()] > big[Governorate.NORTH_GAZA.ordinal()]);
    }

    private static long[] preWarWeights() {
        long[] w = new long[Governorate.values().length];
        for (Governorate g : Governorate.values()) {
            w[g.ordinal()] = g.preWarPopulation();
        }
        return w;
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void nobodyLivesInTheInitialHeldZone(int cell) {
        GazaMap m = map(cell);
        HeldZone zone = m.heldZone();
        for (Governorate g : Governorate.values()) {
            boolean allHeld = true;
            for (int i : m.cellsOf(g)) {
                GridCell c = m.cellOfIndex(i);
                allHeld &= zone.isHeld(c.x(), c.y());
            }
            if (allHeld) {
                continue;
            }
            for (int i : m.cellsOf(g)) {
                GridCell c = m.cellOfIndex(i);
                if (zone.isHeld(c.x(), c.y())) {
                    assertEquals(0L, m.population(c.x(), c.y()), g + " " + c);
                } else {
                    assertTrue(m.population(c.x(), c.y()) > 0, g + " " + c);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 100})
    void theHeldZonesPeopleLiveInTheNearestUnheldCellsWithRoom(int cell) {
        GazaMap m = map(cell);
        GazaMap homes = GazaMap.build(cell, 0.0, POPULATION, SHELTER);
        HeldZone zone = m.heldZone();
        long capacity = (long) Math.floor(SHELTER * m.cellAreaKm2());
        long displaced = 0;
        long densest = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                if (!m.inside(x, y)) {
                    continue;
                }
                long home = homes.population(x, y);
                if (zone.isHeld(x, y)) {
                    displaced += home;
                } else {
                    // Residents of unheld homes stay; the displaced fill up to the shelter capacity.
                    assertTrue(m.population(x, y) >= home, "a resident left an unheld home");
                    assertTrue(m.population(x, y) <= Math.max(home, capacity), "over capacity at " + x + "," + y);
                }
                densest = Math.max(densest, m.population(x, y));
            }
        }
        assertEquals(displaced, m.displacedPopulation());
        assertEquals(capacity, densest, "the cells nearest the line are full");
        // Rafah's unheld strip along the coast (about 5 km²) can no longer hold all of Rafah's 264,581.
        double rafahUnheldKm2 = 0;
        for (int i : m.cellsOf(Governorate.RAFAH)) {
            rafahUnheldKm2 += zone.isHeld(i) ? 0 : m.cellAreaKm2();
        }
        assertTrue(m.population(Governorate.RAFAH) <= SHELTER * rafahUnheldKm2);
        assertTrue(m.population(Governorate.RAFAH) < m.homePopulation(Governorate.RAFAH));
        assertTrue(m.population(Governorate.KHAN_YOUNIS) > m.homePopulation(Governorate.KHAN_YOUNIS),
                "Rafah's displaced spill over into Khan Younis");
    }

    @Test
    void whenTheUnheldCellsAreFullTheRestStayAtHome() {
        GazaMap m = GazaMap.build(500, 0.53, POPULATION, 1_000);
        long capacity = (long) Math.floor(1_000 * m.cellAreaKm2());
        long inHeld = 0;
        long total = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                if (m.inside(x, y) && m.heldZone().isHeld(x, y)) {
                    inHeld += m.population(x, y);
                } else if (m.inside(x, y)) {
                    assertTrue(m.population(x, y) >= capacity);
                }
                total += m.population(x, y);
            }
        }
        assertEquals(POPULATION, total);
        assertTrue(inHeld > 0, "no room for everyone: some stay in the held zone");
    }

    @Test
    void aFullyHeldStripStillPlacesEveryone() {
        GazaMap m = GazaMap.build(500, 1.0, 21_300, SHELTER);
        assertEquals(m.insideCellCount(), m.heldZone().heldCellCount());
        long sum = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                sum += m.population(x, y);
            }
        }
        assertEquals(21_300, sum);
    }

    @Test
    void sectorCentroidsAreUnheldCellsOfTheirGovernorate() {
        for (Governorate g : Governorate.values()) {
            GridCell c = map250.centroid(g);
            assertEquals(g, map250.governorate(c.x(), c.y()), g.toString());
            assertFalse(map250.heldZone().isHeld(c.x(), c.y()), g.toString());
        }
        double previousRow = -1;
        for (Governorate g : Governorate.values()) {
            assertTrue(map250.centroid(g).y() > previousRow);
            previousRow = map250.centroid(g).y();
        }
    }

    @Test
    void kmAndCellCoordinatesRoundTrip() {
        for (int i : map250.cellsOf(Governorate.DEIR_AL_BALAH)) {
            GridCell c = map250.cellOfIndex(i);
            double[] km = map250.cellCentreKm(c.x(), c.y());
            assertEquals(c, map250.cellAtKm(km[0], km[1]));
        }
        GridCell north = map250.cellAtKm(20.0, 40.0);
        GridCell south = map250.cellAtKm(20.0, 10.0);
        assertTrue(north.y() < south.y(), "north is up");
        assertTrue(map250.cellAtKm(10.0, 20.0).x() < map250.cellAtKm(20.0, 20.0).x(), "east is right");
        assertFalse(map250.outlineKm().isEmpty());
        GridCell outside = map250.cellAtKm(-50.0, 200.0);
        assertFalse(map250.inBounds(outside.x(), outside.y()));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(49, 0.53, 1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(2001, 0.53, 1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, -0.01, 1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, 1.01, 1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, Double.NaN, 1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, 0.53, -1, SHELTER));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, 0.53, 1, -1.0));
        assertThrows(IllegalArgumentException.class, () -> GazaMap.build(250, 0.53, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> map250.heldZone(1.5));
        assertThrows(IllegalArgumentException.class, () -> map250.cellOfIndex(-1));
        assertNotNull(GazaMap.build(50, 0.0, 0, SHELTER));
        assertNotNull(GazaMap.build(2000, 1.0, 0, SHELTER));
    }

    @Test
    void javaSerializationRoundTripPreservesTheMap() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map250);
        }
        GazaMap copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (GazaMap) in.readObject();
        }
        assertEquals(map250.width(), copy.width());
        assertEquals(map250.height(), copy.height());
        assertEquals(map250.totalPopulation(), copy.totalPopulation());
        assertEquals(map250.insideCellCount(), copy.insideCellCount());
        assertEquals(map250.heldZone().heldCellCount(), copy.heldZone().heldCellCount());
        for (int y = 0; y < map250.height(); y++) {
            for (int x = 0; x < map250.width(); x++) {
                assertEquals(map250.population(x, y), copy.population(x, y));
                assertEquals(map250.heldZone().isHeld(x, y), copy.heldZone().isHeld(x, y));
            }
        }
        for (Governorate g : Governorate.values()) {
            assertEquals(map250.population(g), copy.population(g));
            assertEquals(map250.centroid(g), copy.centroid(g));
        }
        assertTrue(copy.outline() == GazaOutline.standard(), "outline resolves to the shared instance");
    }

    @Test
    void buildingTwiceGivesTheSameMap() {
        GazaMap again = GazaMap.build(250, 0.53, POPULATION, SHELTER);
        for (int y = 0; y < again.height(); y++) {
            for (int x = 0; x < again.width(); x++) {
                assertEquals(map250.population(x, y), again.population(x, y));
                assertEquals(map250.heldZone().isHeld(x, y), again.heldZone().isHeld(x, y));
            }
        }
    }
}
