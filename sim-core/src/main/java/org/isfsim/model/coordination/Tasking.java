package org.isfsim.model.coordination;

import java.io.Serializable;
import org.isfsim.model.map.Governorate;

/**
 * A decision of the coordination centre, decided on one day and taking effect on a later one.
 *
 * @param kind what the unit is tasked to do
 * @param unitKind contingent or police unit (the escorting contingent for an escort)
 * @param unitId the unit's id within its kind
 * @param sector the assigned sector (governorate) for a sector or posting, else null
 * @param objectId the site to destroy or the convoy to escort, else -1
 * @param requestDay the day the request entered the centre's queue
 * @param decidedDay the day the centre decided it
 * @param effectiveDay the day the unit receives it
 */
public record Tasking(TaskKind kind, UnitKind unitKind, int unitId, Governorate sector, int objectId, int requestDay,
        int decidedDay, int effectiveDay) implements Serializable {
}
