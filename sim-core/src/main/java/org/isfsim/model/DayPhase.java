package org.isfsim.model;

/**
 * The order of a simulated day (DESIGN.md "Agents and their day"): each phase is one MASON
 * schedule ordering, so the policy decisions of a day come before the coordination centre tasks
 * units, units act before police, and the metrics row is written last.
 */
public enum DayPhase {
    MANDATE_AND_POLICY,
    COORDINATION,
    CONTINGENTS,
    POLICE,
    ARMED_GROUPS,
    CIVILIANS,
    AID,
    METRICS;

    /** The MASON schedule ordering of this phase. */
    public int ordering() {
        return ordinal();
    }
}
