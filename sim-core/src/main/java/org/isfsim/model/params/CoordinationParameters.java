package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The Civil-Military Coordination Centre (CMCC) at Kiryat Gat: how late unit reports reach it,
 * how long it takes to decide a tasking, and how many it can decide a day.
 *
 * @param members states and organisations represented; more members, longer consultation
 * @param reportDelayDays days from a unit's report to its arrival at the centre
 * @param decisionDaysBase days to decide a tasking with no members and unified command
 * @param decisionDaysPerTenMembers extra decision days for every ten members
 * @param unifiedCommand whether the force is under one command (else each nation clears its own taskings)
 * @param nationalCommandFactor how many times longer decisions take without unified command
 * @param tasksPerDay taskings the centre can decide in one day
 */
public record CoordinationParameters(
        @Source("seed article: \"Nearly 40 countries and international organizations are represented\"") int members,
        @Source("assumption") int reportDelayDays,
        @Source("assumption") double decisionDaysBase,
        @Source("assumption") double decisionDaysPerTenMembers,
        @Source("facts.md §1 ISF authorization: \"under unified command acceptable to the BoP\"; seed article") boolean unifiedCommand,
        @Source("assumption") double nationalCommandFactor,
        @Source("assumption") int tasksPerDay) implements Serializable {

    public CoordinationParameters {
        Check.range("coordination.members", members, 1, 500);
        Check.range("coordination.reportDelayDays", reportDelayDays, 0, 60);
        Check.range("coordination.decisionDaysBase", decisionDaysBase, 0.0, 60.0);
        Check.range("coordination.decisionDaysPerTenMembers", decisionDaysPerTenMembers, 0.0, 30.0);
        Check.range("coordination.nationalCommandFactor", nationalCommandFactor, 1.0, 20.0);
        Check.range("coordination.tasksPerDay", tasksPerDay, 1, 10_000);
    }

    public static CoordinationParameters defaults() {
        return new CoordinationParameters(40, 1, 1.0, 0.25, true, 2.0, 20);
    }

    /** Days the centre needs to decide one tasking, from its membership and command arrangement. */
    public double decisionDays() {
        double days = decisionDaysBase + decisionDaysPerTenMembers * members / 10.0;
        return unifiedCommand ? days : days * nationalCommandFactor;
    }
}
