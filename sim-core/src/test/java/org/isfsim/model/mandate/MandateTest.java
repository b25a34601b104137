package org.isfsim.model.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.MandateParameters.Renewal;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The UN Security Council mandate (docs/sources.md#resolution-2803: Resolution 2803 adopted 17 Nov 2025, in force until
 * 31 Dec
 * 2027 "subject to further Council action", a written progress report every six months).
 */
class MandateTest {
    private static final LocalDate ADOPTED = LocalDate.of(2025, 11, 17);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private static Mandate mandate(int reportingMonths, Renewal renewal) {
        return mandate(ADOPTED, reportingMonths, renewal);
    }

    /** Review target 0.3, 1,000 troops per reinforcement, AUTO threshold 0.3, 24-month renewals. */
    private static Mandate mandate(LocalDate adopted, int reportingMonths, Renewal renewal) {
        return new Mandate(Parameters.defaults().with("mandate", Map.ofEntries(Map.entry("authorisedDate", adopted),
                Map.entry("endDate", END), Map.entry("reportingIntervalMonths", reportingMonths),
                Map.entry("reviewSecuredTarget", 0.3), Map.entry("reviewReinforcementTroops", 1_000),
                Map.entry("renewal", renewal), Map.entry("renewalSecuredShare", 0.3),
                Map.entry("renewalBaseChance", 0.6), Map.entry("renewalProgressWeight", 0.4),
                Map.entry("renewalNoForceFactor", 0.5), Map.entry("renewalMonths", 24),
                Map.entry("withdrawalDays", 60))).mandate());
    }

    /** Calls review every day from the adoption to the last day; returns the dates that added troops. */
    private static List<LocalDate> reviewDaily(Mandate m, LocalDate last, double securedShare) {
        List<LocalDate> reinforced = new ArrayList<>();
        for (LocalDate d = ADOPTED.minusDays(10); !d.isAfter(last); d = d.plusDays(1)) {
            int troops = m.review(d, securedShare);
            if (troops > 0) {
                assertEquals(1_000, troops);
                reinforced.add(d);
            }
        }
        return reinforced;
    }

    @Test
    void activeFromAdoptionToTheEndDateInclusive() {
        Mandate m = new Mandate(MandateParameters.defaults());
        assertEquals(ADOPTED, m.authorisedDate());
        assertEquals(END, m.endDate());
        assertFalse(m.isActive(LocalDate.of(2025, 10, 10)), "not at the ceasefire");
        assertFalse(m.isActive(ADOPTED.minusDays(1)));
        assertTrue(m.isActive(ADOPTED));
        assertTrue(m.isActive(LocalDate.of(2026, 12, 31)));
        assertTrue(m.isActive(END));
        assertFalse(m.isActive(END.plusDays(1)));
    }

    @Test
    void withoutReportingThereIsNeverAReview() {
        Mandate m = mandate(0, Renewal.AUTO);
        assertTrue(reviewDaily(m, END.plusYears(1), 0.0).isEmpty());
        assertEquals(0, m.reviews());
    }

