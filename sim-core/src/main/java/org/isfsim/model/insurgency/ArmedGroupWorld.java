package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.security.SecurityUnit;

/**
 * What an armed-group cell sees of, and does to, the strip: the security units it may attack, the
 * active civilians it recruits from, the people caught in a fight, and whom its violations provoke.
 */
public interface ArmedGroupWorld {
    /** Every security unit, on the ground or not: ISF contingents first, then police units, each in roster order. */
    List<SecurityUnit> securityUnits();

    /** Active civilians within {@code reach} cells of a cell, in people. */
    double activePeopleWithin(GridCell at, int reach);

    /**
     * Turns up to {@code people} active civilians around a cell into fighters, as many as {@code weapons}
     * arm; returns the people recruited.
     */
    int recruitCivilians(GridCell at, int reach, int people, int weapons, MersenneTwisterFast random);

    /** Civilians killed at a cell, counted in people. */
    void killCivilians(GridCell cell, int people);

    /** Counts an attack, clash or strike today. */
    void countIncident();

    /** A unit lost people in a fight (a contributing nation counts its losses). */
    void unitLost(SecurityUnit unit, int lost);

    /** A group broke the ceasefire: counts the violation and lets Israel answer it. */
    void ceasefireViolated(ArmedGroupCell group);
}
