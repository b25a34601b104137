package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the simulated period starts and how long it lasts. One step is one day; day 0 is the day
 * the ceasefire took effect.
 *
 * @param startDate the date of day 0
 * @param days the number of days simulated after day 0 (rows are written for days 0..days)
 */
public record TimelineParameters(
        @Source("docs/sources.md#timeline Ceasefire in effect: 10 Oct 2025") LocalDate startDate,
        @Slider(min = 1, max = 1600) @Source("docs/sources.md#design-time: the end of the mandate, 2027-12-31 (docs/sources.md#resolution-2803 Mandate end) is day 812") int days) implements Serializable {

    public static final LocalDate CEASEFIRE = LocalDate.of(2025, 10, 10);
    public static final LocalDate MANDATE_END = LocalDate.of(2027, 12, 31);

    public TimelineParameters {
        Check.present("timeline.startDate", startDate);
        Check.range("timeline.days", days, 1, 36_500);
    }

    public static TimelineParameters defaults() {
        return new TimelineParameters(CEASEFIRE, (int) ChronoUnit.DAYS.between(CEASEFIRE, MANDATE_END));
    }

    /** The day number of a date (negative before day 0). */
    public int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(startDate, date);
    }

    /** The date of a day number. */
    public LocalDate dateOf(int day) {
        return startDate.plusDays(day);
    }
}
