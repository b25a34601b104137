package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;

/**
 * Humanitarian aid: how many trucks Israel permits a day (by the ceasefire's state, varying from week to
 * week), what the crossings can pass, how the trucks travel as convoys, what share armed groups divert, and how delivered aid moves each governorate's hardship level (1.0 is the
 * hardship of Epstein's baseline; a level above 1 makes grievance worse).
 *
 * @param trucksPerDay the mean trucks Israel permits a day while the ceasefire holds, split among the crossings
 *     open to goods that day
 * @param crossingSchedule when each crossing takes trucks, and its share of them
 * @param trucksPerConvoy the most trucks travelling together as one convoy
 * @param convoyKmPerDay how far a convoy travels in a day towards its distribution point
 * @param northShare the share of convoys sent to northern Gaza (North Gaza and Gaza governorates)
 * @param divertedShareUnescorted share of an unescorted convoy's trucks diverted over its whole trip on ground
 *     fully held by armed groups (scaled by the control where it passes)
 * @param divertedShareEscorted the same share for an escorted convoy
 * @param peopleServedPerTruck people one truck a day supplies
 * @param coverageWindowDays days of deliveries averaged to measure a governorate's aid coverage
 * @param hardshipAdjustPerDay fraction of the gap to its target a hardship level closes in a day
 * @param hardshipFloor the hardship level under full aid coverage
 * @param hardshipCeiling the hardship level with no aid at all
 * @param initialHardshipLevel every governorate's hardship level on day 0
 * @param weeklyVariationCv coefficient of variation of the week's permit level around its mean (a mean-one
 *     log-normal multiplier by week)
 * @param weeklyVariationPersistence correlation of the log multiplier from one week to the next (log-AR(1))
 * @param strainedPermitFactor permitted trucks in a strained ceasefire, as a fraction of {@code trucksPerDay}
 * @param escalationPermitFactor permitted trucks in an escalation, as a fraction of {@code trucksPerDay}
 * @param collapsePermitFactor permitted trucks after a return to war, as a fraction of {@code trucksPerDay}
 * @param keremShalomCapacity most trucks Kerem Shalom passes in a day
 * @param kissufimCapacity most trucks Kissufim passes in a day
 * @param zikimCapacity most trucks Zikim passes in a day
 * @param erezCapacity most trucks Erez passes in a day (when a schedule opens it to goods)
 * @param rafahCapacity most trucks Rafah passes in a day (when a schedule opens it to goods)
 * @param crossingSecurityKm how near a crossing ISF troops or police must stand to secure it
 * @param securedCapacityFactor a secured crossing's capacity as a multiple of its normal capacity
 */
