package org.isfsim.model.coordination;

import java.io.Serializable;
import org.isfsim.model.map.Governorate;

/**
 * A decision of the coordination centre: a sector for a contingent or a posting for a police
 * unit, decided on one day and taking effect on a later one.
 *
 * @param kind contingent or police unit
 * @param unitId the unit's id within its kind
 * @param sector the assigned sector (governorate)
 * @param requestDay the day the request entered the centre's queue
 * @param decidedDay the day the centre decided it
 * @param effectiveDay the day the unit receives it
 */
public record Tasking(UnitKind kind, int unitId, Governorate sector, int requestDay, int decidedDay,
        int effectiveDay) implements Serializable {
}
