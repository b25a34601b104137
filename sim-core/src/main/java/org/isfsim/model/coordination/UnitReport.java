package org.isfsim.model.coordination;

import java.io.Serializable;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;

/**
 * A unit's daily situation report to the coordination centre: who, when sent, what it is doing,
 * where, with how many people, and whether its nation accepts the disarmament role. It reaches the
 * centre {@code coordination.reportDelayDays} later.
 *
 * @param kind contingent or police unit
 * @param unitId the unit's id within its kind
 * @param sentDay the day the report was sent
 * @param status what the unit is doing
 * @param sector the sector it is in or heading for (null while awaiting tasking)
 * @param strength troops or officers
 * @param position where it is (null while abroad)
 * @param disarmRole whether its nation lets it destroy infrastructure
 */
public record UnitReport(UnitKind kind, int unitId, int sentDay, ReportStatus status, Governorate sector,
        int strength, GridCell position, boolean disarmRole) implements Serializable {
}
