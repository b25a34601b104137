package org.isfsim.model.coordination;

/** What a unit says it is doing in its report. */
public enum ReportStatus {
    /** Arrived (or graduated) and waiting for a sector or posting. */
    AWAITING_TASKING,
    /** Tasked and on its way to its sector. */
    EN_ROUTE,
    /** In its sector, patrolling or on duty. */
    ON_STATION,
    /** Carrying out a task (a demolition). */
    ON_TASK
}
