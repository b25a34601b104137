package org.isfsim.model.params;

import java.io.Serializable;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Governorate;

/**
 * Israel's decisions in the model: the IDF-held zone and its staged withdrawal on milestones,
 * strikes and crossing closures after violations, fire near the yellow line, approval of ISF tasks
 * near it, and a veto over contributing nations.
 *
 * @param withdrawalShares the held share at each stage: the yellow line, the "red line", the perimeter
 * @param stageInfrastructureDestroyed share of day-0 infrastructure destroyed needed for each stage after the first
 * @param stageSecuredShare share of the strip secured by the ISF and police needed for each stage after the first
 * @param strikeChanceAfterViolation chance Israel strikes after an armed-group violation
 * @param civiliansKilledPerStrike mean civilians killed by a strike
 * @param fightersKilledPerStrike mean fighters killed by a strike
 * @param closureChanceAfterViolation chance Israel closes the crossings after a violation
 * @param closureDays days the crossings stay closed
 * @param lineIncidentsPerDay incidents a day at the yellow line (fire on people approaching it)
 * @param civiliansKilledPerLineIncident mean civilians killed per line incident, at the ceasefire (day 0)
 * @param civiliansKilledPerLineIncidentFloor the mean it decays to when {@code lineLethalityDecayDays} > 0
 * @param lineLethalityDecayDays days for the excess of the mean over the floor to fall by a factor e;
 *     0 keeps the mean at {@code civiliansKilledPerLineIncident} every day
 * @param deconflictionKm how close to the held zone an ISF task needs IDF approval
 * @param approvalDelayDays extra days an approval takes
 * @param approvalDenialChance chance the IDF denies a task near the line
 * @param vetoedNations nations whose troops Israel refuses
 * @param vetoLifted whether the veto is lifted
 * @param withdrawalReviewDays days between Israel's reviews of whether the withdrawal milestones are met
 * @param idfKilledChancePerViolation chance that an armed-group violation kills an IDF soldier
 * @param idfDemolitionKmPerDay tunnel the IDF destroys a day inside the zone it holds
 * @param handoverOrder the order in which Israel hands held ground over, governorate by governorate, once a
 *     stage's milestones are met
 * @param handoverDays days between one governorate's handover and the next
 * @param extensionSharePerDay share of the strip the held zone grows by a day while the groups refuse to disarm
 *     and the ceasefire is strained or worse
 * @param extensionCap the held share the extension never goes beyond
 * @param lineExposureKm distance from the held zone within which people are exposed to fire at the line
 */
