package org.isfsim.model;

import java.io.Serializable;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.map.Strip;

/** The strip's map and held zone as the model has them today, shared by the adapters of units that move on it. */
abstract class StripAdapter implements Strip, Serializable {
    private static final long serialVersionUID = 1L;

    /** The model whose parts the adapter delegates to. */
    protected final IsfModel model;

    StripAdapter(IsfModel model) {
        this.model = model;
    }

    @Override
    public GazaMap map() {
        return model.map();
    }

    @Override
    public HeldZone heldZone() {
        return model.heldZone();
    }
}
