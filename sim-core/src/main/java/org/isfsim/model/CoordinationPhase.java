package org.isfsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** {@link DayPhase#COORDINATION}: the coordination centre reads yesterday's reports and tasks units. */
final class CoordinationPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CoordinationAdapter world;

    CoordinationPhase(IsfModel model) {
        this.world = new CoordinationAdapter(model);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        model.coordinationCentre().step(model.day(), model.date(), world, model.random);
    }
}
