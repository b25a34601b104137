package org.isfsim.model.map;

/**
 * The Gaza Strip as a unit on the ground sees it: its cells and governorates, and the zone the IDF holds
 * today, which ISF contingents and police units do not enter. The ports of the agent kinds that move on the
 * map extend it.
 */
public interface Strip {
    /** The strip's cells and governorates. */
    GazaMap map();

    /** The zone the IDF holds today. */
    HeldZone heldZone();
}
