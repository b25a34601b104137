package org.isfsim.model.force;

/** What an ISF contingent is doing. */
public enum ContingentStatus {
    /** Arrived at the entry crossing; waiting for the coordination centre to assign a sector. */
    AWAITING_TASKING,
    /** Travelling to its assigned sector. */
    MOVING,
    /** In its sector, patrolling. */
    PATROLLING,
    /** Tasked to destroy a piece of infrastructure: travelling to it or working at it. */
    DEMOLISHING,
    /** Gone home: its nation withdrew it, or the mandate ended. */
    WITHDRAWN
}
