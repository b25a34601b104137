package org.isfsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#ARMED_GROUPS}: the security presence is taken, armed control moves by it and by the
 * consent the new order has, and the groups take their posture, move, recruit, lose fighters who leave,
 * attack and break the ceasefire.
 */
final class ArmedGroupsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ArmedGroupAdapter world;

    ArmedGroupsPhase(IsfModel model) {
        this.world = new ArmedGroupAdapter(model);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        model.presence().rebuild(model.contingents(), model.policeUnits(), model.civilians());
        model.insurgency().updateControl(model.heldZone(), model.presence().securityPeople(), world);
        model.combat().groupsAct(world, model.random);
    }
}
