package org.isfsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** {@link DayPhase#POLICE}: recruits start training, cohorts graduate into units, and every unit serves. */
final class PolicePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final PoliceAdapter world;

    PolicePhase(IsfModel model) {
        this.world = new PoliceAdapter(model);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        int day = model.day();
        model.policeTraining().recruit(day, model.random);
        model.policeRoster().graduate(model.policeTraining().graduating(day), day);
        model.policeRoster().step(day, world, model.random);
    }
}
