package org.isfsim.gui;

import java.util.Arrays;
import java.util.Map;
import sim.util.Interval;

/**
 * The slider ranges of the Model tab: for each parameter where a slider helps, a range inside
 * what the model accepts (the records' checks; a test sets both ends of every range) and wide
 * enough for the questions the scenarios ask. Other numbers are typed in, and checked the same way.
 * Choices (enums) list their constants.
 */
final class ParameterDomains {
    private static final Map<String, Interval> SLIDERS = Map.ofEntries(
            ints("timeline.days", 1, 1600),
            ints("map.cellSizeMeters", 100, 1000),
            share("map.idfHeldShare"),
            ints("population.peoplePerAgent", 1, 1000),
            reals("civilians.visionKm", 0, 5),
            reals("civilians.arrestConstant", 0, 5),
            reals("civilians.threshold", -1, 1),
            ints("civilians.maxDetentionDays", 1, 365),
            share("legitimacy.base"),
            share("legitimacy.policeWeight"),
            share("legitimacy.isfWeight"),
            share("legitimacy.aidWeight"),
            reals("legitimacy.casualtyWeight", 0, 0.1),
            share("legitimacy.armedControlWeight"),
            share("legitimacy.oversightWeight"),
            ints("force.battalionSize", 100, 2000),
            reals("force.moveKmPerDay", 1, 100),
            reals("force.patrolKmPerDay", 0, 20),
            ints("force.troopsPerSector", 500, 20_000),
            reals("force.demolitionKmPerDay", 0, 2),
            share("force.patrolDiscoveryChance"),
            ints("force.reinforcementLeadDays", 0, 180),
            ints("force.reinforcementSpreadDays", 0, 365),
            share("force.reinforcementCasualtyTolerance"),
            ints("police.targetOfficers", 0, 30_000),
            reals("police.vettingPassRate", 0.01, 1),
            ints("police.travelDays", 0, 30),
            reals("police.infiltratorShare", 0, 0.5),
            share("police.initialEffectiveness"),
            reals("police.mentoringFactor", 1, 10),
            ints("coordination.members", 1, 200),
            ints("coordination.reportDelayDays", 0, 14),
            reals("coordination.decisionDaysBase", 0, 14),
            reals("coordination.decisionDaysPerTenMembers", 0, 5),
            reals("coordination.nationalCommandFactor", 1, 10),
            ints("coordination.tasksPerDay", 1, 200),
            reals("coordination.pictureNoise", 0, 2),
            reals("coordination.intelligenceFusionChancePerDay", 0, 0.2),
            ints("insurgency.fighters", 0, 50_000),
            ints("insurgency.weapons", 0, 150_000),
            ints("insurgency.fightersPerGroup", 10, 1000),
            reals("insurgency.tunnelKm", 0, 1000),
            ints("insurgency.caches", 0, 1000),
            share("insurgency.cachedWeaponsShare"),
            share("insurgency.initialControl"),
            reals("insurgency.controlGainPerDay", 0, 0.5),
            reals("insurgency.controlLossPerDay", 0, 0.5),
            ints("insurgency.fightersToHold", 1, 1000),
            ints("insurgency.securityToSecure", 1, 5000),
            reals("insurgency.reachKm", 0, 5),
            share("insurgency.attackChancePerDay"),
            reals("insurgency.attackOdds", 0, 10),
            reals("insurgency.isfStrengthPerTroop", 0, 10),
            reals("insurgency.policeStrengthPerOfficer", 0, 10),
            reals("insurgency.lethalityPerDay", 0, 0.2),
            reals("insurgency.civilianCasualtiesPerIncident", 0, 20),
            reals("insurgency.violationChancePerGroupDay", 0, 0.05),
            share("insurgency.weaponsMoveChance"),
            share("insurgency.leakedWeaponsMoveChance"),
            share("insurgency.authorityControl"),
            share("insurgency.securedPresence"),
            ints("aid.trucksPerDay", 0, 1000),
            ints("aid.trucksPerConvoy", 1, 100),
            reals("aid.convoyKmPerDay", 1, 100),
            share("aid.northShare"),
            share("aid.lootChancePerDayUnescorted"),
            share("aid.lootChancePerDayEscorted"),
            ints("aid.coverageWindowDays", 1, 30),
            share("aid.hardshipAdjustPerDay"),
            reals("aid.initialHardshipLevel", 0.5, 1.5),
            share("israel.strikeChanceAfterViolation"),
            reals("israel.civiliansKilledPerStrike", 0, 20),
            reals("israel.fightersKilledPerStrike", 0, 20),
            share("israel.closureChanceAfterViolation"),
            ints("israel.closureDays", 0, 30),
            reals("israel.lineIncidentsPerDay", 0, 30),
            reals("israel.civiliansKilledPerLineIncident", 0, 2),
            reals("israel.civiliansKilledPerLineIncidentFloor", 0, 2),
            reals("israel.lineLethalityDecayDays", 0, 365),
            reals("israel.deconflictionKm", 0, 5),
            ints("israel.approvalDelayDays", 0, 30),
            share("israel.approvalDenialChance"),
            ints("israel.withdrawalReviewDays", 1, 365),
            ints("mandate.reportingIntervalMonths", 0, 24),
            share("mandate.reviewSecuredTarget"),
            ints("mandate.reviewReinforcementTroops", 0, 10_000),
            share("mandate.renewalSecuredShare"),
            ints("mandate.renewalMonths", 1, 60),
            ints("mandate.withdrawalDays", 0, 365),
            ints("epstein.width", 10, 400),
            ints("epstein.height", 10, 400),
            reals("epstein.citizenDensity", 0, 0.95),
            reals("epstein.copDensity", 0, 0.05),
            ints("epstein.vision", 1, 20),
            share("epstein.legitimacy"),
            ints("epstein.maxJailTerm", 0, 1000),
            reals("epstein.arrestConstant", 0, 5),
            reals("epstein.threshold", -1, 1));

    private ParameterDomains() {
    }

    /** The domain of a parameter: its slider, its choices (an enum's constants) or null (a text field). */
    static Object of(String key, Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toArray(String[]::new);
        }
        return SLIDERS.get(key);
    }

    /** Every key with a slider (for tests). */
    static Map<String, Interval> sliders() {
        return SLIDERS;
    }

    private static Map.Entry<String, Interval> ints(String key, long min, long max) {
        return Map.entry(key, new Interval(min, max));
    }

    private static Map.Entry<String, Interval> reals(String key, double min, double max) {
        return Map.entry(key, new Interval(min, max));
    }

    private static Map.Entry<String, Interval> share(String key) {
        return reals(key, 0.0, 1.0);
    }
}
