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
 */
public record MandateParameters(
        @Source("facts.md §1 UNSC Resolution 2803 adopted 17 Nov 2025") LocalDate authorisedDate,
        @Source("facts.md §1 Mandate end: 31 Dec 2027; seed article: \"until the end of 2027\"") LocalDate endDate,
        @Source("seed article: the working draft \"does not include any reporting requirements\"") int reportingIntervalMonths) implements Serializable {

    public MandateParameters {
        Check.present("mandate.authorisedDate", authorisedDate);
        Check.present("mandate.endDate", endDate);
        Check.notBefore("mandate.endDate", endDate, "mandate.authorisedDate", authorisedDate);
        Check.range("mandate.reportingIntervalMonths", reportingIntervalMonths, 0, 120);
    }

    public static MandateParameters defaults() {
        return new MandateParameters(LocalDate.of(2025, 11, 17), LocalDate.of(2027, 12, 31), 0);
    }

    /** Whether the mandate is in force on a date. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(authorisedDate) && !date.isAfter(endDate);
    }
}
