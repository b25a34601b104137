package org.isfsim.model.israel;

import ec.util.MersenneTwisterFast;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;

/**
 * What Israel's fire and its work in its zone touch beyond its own decisions: the day's tally, the
 * civilians and fighters it kills, the people near the line and the tunnels in its zone.
 */
public interface IsraelWorld {
    /** Counts ceasefire violations today (each incident of fire at the line is one). */
    void countViolations(int violations);

    /** Counts an attack, clash or strike today. */
    void countIncident();

    /** Counts an Israeli strike today. */
    void countStrike();

    /** Counts IDF soldiers killed today by an armed group's fire. */
    void countIdfKilled(int soldiers);

    /** Civilians killed at a cell, counted in people. */
    void killCivilians(GridCell cell, int people);

    /** Fighters killed by a strike at a cell (of the group there, if any). */
    void killFighters(GridCell cell, int fighters);

    /** Where a strike on Israel's own initiative hits: an armed group's cell, or null when none is left. */
    GridCell strikeTarget(MersenneTwisterFast random);

    /** People (living, free) at a cell of index {@code y * width + x}. */
    double peopleAt(int cell);

    /** Demolishes up to {@code km} of tunnel inside {@code zone}; returns the km destroyed. */
    double demolishTunnels(HeldZone zone, double km);
}
