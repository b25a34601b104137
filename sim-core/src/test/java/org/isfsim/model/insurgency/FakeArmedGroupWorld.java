package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.security.SecurityUnit;

/** The strip as the groups see it in a test: the units the test puts there, and a record of what happened. */
final class FakeArmedGroupWorld implements ArmedGroupWorld {
    final List<SecurityUnit> units = new ArrayList<>();
    final List<ArmedGroupCell> violations = new ArrayList<>();
    final Set<SecurityUnit> accepted = new HashSet<>();
    int incidents;
    int lost;
    int civiliansKilled;
    int recruitCalls;
    int attacks;
    int recruited;
    int killed;
    int handedOver;
    int killedByStrike;
    double activePeople;
    double consent;
    boolean disarmament;

    @Override
    public List<SecurityUnit> securityUnits() {
        return units;
    }

    @Override
    public double recruitablePeopleWithin(GridCell at, int reach) {
        return activePeople;
    }

    @Override
    public int recruitCivilians(GridCell at, int reach, int people, int weapons, MersenneTwisterFast random) {
        recruitCalls++;
        return Math.min(people, weapons);
    }

    @Override
    public void killCivilians(GridCell cell, int people) {
        civiliansKilled += people;
    }

    @Override
    public void countIncident() {
        incidents++;
    }

    @Override
    public void unitLost(SecurityUnit unit, int count) {
        lost += count;
    }

    @Override
    public int ceasefireViolated(ArmedGroupCell group) {
        violations.add(group);
        // As the model's world does: Israel's answer removes the fighters it kills and counts them.
        int lost = group.lose(killedByStrike);
        fightersKilled(lost);
        return lost;
    }

    @Override
    public double hostilityFactor() {
        return 1.0;
    }

    @Override
    public double consentAt(int cellIndex) {
        return consent;
    }

    @Override
    public boolean disarmamentUnderway() {
        return disarmament;
    }

    @Override
    public boolean isAccepted(SecurityUnit unit) {
        return accepted.contains(unit);
    }

    @Override
    public void attacked(SecurityUnit unit) {
        attacks++;
    }

    @Override
    public void fightersRecruited(int count) {
        recruited += count;
    }

    @Override
    public void fightersKilled(int count) {
        killed += count;
    }

    @Override
    public void weaponsHandedOver(int count) {
        handedOver += count;
    }
}
