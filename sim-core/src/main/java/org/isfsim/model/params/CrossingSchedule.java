package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import org.isfsim.model.map.Crossing;

/**
 * One period during which a crossing takes aid trucks, and its share of the day's trucks. On a day,
 * the trucks are split among the crossings open that day in proportion to their shares (renormalised
 * over those crossings), so shares need not sum to one. A period with a positive share opens the crossing
 * to goods (trucks); a share of zero opens it to people only (Rafah from 2 Feb 2026), so no truck enters
 * there. {@code source} says where the dates and the share come from.
 *
 * @param crossing the crossing
 * @param openFrom the first day it takes trucks
 * @param openUntil the last day it takes trucks (inclusive), or null if open to the end of the run
 * @param truckShare its relative share of the day's trucks, in [0, 1]
 * @param source provenance of these figures
 */
public record CrossingSchedule(
        Crossing crossing,
        LocalDate openFrom,
        LocalDate openUntil,
        double truckShare,
        String source) implements Serializable {

    public CrossingSchedule {
        Check.present("aid.crossingSchedule.crossing", crossing);
        String name = crossing.displayName();
        Check.present("aid.crossingSchedule.openFrom (" + name + ")", openFrom);
        if (openUntil != null) {
            Check.notBefore("aid.crossingSchedule.openUntil (" + name + ")", openUntil, "openFrom", openFrom);
        }
        Check.range("aid.crossingSchedule.truckShare (" + name + ")", truckShare, 0.0, 1.0);
        Check.name("aid.crossingSchedule.source (" + name + ")", source);
    }

    /** Whether the period includes the date. */
    public boolean openOn(LocalDate date) {
        return !date.isBefore(openFrom) && (openUntil == null || !date.isAfter(openUntil));
    }

    /** Whether the period opens the crossing to goods on the date (not only to people). */
    public boolean openForGoodsOn(LocalDate date) {
        return truckShare > 0.0 && openOn(date);
    }

    /** Whether this period and another of the same crossing share a day. */
    boolean overlaps(CrossingSchedule other) {
        boolean thisEndsBefore = openUntil != null && openUntil.isBefore(other.openFrom);
        boolean otherEndsBefore = other.openUntil != null && other.openUntil.isBefore(openFrom);
        return crossing == other.crossing && !thisEndsBefore && !otherEndsBefore;
    }
}
