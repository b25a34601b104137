package org.isfsim.model.coordination;

/** What the coordination centre tasks a unit to do (docs/sources.md#design-coordination-centre). */
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
