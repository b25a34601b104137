package org.isfsim.model.coordination;

/** What the coordination centre tasks a unit to do (DESIGN.md item 1). */
public enum TaskKind {
    /** A sector for a contingent. */
    SECTOR,
    /** A governorate for a police unit. */
    POSTING,
    /** A piece of infrastructure to destroy, for a contingent whose nation accepts the role. */
    DEMOLITION,
    /** An aid convoy to escort. */
    ESCORT
}
