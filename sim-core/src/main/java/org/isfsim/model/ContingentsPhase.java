package org.isfsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** {@link DayPhase#CONTINGENTS}: every contingent moves, patrols or demolishes, in order of arrival. */
final class ContingentsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ContingentAdapter world;

    ContingentsPhase(IsfModel model) {
        this.world = new ContingentAdapter(model);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        model.forceRoster().step(model.day(), world, model.random);
    }
}
