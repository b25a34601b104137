package org.isfsim.model.police;

/** Where a unit of newly trained police officers is on its way into service. */
public enum PoliceUnitStatus {
    /** Graduated abroad, waiting for the coordination centre to post it. */
    AWAITING_POSTING,
    /** Posted, travelling to its governorate. */
    TRAVELLING,
    /** On duty in its governorate. */
    DEPLOYED
}
