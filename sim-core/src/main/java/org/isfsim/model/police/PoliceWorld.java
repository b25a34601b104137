package org.isfsim.model.police;

import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.Strip;
import org.isfsim.model.params.PoliceParameters;

/**
 * What a police unit sees of the strip: where it may serve (the map and the zone the IDF holds), whether
 * ISF troops are there to mentor it, how far people trust it, the hidden sites their tips reveal, and
 * whom it reports to.
 */
public interface PoliceWorld extends Strip {
    /** How police units grow in effectiveness and bring tips. */
    PoliceParameters police();

    /** Whether ISF troops are on station (patrolling or demolishing) in a governorate today. */
    boolean isfOnStationIn(Governorate g);

    /** The legitimacy civilians grant at a cell, 0..1. */
    double legitimacyAt(GridCell cell);

    /** A tip reveals one hidden site in a governorate, if any is left; returns whether one was. */
    boolean revealHiddenSiteIn(Governorate g);

    /** Shows the unit at a cell of the map. */
    void place(PoliceUnit unit, GridCell cell);

    /** Hands the day's report to the coordination centre. */
    void report(UnitReport report);
}
