package org.isfsim.model.coordination;

import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;

/**
 * What the coordination centre needs from the world beyond its reports: where to hand its taskings,
 * which known sites are left to destroy, the IDF's answer to a task near the yellow line, the
 * convoys on the road, and the (true) armed presence its intelligence estimates with noise.
 */
public interface CoordinationWorld {
    /** Hands a tasking that takes effect today to its unit. */
    void deliver(Tasking tasking);

    /**
     * The id of a discovered, intact site outside the held zone for a contingent at {@code from}
     * in {@code sector} (nearest first, in its sector if any), skipping those already targeted;
     * -1 when there is none.
     */
    int demolitionTarget(GridCell from, Governorate sector, boolean[] targeted);

    /** How many sites there are (to size the centre's bookkeeping). */
    int siteCount();

    /** Extra days for IDF approval of a task at a site (0 away from the line), or -1 when denied. */
    int approvalDelay(int siteId);

    /** Ids of the aid convoys on the road without an escort, in id order. */
    int[] convoysAwaitingEscort();

    /** Fighters in a sector, as the truth the centre's estimate is noisy about. */
    double fightersIn(Governorate sector);

    /** Reveals one hidden site through fused intelligence, if any is left; returns whether one was. */
    boolean revealByIntelligence();
}
