package org.isfsim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.insurgency.ArmedGroupCell;
import org.isfsim.model.insurgency.ArmedGroupWorld;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.security.SecurityUnit;

/** The strip as the armed groups see it, from the model's parts. */
final class ArmedGroupAdapter implements ArmedGroupWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;

    ArmedGroupAdapter(IsfModel model) {
        this.model = model;
    }

    @Override
    public List<SecurityUnit> securityUnits() {
        List<Contingent> contingents = model.contingents();
        List<SecurityUnit> all = new ArrayList<>(contingents.size() + model.policeUnits().size());
        all.addAll(contingents);
        all.addAll(model.policeUnits());
        return all;
    }

    @Override
    public double recruitablePeopleWithin(GridCell at, int reach) {
        return model.civilians().people(model.presence().recruitableAgentsWithin(at.x(), at.y(), reach));
    }

    @Override
    public int recruitCivilians(GridCell at, int reach, int people, int weapons, MersenneTwisterFast random) {
        return model.civilians().recruitPeople(at.x(), at.y(), reach, people, weapons, random);
    }

    @Override
    public void killCivilians(GridCell cell, int people) {
        model.events().killCiviliansInArmedGroupAttack(cell, people);
    }

    @Override
    public void countIncident() {
        model.events().countIncident();
    }

    @Override
    public void unitLost(SecurityUnit unit, int lost) {
        if (unit instanceof Contingent contingent) {
            model.events().countIsfCasualties(lost);
            model.forceRoster().recordLosses(contingent, lost);
        } else {
            model.events().countPoliceKilled(lost);
        }
    }

    @Override
    public int ceasefireViolated(ArmedGroupCell group) {
        model.events().countArmedGroupViolation();
        int before = model.events().fightersKilled();
        model.israel().strikeAfterViolation(group.getCell(), model.day(), model.events(), model.random);
        return model.events().fightersKilled() - before;
    }

    /** The ceasefire state's danger to the forces: 1 while it holds, more as it breaks down. */
    @Override
    public double hostilityFactor() {
        return model.ceasefire().dangerToForces();
    }

    @Override
    public double consentAt(int cellIndex) {
        return model.legitimacy().values()[cellIndex];
    }

    @Override
    public boolean disarmamentUnderway() {
        for (Contingent contingent : model.contingents()) {
            if (contingent.isOnGround() && contingent.isMayDisarm()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isAccepted(SecurityUnit unit) {
        return unit instanceof Contingent contingent
                && model.parameters().insurgency().strategy().acceptedNations().contains(contingent.getNation());
    }

    @Override
    public void attacked(SecurityUnit unit) {
        model.events().countAttack(unit instanceof Contingent);
    }

    @Override
    public void fightersRecruited(int count) {
        model.events().countFightersRecruited(count);
    }

    @Override
    public void fightersKilled(int count) {
        model.events().countFightersKilled(count);
    }

    @Override
    public void weaponsHandedOver(int count) {
        model.events().countWeaponsHandedOver(count);
    }
}
