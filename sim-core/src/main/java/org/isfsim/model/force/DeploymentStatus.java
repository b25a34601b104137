package org.isfsim.model.force;

/** Where one pledge stands on its way from a promise to troops in Gaza (docs/sources.md#design-force-politics). */
public enum DeploymentStatus {
    /** Not yet decided: before its planned date, or waiting for its conditions and its government. */
    WAITING,
    /** Decided: the lead time runs while the conditions hold. */
    DECIDED,
    /** On hold by the nation's own decision; it may take it up again. */
    SUSPENDED,
    /** Its troops have entered (its battalions arrive over the pledge's spread). */
    ENTERED,
    /** The nation has left the force. */
    WITHDRAWN
}