    @Test
    void sixMonthlyReportsReviewOnTheSixMonthlyDatesOnly() {
        Mandate m = mandate(6, Renewal.AUTO);
        List<LocalDate> reinforced = reviewDaily(m, END, 0.1);
        assertEquals(List.of(LocalDate.of(2026, 5, 17), LocalDate.of(2026, 11, 17), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 11, 17)), reinforced);
        assertEquals(4, m.reviews());
    }

    @Test
    void aReviewReinforcesOnlyWhenTheSecuredShareIsBelowTarget() {
        Mandate enough = mandate(6, Renewal.AUTO);
        assertTrue(reviewDaily(enough, END, 0.3).isEmpty(), "0.3 meets the 0.3 target");
        assertEquals(4, enough.reviews(), "the reviews still take place");

        Mandate short1 = mandate(6, Renewal.AUTO);
        assertEquals(0, short1.review(LocalDate.of(2026, 5, 16), 0.0));
        assertEquals(1_000, short1.review(LocalDate.of(2026, 5, 17), 0.29));
        assertEquals(0, short1.review(LocalDate.of(2026, 5, 17), 0.0), "one review per report");
        assertEquals(0, short1.review(LocalDate.of(2026, 11, 17), 0.31));
        assertEquals(1_000, short1.review(LocalDate.of(2027, 5, 17), 0.0));
        assertEquals(3, short1.reviews());
    }

    @Test
    void aReportDueWhileNobodyCheckedIsHeldAtTheNextCheck() {
        Mandate m = mandate(6, Renewal.AUTO);
        assertEquals(1_000, m.review(LocalDate.of(2026, 6, 1), 0.0));
        assertEquals(0, m.review(LocalDate.of(2026, 6, 2), 0.0));
        assertEquals(1_000, m.review(LocalDate.of(2026, 11, 17), 0.0));
    }

    @Test
    void noReviewAfterTheMandateEnds() {
        Mandate m = mandate(6, Renewal.NEVER);
        reviewDaily(m, END, 0.0);
        assertFalse(m.decideRenewal(END, 0.0, true, null));
        assertEquals(0, m.review(LocalDate.of(2028, 5, 17), 0.0));
        assertEquals(4, m.reviews());
    }

    @Test
    void alwaysRenewsByRenewalMonths() {
        Mandate m = mandate(0, Renewal.ALWAYS);
        assertFalse(m.decideRenewal(END.minusDays(1), 0.0, true, null), "decided only on the end date");
        assertEquals(END, m.endDate());
        assertTrue(m.decideRenewal(END, 0.0, true, null));
        assertEquals(LocalDate.of(2029, 12, 31), m.endDate());
        assertEquals(1, m.renewals());
        assertFalse(m.lapsed());
        assertTrue(m.isActive(END.plusDays(1)));
        assertTrue(m.isActive(LocalDate.of(2029, 12, 31)));
        assertFalse(m.isActive(LocalDate.of(2030, 1, 1)));
        assertFalse(m.decideRenewal(END, 0.0, true, null), "the old end date is no longer the end");
        assertTrue(m.decideRenewal(LocalDate.of(2029, 12, 31), 0.0, true, null));
        assertEquals(LocalDate.of(2031, 12, 31), m.endDate());
        assertEquals(2, m.renewals());
    }

    @Test
    void neverLapses() {
        Mandate m = mandate(0, Renewal.NEVER);
        assertFalse(m.decideRenewal(END, 1.0, true, null));
        assertTrue(m.lapsed());
        assertEquals(END, m.endDate());
        assertEquals(0, m.renewals());
        assertTrue(m.isActive(END));
        assertFalse(m.isActive(END.plusDays(1)));
    }

    @Test
    void autoFollowsTheSecuredShare() {
        Mandate low = mandate(0, Renewal.AUTO);
        assertFalse(low.decideRenewal(END, 0.29, true, null));
        assertTrue(low.lapsed());
        assertFalse(low.isActive(END.plusDays(1)));

        Mandate enough = mandate(0, Renewal.AUTO);
        assertTrue(enough.decideRenewal(END, 0.3, true, null));
        assertFalse(enough.lapsed());
        assertEquals(LocalDate.of(2029, 12, 31), enough.endDate());
    }

    @Test
    void reviewsContinueThroughARenewal() {
        Mandate m = mandate(6, Renewal.ALWAYS);
        reviewDaily(m, END, 0.5);
        assertTrue(m.decideRenewal(END, 0.5, true, null));
        assertEquals(1_000, m.review(LocalDate.of(2028, 5, 17), 0.0));
        assertEquals(5, m.reviews());
    }

    @Test
    void oversightOnlyWithReportingAndWhileActive() {
        Mandate silent = mandate(0, Renewal.AUTO);
        Mandate reporting = mandate(6, Renewal.NEVER);
        for (LocalDate d : List.of(ADOPTED, LocalDate.of(2026, 7, 1), END)) {
            assertFalse(silent.underOversight(d), d.toString());
            assertTrue(reporting.underOversight(d), d.toString());
        }
        assertFalse(reporting.underOversight(ADOPTED.minusDays(1)));
        assertFalse(reporting.underOversight(END.plusDays(1)));
        reporting.decideRenewal(END, 1.0, true, null);
        assertFalse(reporting.underOversight(END.plusDays(1)));
    }

    /**
     * A resolution adopted on 31 August should report on the last day of February and on 31 August each
     * year; adding six months to the previous report date instead drifts to the 28th for good.
     */
    @Test
    void reportDatesDoNotDriftAfterAShortMonth() {
        LocalDate adopted = LocalDate.of(2025, 8, 31);
        Mandate m = mandate(adopted, 6, Renewal.AUTO);
        List<LocalDate> reinforced = new ArrayList<>();
        for (LocalDate d = adopted; !d.isAfter(END); d = d.plusDays(1)) {
            if (m.review(d, 0.0) > 0) {
                reinforced.add(d);
            }
        }
        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 8, 31), LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 8, 31)), reinforced);
    }

    /** A POLITICAL renewal: base 0.6 + 0.4 × secured share, halved with no force in Gaza, drawn once. */
    @Test
    void aPoliticalRenewalIsDrawnWithItsStatedChance() {
        Mandate m = mandate(0, Renewal.POLITICAL);
        assertEquals(0.6, m.renewalChance(0.0, true), 1e-12);
        assertEquals(0.8, m.renewalChance(0.5, true), 1e-12);
        assertEquals(1.0, m.renewalChance(1.0, true), 1e-12);
        assertEquals(0.3, m.renewalChance(0.0, false), 1e-12, "no force deployed: half the chance");
        int renewed = 0;
        int runs = 2_000;
        for (int seed = 0; seed < runs; seed++) {
            Mandate one = mandate(0, Renewal.POLITICAL);
            if (one.decideRenewal(END, 0.25, false, new ec.util.MersenneTwisterFast(seed))) {
                renewed++;
            } else {
                assertTrue(one.lapsed());
            }
        }
        assertEquals(0.35, renewed / (double) runs, 0.03, "(0.6 + 0.4 × 0.25) × 0.5");
    }
}