public record AidParameters(
        @Slider(min = 0, max = 1000) @Source("docs/sources.md#violations-and-aid Trucks actually entering (AP analysis of COGAT data): 459/day, 12 Oct-7 Dec 2025;"
                + " the agreed 600/day (docs/sources.md#violations-and-aid Aid target) is what a scenario can set") int trucksPerDay,
        @Source("docs/sources.md#geography Kerem Shalom, Kissufim, Zikim, Erez / Beit Hanoun, Rafah crossing; each entry names"
                + " its own source") List<CrossingSchedule> crossingSchedule,
        @Slider(min = 1, max = 100) @Source("assumption") int trucksPerConvoy,
        @Slider(min = 1, max = 100) @Source("assumption: damaged roads, checkpoints and crowds; Kerem Shalom to Gaza City (~35 km) takes"
                + " about two days") double convoyKmPerDay,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#peace-plan Jan 2025 benchmark: 600 trucks/day, half to northern Gaza") double northShare,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#aid-diversion UN2720 monitoring: about 5 % of collected supplies"
                + " intercepted or obstructed 10-28 Oct 2025, with Hamas's police in control west of the line; range 0.02-0.15")
        double divertedShareUnescorted,
        @Slider(min = 0, max = 1) @Source("assumption: an escort deters most diversion, a tenth of the unescorted share"
                + " (docs/sources.md#resolution-2803 ISF tasks: secure humanitarian corridors); range 0-0.025")
        double divertedShareEscorted,
        @Source("derived: 2,130,000 people (docs/sources.md#geography Population end 2025) / 600 trucks a day (docs/sources.md#violations-and-aid Aid"
                + " target) = 3,550") int peopleServedPerTruck,
        @Slider(min = 1, max = 30) @Source("assumption: one week smooths the arrival of whole convoys") int coverageWindowDays,
        @Slider(min = 0, max = 1) @Source("assumption") double hardshipAdjustPerDay,
        @Source("assumption") double hardshipFloor,
        @Source("assumption") double hardshipCeiling,
        @Slider(min = 0.5, max = 1.5) @Source("assumption: after two years of war, above Epstein's baseline of 1.0") double initialHardshipLevel,
        @Slider(min = 0, max = 1) @Source("derived: docs/sources.md#aid-flow the periods' daily means 89 (to ~21 Oct), ~220 (to 31 Oct,"
                + " Gaza Media Office) and ~610 (1 Nov-7 Dec, AP's 25,700 total less 3,203) give a CV of 0.5 with the ramp-up;"
                + " CENTCOM's five weeks of at least 4,200 show a steadier plateau -> 0.3; range 0.15-0.5") double weeklyVariationCv,
        @Slider(min = 0, max = 0.95) @Source("assumption: permit policy changes by steps that last a few weeks; range 0-0.8")
        double weeklyVariationPersistence,
        @Slider(min = 0, max = 1) @Source("derived: docs/sources.md#later-aid a third to a half of the agreed 600 a day (200-300)"
                + " after Feb 2026, over the 459 measured while the ceasefire held: 0.44-0.65 -> 0.65, range 0.44-1")
        double strainedPermitFactor,
        @Slider(min = 0, max = 1) @Source("derived: docs/sources.md#aid-flow COGAT cut the agreed 600 trucks to 300 on 14 Oct 2025"
                + " over hostages' remains (UN News) -> 0.5; range 0-0.65") double escalationPermitFactor,
        @Slider(min = 0, max = 1) @Source("assumption: a return to war stops the permits; range 0-0.3")
        double collapsePermitFactor,
        @Slider(min = 0, max = 2000) @Source("derived: docs/sources.md#aid-capacity Kerem Shalom handled 600-650 trucks a working"
                + " day in 2015 (Israel's Crossings Authority) -> 650; range 600-1,000") int keremShalomCapacity,
        @Slider(min = 0, max = 1000) @Source("assumption: a smaller crossing opened for aid in Nov 2024, a quarter of Kerem"
                + " Shalom; range 100-300") int kissufimCapacity,
        @Slider(min = 0, max = 1000) @Source("assumption: loads are scanned outside and reloaded on Palestinian trucks the next"
                + " day (docs/sources.md#geography Zikim), a quarter of Kerem Shalom; range 100-300") int zikimCapacity,
        @Slider(min = 0, max = 1000) @Source("assumption: a crossing for people, closed to goods by the default schedule;"
                + " range 0-200") int erezCapacity,
        @Slider(min = 0, max = 1000) @Source("assumption: open for people only from 2 Feb 2026 (docs/sources.md#geography Rafah"
                + " crossing); if a schedule opens it to goods, a quarter of Kerem Shalom; range 100-300") int rafahCapacity,
        @Slider(min = 0, max = 20) @Source("assumption: troops or police at the terminal or on the road out of it; range 1-5 km")
        double crossingSecurityKm,
        @Slider(min = 1, max = 3) @Source("assumption: guarded queues and loading move faster (docs/sources.md#cmcc Mission: help"
                + " aid into Gaza); range 1-1.5") double securedCapacityFactor)
        implements Serializable {

    /**
     * The agreed volume, 600 trucks a day (docs/sources.md#violations-and-aid Aid target), for scenarios that
     * assume it is met.
     */
    public static final int AGREED_TRUCKS_PER_DAY = 600;

    public AidParameters {
        Check.range("aid.trucksPerDay", trucksPerDay, 0, 100_000);
        crossingSchedule = Check.entries("aid.crossingSchedule", crossingSchedule);
        for (int i = 0; i < crossingSchedule.size(); i++) {
            for (int j = i + 1; j < crossingSchedule.size(); j++) {
                CrossingSchedule a = crossingSchedule.get(i);
                CrossingSchedule b = crossingSchedule.get(j);
                if (a.overlaps(b)) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "aid.crossingSchedule: two periods of %s overlap (%s..%s and %s..%s);"
                                    + " allowed: periods of one crossing that share no day",
                            a.crossing().displayName(), a.openFrom(), open(a.openUntil()), b.openFrom(),
                            open(b.openUntil())));
                }
            }
        }
        Check.range("aid.trucksPerConvoy", trucksPerConvoy, 1, 10_000);
        Check.range("aid.convoyKmPerDay", convoyKmPerDay, 0.1, 500.0);
        Check.range("aid.northShare", northShare, 0.0, 1.0);
        Check.range("aid.divertedShareUnescorted", divertedShareUnescorted, 0.0, 1.0);
        Check.range("aid.divertedShareEscorted", divertedShareEscorted, 0.0, 1.0);
        Check.range("aid.peopleServedPerTruck", peopleServedPerTruck, 1, 10_000_000);
        Check.range("aid.coverageWindowDays", coverageWindowDays, 1, 365);
        Check.range("aid.hardshipAdjustPerDay", hardshipAdjustPerDay, 0.0, 1.0);
        Check.range("aid.hardshipFloor", hardshipFloor, 0.0, 10.0);
        Check.range("aid.hardshipCeiling", hardshipCeiling, hardshipFloor, 10.0);
        Check.range("aid.initialHardshipLevel", initialHardshipLevel, hardshipFloor, hardshipCeiling);
        Check.range("aid.weeklyVariationCv", weeklyVariationCv, 0.0, 2.0);
        Check.range("aid.weeklyVariationPersistence", weeklyVariationPersistence, 0.0, 0.95);
        Check.range("aid.strainedPermitFactor", strainedPermitFactor, 0.0, 1.0);
        Check.range("aid.escalationPermitFactor", escalationPermitFactor, 0.0, 1.0);
        Check.range("aid.collapsePermitFactor", collapsePermitFactor, 0.0, 1.0);
        Check.range("aid.keremShalomCapacity", keremShalomCapacity, 0, 100_000);
        Check.range("aid.kissufimCapacity", kissufimCapacity, 0, 100_000);
        Check.range("aid.zikimCapacity", zikimCapacity, 0, 100_000);
        Check.range("aid.erezCapacity", erezCapacity, 0, 100_000);
        Check.range("aid.rafahCapacity", rafahCapacity, 0, 100_000);
        Check.range("aid.crossingSecurityKm", crossingSecurityKm, 0.0, 50.0);
        Check.range("aid.securedCapacityFactor", securedCapacityFactor, 1.0, 10.0);
    }

    public static AidParameters defaults() {
        return new AidParameters(459, defaultCrossingSchedule(), 20, 20.0, 0.5, 0.05, 0.005, 3_550, 7, 0.05, 0.5, 1.5,
                1.2, 0.3, 0.5, 0.65, 0.5, 0.0, 650, 150, 150, 100, 150, 2.0, 1.25);
    }

    /** The last day before every crossing shut on 28 Feb 2026 (docs/sources.md#later-context). */
    private static final LocalDate BEFORE_IRAN_WAR_CLOSURE = LocalDate.of(2026, 2, 27);
    /** The day Kerem Shalom began to reopen, 3 Mar 2026 (docs/sources.md#later-context). */
    private static final LocalDate AFTER_IRAN_WAR_CLOSURE = LocalDate.of(2026, 3, 3);

    /**
     * The crossings as they were after the ceasefire: Kerem Shalom and Kissufim open from day 0, Zikim
     * from its reopening on 12 Nov 2025, Rafah for passengers only from 2 Feb 2026, Erez closed (no entry);
     * every crossing shut from 28 Feb to 2 Mar 2026, when the war on Iran began.
     * Shares are an assumption consistent with Kerem Shalom carrying ~60% of goods before the war.
     */
    public static List<CrossingSchedule> defaultCrossingSchedule() {
        String closure = "; every crossing shut 28 Feb 2026 at the start of the war on Iran, Kerem Shalom reopened"
                + " step by step from 3 Mar (docs/sources.md#later-context); the others reopening with it: assumption";
        String kerem = "docs/sources.md#geography Kerem Shalom: main goods crossing (~60% of goods pre-war); open at"
                + " the ceasefire (docs/sources.md#geography Status snapshot, WHO)" + closure;
        String kissufim = "docs/sources.md#geography Kissufim: opened for aid Nov 2024; open at the ceasefire"
                + " (docs/sources.md#geography Status snapshot, WHO); share: assumption" + closure;
        String zikim = "docs/sources.md#geography Zikim: main entry for northern aid; closed 12 Sep 2025, reopened 12"
                + " Nov 2025; share: assumption" + closure;
        String rafah = "docs/sources.md#geography Rafah crossing: reopened 2 Feb 2026 for passengers only, so no"
                + " trucks" + closure;
        return List.of(
                new CrossingSchedule(Crossing.KEREM_SHALOM, TimelineParameters.CEASEFIRE, BEFORE_IRAN_WAR_CLOSURE, 0.6,
                        kerem),
                new CrossingSchedule(Crossing.KEREM_SHALOM, AFTER_IRAN_WAR_CLOSURE, null, 0.6, kerem),
                new CrossingSchedule(Crossing.KISSUFIM, TimelineParameters.CEASEFIRE, BEFORE_IRAN_WAR_CLOSURE, 0.2,
                        kissufim),
                new CrossingSchedule(Crossing.KISSUFIM, AFTER_IRAN_WAR_CLOSURE, null, 0.2, kissufim),
                new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 11, 12), BEFORE_IRAN_WAR_CLOSURE, 0.2, zikim),
                new CrossingSchedule(Crossing.ZIKIM, AFTER_IRAN_WAR_CLOSURE, null, 0.2, zikim),
                new CrossingSchedule(Crossing.RAFAH, LocalDate.of(2026, 2, 2), BEFORE_IRAN_WAR_CLOSURE, 0.0, rafah),
                new CrossingSchedule(Crossing.RAFAH, AFTER_IRAN_WAR_CLOSURE, null, 0.0, rafah));
    }

    /**
     * The share the schedule gives a crossing on a date (before renormalisation), 0 when it is not open
     * for goods (closed, or open for people only, as Rafah from 2 Feb 2026). Crossings without an entry (Erez: closed, docs/sources.md#geography Erez / Beit Hanoun) are
     * always 0.
     */
    public double scheduledShare(Crossing crossing, LocalDate date) {
        for (CrossingSchedule entry : crossingSchedule) {
            if (entry.crossing() == crossing && entry.openOn(date)) {
                return entry.truckShare();
            }
        }
        return 0.0;
    }

    /** A crossing's daily capacity in trucks, before any security bonus. */
    public int capacity(Crossing crossing) {
        return switch (crossing) {
            case KEREM_SHALOM -> keremShalomCapacity;
            case KISSUFIM -> kissufimCapacity;
            case ZIKIM -> zikimCapacity;
            case EREZ -> erezCapacity;
            case RAFAH -> rafahCapacity;
        };
    }

    private static String open(LocalDate until) {
        return until == null ? "open" : until.toString();
    }
}
