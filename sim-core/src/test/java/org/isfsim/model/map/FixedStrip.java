package org.isfsim.model.map;

/** A strip that never changes, for the fakes of the agents' ports: one map and its initial held zone. */
public abstract class FixedStrip implements Strip {
    private final GazaMap map;

    protected FixedStrip(GazaMap map) {
        this.map = map;
    }

    @Override
    public GazaMap map() {
        return map;
    }

    @Override
    public HeldZone heldZone() {
        return map.heldZone();
    }
}
