package org.isfsim.model.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;

class MovementTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());

    @Test
    void cellsPerDayFollowsSpeedAndCellSize() {
        assertEquals(80, Movement.cellsPerDay(20, 250));
        assertEquals(1, Movement.cellsPerDay(0.01, 250));
        assertEquals(0, Movement.cellsPerDay(0, 250));
    }

    @Test
    void everySectorCentreCanBeReachedFromEveryCrossing() {
        for (Crossing crossing : Crossing.values()) {
            for (Governorate sector : Governorate.values()) {
                GridCell end = Movement.moveToward(MAP, MAP.crossing(crossing), MAP.centroid(sector), 10_000);
                assertEquals(MAP.centroid(sector), end, crossing + " -> " + sector);
            }
        }
    }

    @Test
    void movementStaysInsideTheStripAndStopsAtTheSpeedLimit() {
        GridCell from = MAP.crossing(Crossing.KEREM_SHALOM);
        GridCell to = MAP.centroid(Governorate.NORTH_GAZA);
        GridCell at = from;
        for (int day = 0; day < 3; day++) {
            GridCell next = Movement.moveToward(MAP, at, to, 10);
            assertTrue(Math.max(Math.abs(next.x() - at.x()), Math.abs(next.y() - at.y())) <= 10);
            assertTrue(MAP.inside(next.x(), next.y()));
            at = next;
        }
    }

    @Test
    void patrolsStayInTheSectorAndOutOfTheHeldZone() {
        HeldZone held = MAP.heldZone();
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        for (Governorate sector : Governorate.values()) {
            GridCell at = MAP.centroid(sector);
            for (int i = 0; i < 2_000; i++) {
                at = Movement.randomStepInSector(MAP, held, sector, at, random);
                assertTrue(Movement.onStation(MAP, held, sector, at), sector + " " + at);
            }
        }
    }
}
