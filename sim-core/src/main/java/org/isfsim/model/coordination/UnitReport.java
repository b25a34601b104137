package org.isfsim.model.coordination;

import java.io.Serializable;
import org.isfsim.model.map.Governorate;

/**
 * A unit's daily situation report to the coordination centre: who, when sent, what it is doing,
 * where, and with how many people. It reaches the centre {@code coordination.reportDelayDays} later.
 *
 * @param kind contingent or police unit
 * @param unitId the unit's id within its kind
 * @param sentDay the day the report was sent
 * @param status what the unit is doing
 * @param sector the sector it is in or heading for (null while awaiting tasking)
 * @param strength troops or officers
 */
public record UnitReport(UnitKind kind, int unitId, int sentDay, ReportStatus status, Governorate sector,
        int strength) implements Serializable {
}
