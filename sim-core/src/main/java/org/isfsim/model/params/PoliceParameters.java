package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The vetted Palestinian police: recruitment and vetting, training abroad in cohorts, and
 * deployment to governorates.
 *
 * @param targetOfficers the long-term size of the force; recruitment stops when it is reached
 * @param initialGraduates officers already trained on day 0, waiting to be deployed
 * @param vettingDays days between recruiting a cohort's candidates and the course start
 * @param vettingPassRate the share of candidates who pass vetting
 * @param travelDays days from a posting decision to the officers' arrival in their governorate
 * @param deployOnlyWithIsf whether officers are posted only to sectors where ISF troops are present
 * @param infiltratorShare the share of those passing vetting who are armed-group members
 * @param initialEffectiveness an officer's effectiveness on the first day of duty (0..1)
 * @param effectivenessGainPerDay effectiveness gained a day on duty without ISF mentoring
 * @param mentoringFactor how many times faster effectiveness grows where ISF troops are in the same sector
 * @param tipsPerOfficerDay tips about hidden infrastructure per officer a day, at full effectiveness and legitimacy
 * @param trainingSites the training programmes abroad
 */
public record PoliceParameters(
        @Slider(min = 0, max = 30_000) @Source("docs/sources.md#isf-pledges Target size / docs/sources.md#police ISF-era target: 12,000 police") int targetOfficers,
        @Source("docs/sources.md#police Training duration / cohorts: first group of >500 trained in Cairo, March 2025") int initialGraduates,
        @Source("assumption") int vettingDays,
        @Slider(min = 0.01, max = 1) @Source("assumption") double vettingPassRate,
        @Slider(min = 0, max = 30) @Source("assumption") int travelDays,
        @Source("docs/sources.md#isf-pledges Concept of operations: deploy first in Rafah, train police there, then expand") boolean deployOnlyWithIsf,
        @Slider(min = 0, max = 0.5) @Source("assumption; docs/sources.md#police vetted lists, no criminal or terror ties; Hamas-affiliated civil servants may apply [U]") double infiltratorShare,
        @Slider(min = 0, max = 1) @Source("assumption") double initialEffectiveness,
        @Source("assumption") double effectivenessGainPerDay,
        @Slider(min = 1, max = 10) @Source("assumption; docs/sources.md#resolution-2803 ISF 'trains and supports' the police") double mentoringFactor,
        @Source("assumption; docs/sources.md#design-police: local police bring tips that reveal infrastructure") double tipsPerOfficerDay,
        @Source("docs/sources.md#police Egypt programme / Jordan facility; each entry names its own source") List<TrainingSite> trainingSites) implements Serializable {

    public PoliceParameters {
        Check.range("police.targetOfficers", targetOfficers, 0, 1_000_000);
        Check.range("police.initialGraduates", initialGraduates, 0, 1_000_000);
        Check.range("police.vettingDays", vettingDays, 0, 3_650);
        Check.range("police.vettingPassRate", vettingPassRate, 0.01, 1.0);
        Check.range("police.travelDays", travelDays, 0, 365);
        Check.range("police.infiltratorShare", infiltratorShare, 0.0, 1.0);
        Check.range("police.initialEffectiveness", initialEffectiveness, 0.0, 1.0);
        Check.range("police.effectivenessGainPerDay", effectivenessGainPerDay, 0.0, 1.0);
        Check.range("police.mentoringFactor", mentoringFactor, 1.0, 100.0);
        Check.range("police.tipsPerOfficerDay", tipsPerOfficerDay, 0.0, 1.0);
        trainingSites = Check.entries("police.trainingSites", trainingSites);
    }

    public static PoliceParameters defaults() {
        return new PoliceParameters(12_000, 500, 30, 0.7, 2, true, 0.02, 0.3, 0.002, 2.0, 0.0005, List.of(
                new TrainingSite("Egypt", 5_000, 500, 60, 1, LocalDate.of(2025, 9, 15),
                        "docs/sources.md#police Egypt programme size 5,000; two-month courses resumed from Sept 2025"
                                + " with hundreds more; cohort size 500 and start day: assumption"),
                new TrainingSite("Jordan", 7_000, 500, 60, 1, LocalDate.of(2026, 3, 1),
                        "derived: 12,000 target (docs/sources.md#police) less Egypt's 5,000; JIPTC ready"
                                + " (docs/sources.md#police Jordan facility); cohort size, course length and start:"
                                + " assumption")));
    }
}
