package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The UN Security Council mandate: when the force is authorised, when the authorisation ends, and
 * how often progress is reported to the Council.
 *
 * @param authorisedDate the date the resolution is adopted
 * @param endDate the last day the force is authorised
 * @param reportingIntervalMonths months between written progress reports (0 = none)
 * @param reviewSecuredTarget secured share a review expects; below it the review calls for reinforcements
 * @param reviewReinforcementTroops troops a review that finds too little progress adds to the force
 * @param renewal how the renewal decision at the end of the mandate is made
 * @param renewalSecuredShare secured share at the end needed for an AUTO renewal
 * @param renewalBaseChance chance of a POLITICAL renewal when nothing has been secured
 * @param renewalProgressWeight what each unit of secured share adds to the chance of a POLITICAL renewal
 * @param renewalNoForceFactor factor on the chance of a POLITICAL renewal when no ISF troops are in Gaza
 * @param renewalMonths months a renewal extends the mandate by
 * @param withdrawalDays days the force takes to leave when the mandate ends unrenewed
 */
public record MandateParameters(
        @Source("docs/sources.md#resolution-2803 UNSC Resolution 2803 adopted 17 Nov 2025") LocalDate authorisedDate,
        @Source("docs/sources.md#resolution-2803 Mandate end: 31 Dec 2027; docs/sources.md#seed-article: \"until the end of 2027\"") LocalDate endDate,
        @Slider(min = 0, max = 24) @Source("docs/sources.md#seed-article: the working draft \"does not include any reporting requirements\"") int reportingIntervalMonths,
        @Slider(min = 0, max = 1) @Source("assumption") double reviewSecuredTarget,
        @Slider(min = 0, max = 10_000) @Source("assumption") int reviewReinforcementTroops,
        @Source("docs/sources.md#resolution-2803 Mandate end: 'subject to further Council action'; Reauthorization with Egypt and Israel") Renewal renewal,
        @Slider(min = 0, max = 1) @Source("assumption") double renewalSecuredShare,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#design-force-politics the Council renews most peace operations, but Resolution 2803 passed 13-0 with Russia and China abstaining (docs/sources.md#resolution-2803); assumption 0.6, range 0.3-0.9") double renewalBaseChance,
        @Slider(min = 0, max = 2) @Source("assumption: progress persuades the Council; a mission that secured the whole strip is renewed for sure; range 0-1") double renewalProgressWeight,
        @Slider(min = 0, max = 1) @Source("assumption: a mandate for a force that never deployed loses its point (docs/sources.md#later-force no ISF unit inside Gaza by mid-June 2026); range 0.2-1") double renewalNoForceFactor,
        @Slider(min = 1, max = 60) @Source("assumption: the first mandate ran about two years (docs/sources.md#resolution-2803 Drafting history: 2-year mandate)") int renewalMonths,
        @Slider(min = 0, max = 365) @Source("assumption") int withdrawalDays) implements Serializable {

    /** How the renewal decision at the end of the mandate is made. */
    public enum Renewal {
        /** Renewed when the mission has secured enough of the strip (the old rule, kept for comparison). */
        AUTO,
        /**
         * A political decision: renewed with chance {@code renewalBaseChance + renewalProgressWeight × secured share}
         * (at most 1), times {@code renewalNoForceFactor} when no ISF troops are in Gaza.
         */
        POLITICAL,
        /** Always renewed (a scenario's choice). */
        ALWAYS,
        /** Never renewed. */
        NEVER
    }

    public MandateParameters {
        Check.present("mandate.authorisedDate", authorisedDate);
        Check.present("mandate.endDate", endDate);
        Check.notBefore("mandate.endDate", endDate, "mandate.authorisedDate", authorisedDate);
        Check.range("mandate.reportingIntervalMonths", reportingIntervalMonths, 0, 120);
        Check.range("mandate.reviewSecuredTarget", reviewSecuredTarget, 0.0, 1.0);
        Check.range("mandate.reviewReinforcementTroops", reviewReinforcementTroops, 0, 1_000_000);
        Check.present("mandate.renewal", renewal);
        Check.range("mandate.renewalSecuredShare", renewalSecuredShare, 0.0, 1.0);
        Check.range("mandate.renewalBaseChance", renewalBaseChance, 0.0, 1.0);
        Check.range("mandate.renewalProgressWeight", renewalProgressWeight, 0.0, 100.0);
        Check.range("mandate.renewalNoForceFactor", renewalNoForceFactor, 0.0, 1.0);
        Check.range("mandate.renewalMonths", renewalMonths, 1, 1_200);
        Check.range("mandate.withdrawalDays", withdrawalDays, 0, 3_650);
    }

    public static MandateParameters defaults() {
        return new MandateParameters(LocalDate.of(2025, 11, 17), LocalDate.of(2027, 12, 31), 0, 0.3, 1_000,
                Renewal.POLITICAL, 0.3, 0.6, 0.4, 0.5, 24, 60);
    }

    /** Whether the mandate is in force on a date. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(authorisedDate) && !date.isAfter(endDate);
    }
}
