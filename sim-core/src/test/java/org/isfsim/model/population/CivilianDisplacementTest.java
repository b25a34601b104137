package org.isfsim.model.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;

/**
 * When the IDF extends its zone the people of the cells it takes are moved to the nearest cell it does not
 * hold (docs/sources.md#later-israel-zone): every agent is kept, with its state and traits, and none is left
 * inside the zone.
 */
class CivilianDisplacementTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());

    @Test
    void peopleOfNewlyHeldCellsMoveOutAndAreConserved() {
        CivilianPopulation pop = new CivilianPopulation(MAP, 100, CivilianParameters.defaults(),
                new MersenneTwisterFast(3));
        int cells = MAP.width() * MAP.height();
        CivilianDay today = CivilianDay.typical(MAP);
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        pop.step(0, today, random);
        int firstOccupied = 0;
        while (pop.cellStart(firstOccupied + 1) == pop.cellStart(firstOccupied)) {
            firstOccupied++;
        }
        pop.killPeople(firstOccupied, 300, true, random);
        int agents = pop.agentCount();
        int living = pop.livingCount();
        int active = pop.activeCount();
        int killed = pop.killedCount();
        int[] states = new int[5];
        double stanceSum = 0;
        for (int i = 0; i < agents; i++) {
            states[pop.stateOf(i).ordinal()]++;
            stanceSum += pop.stanceOf(i, Authority.HAMAS);
        }
        HeldZone wider = MAP.heldZone(0.60);
        int inZone = 0;
        for (int c = 0; c < cells; c++) {
            if (wider.isHeld(c)) {
                inZone += pop.cellStart(c + 1) - pop.cellStart(c);
            }
        }
        assertTrue(inZone > 0, "people live where the zone extends to");

        assertEquals(inZone, pop.moveOutOf(wider));
        assertEquals(agents, pop.agentCount());
        assertEquals(living, pop.livingCount());
        assertEquals(active, pop.activeCount());
        assertEquals(killed, pop.killedCount());
        int[] after = new int[5];
        double stanceAfter = 0;
        for (int i = 0; i < agents; i++) {
            after[pop.stateOf(i).ordinal()]++;
            stanceAfter += pop.stanceOf(i, Authority.HAMAS);
        }
        assertTrue(Arrays.equals(states, after), "states kept");
        assertEquals(stanceSum, stanceAfter, 1e-6 * agents, "stances move with their agents");
        int free = 0;
        for (int c = 0; c < cells; c++) {
            if (wider.isHeld(c)) {
                assertEquals(0, pop.cellStart(c + 1) - pop.cellStart(c), "nobody left in held cell " + c);
            }
            free += pop.agentsIn(c);
            assertTrue(pop.cellStart(c + 1) >= pop.cellStart(c));
        }
        assertEquals(pop.livingCount() - pop.detainedCount(), free, "free agents per cell add up");
        assertEquals(0, pop.moveOutOf(wider), "nothing more to move");
        pop.step(1, today, random);
        assertEquals(agents, pop.agentCount());
    }
}