public record IsraelParameters(
        @Source("docs/sources.md#peace-plan Share held after each stage: ~53%, 40%, 15% [U]") List<Double> withdrawalShares,
        @Source("assumption; docs/sources.md#resolution-2803 IDF withdrawal 'based on standards, milestones and timeframes linked to demilitarization' (no body named)") List<Double> stageInfrastructureDestroyed,
        @Source("assumption; docs/sources.md#resolution-2803 'As the ISF establishes control and stability'") List<Double> stageSecuredShare,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#violations-and-aid Deadliest escalation: strikes after an IDF soldier was killed") double strikeChanceAfterViolation,
        @Slider(min = 0, max = 20) @Source("assumption; docs/sources.md#violations-and-aid 28-29 Oct 2025: 104 killed in one escalation (an extreme)") double civiliansKilledPerStrike,
        @Slider(min = 0, max = 20) @Source("assumption") double fightersKilledPerStrike,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#violations-and-aid Aid interruptions: Israel halted aid at least once") double closureChanceAfterViolation,
        @Slider(min = 0, max = 30) @Source("assumption") int closureDays,
        @Slider(min = 0, max = 30) @Source("derived: 591 violations in ~55 days (docs/sources.md#violations-and-aid, Gaza Govt Media Office [U]) ≈ 10.7 a day") double lineIncidentsPerDay,
        @Slider(min = 0, max = 2) @Source("derived and tuned by hand: 97 killed in 80 violations by ~20 Oct (≈ 1.2) and 357 in 591 (≈ 0.6), docs/sources.md#violations-and-aid [U], less what the escalations after IDF deaths kill (28-29 Oct: 104) -> 1.1 at day 0; range 0.6-1.2") double civiliansKilledPerLineIncident,
        @Slider(min = 0, max = 2) @Source("derived: about 233 more killed (≈575 by 10 Feb 2026, between the MoH's 442 on 12 Jan and 603 on 16 Feb, less 342 on 22 Nov) in about 1,100 more violations (497 on 22 Nov to >1,600 by 10 Feb; Gaza Govt Media Office) ≈ 0.2 for every death (docs/sources.md#violations-and-aid [U]); less the deaths the model gives to strikes (about one escalation round and a strike after every other armed-group violation in those 80 days) ≈ 0.15; range 0.1-0.2") double civiliansKilledPerLineIncidentFloor,
        @Slider(min = 0, max = 365) @Source("tuned by hand to docs/sources.md#violations-and-aid: killed per violation fell from ~1.2 (97 in 80 by ~20 Oct) and ~0.7 (342 in 497 by 22 Nov) to ~0.2 after 22 Nov [U], and to the MoH's 97/342/442/603 killed by days 10/43/94/129 (docs/sources.md#later-deaths) -> 13 days; range 8-30; 0 keeps the toll constant") double lineLethalityDecayDays,
        @Slider(min = 0, max = 5) @Source("assumption") double deconflictionKm,
        @Slider(min = 0, max = 30) @Source("assumption") int approvalDelayDays,
        @Slider(min = 0, max = 1) @Source("assumption") double approvalDenialChance,
        @Source("docs/sources.md#isf-pledges Turkey: Israel refuses; Israel on Pakistan: 'no'") List<String> vetoedNations,
        @Source("docs/sources.md#isf-pledges: Israel claims a veto over contributors") boolean vetoLifted,
        @Slider(min = 1, max = 365) @Source("assumption: a monthly review of the milestones; range 1-365") int withdrawalReviewDays,
        @Slider(min = 0, max = 1) @Source("derived: 4 IDF soldiers killed in 3 fatal incidents by mid-Feb 2026 (docs/sources.md#violations-and-aid IDF deaths after the ceasefire: 2 on 19 Oct, 1 on 28 Oct; docs/sources.md#later-deaths: 4 by 15 Feb), against about 50 armed-group violations in the model over those 129 days ≈ 0.06; range 0.03-0.2") double idfKilledChancePerViolation,
        @Slider(min = 0, max = 2) @Source("derived: the IDF kept fighting in the Rafah tunnels east of the line (docs/sources.md#hamas Fighters trapped in Rafah tunnels) and destroyed about 25 % of 560-720 km (≈ 160 km) in about 730 days of war (docs/sources.md#hamas Tunnels: remaining) ≈ 0.2 km a day; no post-ceasefire figure (docs/sources.md#later-hamas); range 0-0.5") double idfDemolitionKmPerDay,
        @Source("docs/sources.md#isf-pledges Concept of operations: deploy first around Rafah, then widen sector by sector; docs/sources.md#geography IDF-held areas: much of Rafah and Khan Younis") List<Governorate> handoverOrder,
        @Slider(min = 1, max = 180) @Source("assumption: a governorate's handover is a planned operation of a week or more; range 7-60") int handoverDays,
        @Slider(min = 0, max = 0.005) @Source("derived: docs/sources.md#ceasefire-dynamics Extension rate (~53 % to the orange line and 60 % by 28 May 2026, docs/sources.md#later-israel-zone) ≈ 0.001 a day; range 0.0005-0.002") double extensionSharePerDay,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#later-israel-zone Netanyahu: 'we now control 60 %' (28 May 2026) and told the IDF to go to 70 %; the orange line adds 9-11 %; range 0.55-0.70") double extensionCap,
        @Slider(min = 0, max = 5) @Source("assumption; docs/sources.md#geography Rules at the line: whoever crosses 'will be met with fire', most deaths near the line; range 0.5-2") double lineExposureKm) implements Serializable {

    public IsraelParameters {
        withdrawalShares = Check.entries("israel.withdrawalShares", withdrawalShares);
        stageInfrastructureDestroyed = Check.entries("israel.stageInfrastructureDestroyed",
                stageInfrastructureDestroyed);
        stageSecuredShare = Check.entries("israel.stageSecuredShare", stageSecuredShare);
        if (withdrawalShares.isEmpty()) {
            throw new InvalidInputException("israel.withdrawalShares: empty; allowed: at least one share",
                    "israel.withdrawalShares", null);
        }
        for (int i = 0; i < withdrawalShares.size(); i++) {
            Check.range("israel.withdrawalShares." + i, withdrawalShares.get(i), 0.0, 1.0);
            if (i > 0 && withdrawalShares.get(i) > withdrawalShares.get(i - 1)) {
                throw new InvalidInputException("israel.withdrawalShares: " + withdrawalShares
                        + " is not allowed; allowed: shares that never grow from one stage to the next",
                        "israel.withdrawalShares", null);
            }
        }
        if (stageInfrastructureDestroyed.size() != withdrawalShares.size() - 1
                || stageSecuredShare.size() != withdrawalShares.size() - 1) {
            throw new InvalidInputException("israel.stageInfrastructureDestroyed / stageSecuredShare: "
                    + "need one entry per stage after the first (" + (withdrawalShares.size() - 1) + ")",
                    stageInfrastructureDestroyed.size() != withdrawalShares.size() - 1
                            ? "israel.stageInfrastructureDestroyed" : "israel.stageSecuredShare", null);
        }
        stageInfrastructureDestroyed.forEach(v -> Check.range("israel.stageInfrastructureDestroyed", v, 0.0, 1.0));
        stageSecuredShare.forEach(v -> Check.range("israel.stageSecuredShare", v, 0.0, 1.0));
        Check.range("israel.strikeChanceAfterViolation", strikeChanceAfterViolation, 0.0, 1.0);
        Check.range("israel.civiliansKilledPerStrike", civiliansKilledPerStrike, 0.0, 10_000.0);
        Check.range("israel.fightersKilledPerStrike", fightersKilledPerStrike, 0.0, 10_000.0);
        Check.range("israel.closureChanceAfterViolation", closureChanceAfterViolation, 0.0, 1.0);
        Check.range("israel.closureDays", closureDays, 0, 365);
        Check.range("israel.lineIncidentsPerDay", lineIncidentsPerDay, 0.0, 10_000.0);
        Check.range("israel.civiliansKilledPerLineIncident", civiliansKilledPerLineIncident, 0.0, 1_000.0);
        Check.range("israel.civiliansKilledPerLineIncidentFloor", civiliansKilledPerLineIncidentFloor, 0.0, 1_000.0);
        Check.range("israel.lineLethalityDecayDays", lineLethalityDecayDays, 0.0, 10_000.0);
        Check.range("israel.deconflictionKm", deconflictionKm, 0.0, 50.0);
        Check.range("israel.approvalDelayDays", approvalDelayDays, 0, 365);
        Check.range("israel.approvalDenialChance", approvalDenialChance, 0.0, 1.0);
        vetoedNations = Check.entries("israel.vetoedNations", vetoedNations);
        Check.range("israel.withdrawalReviewDays", withdrawalReviewDays, 1, 365);
        Check.range("israel.idfKilledChancePerViolation", idfKilledChancePerViolation, 0.0, 1.0);
        Check.range("israel.idfDemolitionKmPerDay", idfDemolitionKmPerDay, 0.0, 1_000.0);
        Check.present("israel.handoverOrder", handoverOrder);
        if (handoverOrder.stream().anyMatch(java.util.Objects::isNull)
                || handoverOrder.stream().distinct().count() != handoverOrder.size()) {
            throw new InvalidInputException("israel.handoverOrder: " + handoverOrder
                    + " is not allowed; allowed: distinct governorates", "israel.handoverOrder", null);
        }
        handoverOrder = List.copyOf(handoverOrder);
        Check.range("israel.handoverDays", handoverDays, 1, 365);
        Check.range("israel.extensionSharePerDay", extensionSharePerDay, 0.0, 1.0);
        Check.range("israel.extensionCap", extensionCap, 0.0, 1.0);
        Check.range("israel.lineExposureKm", lineExposureKm, 0.0, 50.0);
    }

    public static IsraelParameters defaults() {
        return new IsraelParameters(List.of(0.53, 0.40, 0.15), List.of(0.3, 0.7), List.of(0.2, 0.5), 0.8, 3.0, 5.0,
                0.05, 3, 10.7, 1.1, 0.15, 13.0, 1.0, 3, 0.2, List.of("Turkey", "Pakistan"), false, 30, 0.06, 0.2,
                List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.DEIR_AL_BALAH, Governorate.GAZA,
                        Governorate.NORTH_GAZA), 14, 0.001, 0.60, 1.0);
    }

    /**
     * Mean civilians killed per line incident on a day: {@code civiliansKilledPerLineIncident} at day 0,
     * decaying exponentially towards {@code civiliansKilledPerLineIncidentFloor} with time constant
     * {@code lineLethalityDecayDays}; constant when that is 0.
     */
    public double civiliansKilledPerLineIncidentOn(int day) {
        if (lineLethalityDecayDays <= 0.0) {
            return civiliansKilledPerLineIncident;
        }
        return civiliansKilledPerLineIncidentFloor + (civiliansKilledPerLineIncident
                - civiliansKilledPerLineIncidentFloor) * Math.exp(-Math.max(0, day) / lineLethalityDecayDays);
    }

    /** Whether Israel keeps a nation's troops out. */
    public boolean vetoes(String nation) {
        return !vetoLifted && vetoedNations.contains(nation);
    }
}
