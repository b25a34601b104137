package org.isfsim.model.aid;

import java.io.Serializable;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;

/**
 * A group of aid trucks that entered at one crossing on one day and travels together to the
 * distribution point of a governorate (docs/sources.md#design-aid-convoys). Armed groups may divert some of its
 * trucks on the way
 * (docs/sources.md#resolution-2803 Humanitarian clause: aid must not be diverted by armed groups); the coordination
 * centre may assign it an ISF escort (docs/sources.md#resolution-2803 ISF tasks: secure humanitarian corridors).
 */
public final class AidConvoy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final Crossing origin;
    private final Governorate destination;
    private final GridCell destinationCell;
    private int trucks;
    private final int entryDay;
    private GridCell position;
    private ConvoyStatus status = ConvoyStatus.EN_ROUTE;
    private boolean escorted;
    private int daysTravelled;

    AidConvoy(int id, Crossing origin, Governorate destination, GridCell destinationCell, int trucks, int entryDay,
            GridCell entryCell) {
        this.id = id;
        this.origin = origin;
        this.destination = destination;
        this.destinationCell = destinationCell;
        this.trucks = trucks;
        this.entryDay = entryDay;
        this.position = entryCell;
    }

    /** Moves on to where the day's travel ended. */
    void travelTo(GridCell cell) {
        position = cell;
        daysTravelled++;
    }

    /**
     * Armed groups take some of the trucks; the convoy carries on with the rest, or is lost when none is left.
     */
    void divert(int diverted) {
        if (diverted < 0 || diverted > trucks) {
            throw new IllegalArgumentException("cannot divert " + diverted + " of " + trucks + " trucks");
        }
        trucks -= diverted;
        if (trucks == 0) {
            status = ConvoyStatus.LOOTED;
        }
    }

    void markLooted() {
        status = ConvoyStatus.LOOTED;
    }

    void markDelivered() {
        status = ConvoyStatus.DELIVERED;
    }

    public int getId() {
        return id;
    }

    /** The crossing the trucks entered by. */
    public Crossing getOrigin() {
        return origin;
    }

    /** The governorate whose distribution point the convoy heads for. */
    public Governorate getDestination() {
        return destination;
    }

    /** The distribution point: the governorate's centre cell. */
    public GridCell getDestinationCell() {
        return destinationCell;
    }

    /** The trucks still in the convoy (fewer than it set out with once some are diverted). */
    public int getTrucks() {
        return trucks;
    }

    public GridCell getPosition() {
        return position;
    }

    public ConvoyStatus getStatus() {
        return status;
    }

    /** Whether ISF troops escort the convoy, which makes looting much less likely. */
    public boolean isEscorted() {
        return escorted;
    }

    /** Set by the coordination centre when it assigns (or withdraws) an escort. */
    public void setEscorted(boolean escorted) {
        this.escorted = escorted;
    }

    /** The day the trucks entered the strip. */
    public int getEntryDay() {
        return entryDay;
    }

    /** Days the convoy has been on the road, its entry day included. */
    public int getDaysTravelled() {
        return daysTravelled;
    }

    @Override
    public String toString() {
        return "aid convoy " + id + " (" + trucks + " trucks, " + origin.displayName() + " -> "
                + destination.displayName() + ", " + status + (escorted ? ", escorted" : "") + ")";
    }
}
