package org.isfsim.model;

import java.util.Arrays;
import org.isfsim.model.map.Crossing;
import sim.engine.SimState;
import sim.engine.Steppable;

/** {@link DayPhase#AID}: trucks enter at the crossings Israel keeps open and convoys travel, or are looted. */
final class AidPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final boolean[] crossingClosed = new boolean[Crossing.values().length];

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        Arrays.fill(crossingClosed, model.israel().crossingsClosed(model.day()));
        model.aid().step(model.day(), crossingClosed, model.insurgency().control(), model.random);
    }
}
