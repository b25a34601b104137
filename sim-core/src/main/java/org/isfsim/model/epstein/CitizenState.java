package org.isfsim.model.epstein;

/** What a citizen of the Epstein model is doing: Rule A makes it quiet or active; Rule C jails it. */
public enum CitizenState {
    /** On the grid, not rebelling (the paper's "quiescent"). */
    QUIET,
    /** On the grid, openly rebelling: G − R·P > T. */
    ACTIVE,
    /** Arrested: off the grid until its jail term ends. */
    JAILED
}
