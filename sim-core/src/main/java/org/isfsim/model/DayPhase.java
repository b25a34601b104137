package org.isfsim.model;

/**
 * The order of a simulated day (docs/sources.md#design-day): each phase is one MASON
 * schedule ordering, so the policy decisions of a day come before the coordination centre tasks
 * units, units act before police, and the metrics row is written last. Each phase is run by a named
 * {@code Steppable} of its own ({@code PolicyPhase}, {@code CoordinationPhase}, {@code ContingentsPhase},
 * {@code PolicePhase}, {@code ArmedGroupsPhase}, {@code CiviliansPhase}, {@code AidPhase},
 * {@code MetricsPhase}), never a lambda, so that a checkpoint restores the same code by name.
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
