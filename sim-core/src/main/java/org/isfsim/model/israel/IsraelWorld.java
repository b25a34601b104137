package org.isfsim.model.israel;

import org.isfsim.model.map.GridCell;

/** What Israel's fire touches beyond its own decisions: the day's tally and the civilians it kills. */
public interface IsraelWorld {
    /** Counts ceasefire violations today (each incident of fire at the line is one). */
    void countViolations(int violations);

    /** Counts an attack, clash or strike today. */
    void countIncident();

    /** Civilians killed at a cell, counted in people. */
    void killCivilians(GridCell cell, int people);
}
