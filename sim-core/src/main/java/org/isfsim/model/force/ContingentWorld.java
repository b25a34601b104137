package org.isfsim.model.force;

import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Strip;
import org.isfsim.model.params.ForceParameters;

/**
 * What a contingent sees of the strip: where it may go (the map and the zone the IDF holds), what it
 * finds on patrol and destroys, who may fight it at a demolition, and whom it reports to.
 */
public interface ContingentWorld extends Strip {
    /** How contingents move, patrol and demolish. */
    ForceParameters force();

    /** Shows the contingent at a cell of the map. */
    void place(Contingent contingent, GridCell cell);

    /** Patrols find hidden sites within reach of a cell, each with a chance; returns how many were found. */
    int discoverNear(GridCell cell, double chance);

    /** Destroys up to {@code km} of a tunnel site, or a whole cache. */
    void demolish(InfrastructureSite site, double km);

    /** The demolition work may provoke a group within reach to fight the contingent. */
    void clashAtDemolition(Contingent contingent);

    /** Hands the day's report to the coordination centre. */
    void report(UnitReport report);
}
