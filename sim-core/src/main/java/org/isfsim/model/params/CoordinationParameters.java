package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

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
 * @param tasksPerDay taskings the centre can decide in one day with {@code members} members
 * @param openingDate the day the centre opened; nothing is tasked before
 * @param membership how many states and organisations are represented from each date on
 * @param pictureNoise relative error of the centre's estimate of armed presence in a sector
 * @param intelligenceFusionChancePerDay daily chance, per ten members, that fused intelligence reveals a hidden site
 */
public record CoordinationParameters(
        @Slider(min = 1, max = 200) @Source("docs/sources.md#seed-article: \"Nearly 40 countries and international organizations are represented\" (used before the first membership entry)") int members,
        @Slider(min = 0, max = 14) @Source("assumption") int reportDelayDays,
        @Slider(min = 0, max = 14) @Source("assumption") double decisionDaysBase,
        @Slider(min = 0, max = 5) @Source("assumption") double decisionDaysPerTenMembers,
        @Source("docs/sources.md#resolution-2803 ISF authorization: \"under unified command acceptable to the BoP\"; docs/sources.md#seed-article") boolean unifiedCommand,
        @Slider(min = 1, max = 10) @Source("assumption") double nationalCommandFactor,
        @Slider(min = 1, max = 200) @Source("assumption") int tasksPerDay,
        @Source("docs/sources.md#cmcc CMCC opened (Kiryat Gat) 17 Oct 2025") LocalDate openingDate,
        @Source("docs/sources.md#cmcc Participation: 14 countries + 20 NGOs (~30 Oct); ~40 (mid Nov); ~50 (20-24 Nov); ~60 (11 Dec 2025)") List<Membership> membership,
        @Slider(min = 0, max = 2) @Source("assumption") double pictureNoise,
        @Slider(min = 0, max = 0.2) @Source("assumption") double intelligenceFusionChancePerDay) implements Serializable {

    /**
     * The centre's membership from a date on.
     *
     * @param from the date
     * @param members states and organisations represented
     */
    public record Membership(LocalDate from, int members) implements Serializable {
        public Membership {
            Check.present("coordination.membership.from", from);
            Check.range("coordination.membership.members", members, 1, 500);
        }
    }

    public CoordinationParameters {
        Check.range("coordination.members", members, 1, 500);
        Check.range("coordination.reportDelayDays", reportDelayDays, 0, 60);
        Check.range("coordination.decisionDaysBase", decisionDaysBase, 0.0, 60.0);
        Check.range("coordination.decisionDaysPerTenMembers", decisionDaysPerTenMembers, 0.0, 30.0);
        Check.range("coordination.nationalCommandFactor", nationalCommandFactor, 1.0, 20.0);
        Check.range("coordination.tasksPerDay", tasksPerDay, 1, 10_000);
        Check.present("coordination.openingDate", openingDate);
        membership = Check.entries("coordination.membership", membership);
        Check.range("coordination.pictureNoise", pictureNoise, 0.0, 10.0);
        Check.range("coordination.intelligenceFusionChancePerDay", intelligenceFusionChancePerDay, 0.0, 1.0);
    }

    public static CoordinationParameters defaults() {
        return new CoordinationParameters(40, 1, 1.0, 0.25, true, 2.0, 20, LocalDate.of(2025, 10, 17), List.of(
                new Membership(LocalDate.of(2025, 10, 17), 34), new Membership(LocalDate.of(2025, 11, 15), 40),
                new Membership(LocalDate.of(2025, 11, 22), 50), new Membership(LocalDate.of(2025, 12, 11), 60)),
                0.3, 0.02);
    }

    /** Members represented on a date: the latest membership entry on or before it, else {@code members}. */
    public int membersOn(LocalDate date) {
        int count = members;
        for (Membership entry : membership) {
            if (!entry.from().isAfter(date)) {
                count = entry.members();
            }
        }
        return count;
    }

    /** Taskings decided a day with a given membership: staff capacity grows with the members. */
    public int tasksPerDay(int memberCount) {
        return Math.max(1, (int) Math.round((double) tasksPerDay * memberCount / members));
    }

    /** Days to decide one tasking with a given membership. */
    public double decisionDays(int memberCount) {
        double days = decisionDaysBase + decisionDaysPerTenMembers * memberCount / 10.0;
        return unifiedCommand ? days : days * nationalCommandFactor;
    }

    /** Days the centre needs to decide one tasking with {@code members} members. */
    public double decisionDays() {
        return decisionDays(members);
    }
}
