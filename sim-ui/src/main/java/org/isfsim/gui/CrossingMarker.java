package org.isfsim.gui;

import org.isfsim.model.map.Crossing;

/**
 * A land crossing as the map shows it and its inspector reports it: open when the aid schedule
 * opens it today (docs/sources.md#geography) and Israel has not closed the crossings after a violation.
 */
public final class CrossingMarker {
    private final Crossing crossing;
    private boolean scheduled;
    private boolean closedByIsrael;
    private double truckShare;
    private int trucksToday;

    CrossingMarker(Crossing crossing) {
        this.crossing = crossing;
    }

    void update(boolean scheduled, boolean closedByIsrael, double truckShare, int trucksToday) {
        this.scheduled = scheduled;
        this.closedByIsrael = closedByIsrael;
        this.truckShare = truckShare;
        this.trucksToday = trucksToday;
    }

    Crossing crossing() {
        return crossing;
    }

    public String getName() {
        return crossing.displayName();
    }

    /** Whether people or trucks can pass today. */
    public boolean isOpen() {
        return scheduled && !closedByIsrael;
    }

    /** Whether the aid schedule opens it today (before any closure). */
    public boolean isScheduledOpen() {
        return scheduled;
    }

    /** Whether Israel has closed the crossings today after a ceasefire violation. */
    public boolean isClosedByIsrael() {
        return closedByIsrael;
    }

    /** Its share of the day's aid trucks while open (0: people only, as Rafah). */
    public double getTruckShare() {
        return truckShare;
    }

    /** Aid trucks that entered through it today. */
    public int getTrucksToday() {
        return trucksToday;
    }

    @Override
    public String toString() {
        return crossing.displayName() + (isOpen() ? " (open)" : " (closed)");
    }
}
