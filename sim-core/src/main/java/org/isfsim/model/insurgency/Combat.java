package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.security.SecurityUnit;

/**
 * The armed groups' day and their fights with the security forces: each group recruits, attacks when
 * the local odds favour it and may break the ceasefire; demolition work may provoke a clash.
 */
public final class Combat implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Insurgency insurgency;
    private final InsurgencyParameters parameters;

    public Combat(Insurgency insurgency) {
        this.insurgency = insurgency;
        this.parameters = insurgency.parameters();
    }

    /**
     * Each group with fighters, in list order: it recruits, attacks if the odds favour it, then breaks
     * the ceasefire with a daily chance scaled by its control of its cell.
     */
    public void groupsAct(ArmedGroupWorld world, MersenneTwisterFast random) {
        for (ArmedGroupCell group : insurgency.groups()) {
            if (group.getFighters() == 0) {
                continue;
            }
            recruit(group, world, random);
            attackIfOddsFavour(group, world, random);
            if (random.nextDouble() < parameters.violationChancePerGroupDay() * insurgency.controlAt(group.getCell())) {
                world.ceasefireViolated(group);
            }
        }
    }

    /**
     * Active civilians within reach may join the group (docs/sources.md#design-armed-groups: "recruit from active
     * civilians"):
     * Poisson with mean recruitsPerActivePersonDay × active people within reach, as many as there are
     * spare weapons for; whole civilian agents leave the population, so people are conserved.
     */
    private void recruit(ArmedGroupCell group, ArmedGroupWorld world, MersenneTwisterFast random) {
        GridCell at = group.getCell();
        int reach = insurgency.reachCells();
        double activePeople = world.activePeopleWithin(at, reach);
        int wanted = Engagement.poisson(parameters.recruitsPerActivePersonDay() * activePeople, random);
        int joined = world.recruitCivilians(at, reach, wanted, insurgency.spareWeapons(), random);
        if (joined > 0) {
            insurgency.recruit(group, joined);
        }
    }

    /**
     * A group attacks the weakest security unit within reach when its fighters outnumber, by
     * {@code attackOdds}, all the security forces within reach that would come to the unit's aid
     * (docs/sources.md#design-armed-groups: "attack when local odds favour them").
     */
    private void attackIfOddsFavour(ArmedGroupCell group, ArmedGroupWorld world, MersenneTwisterFast random) {
        SecurityUnit weakest = null;
        double weakestStrength = Double.POSITIVE_INFINITY;
        double localStrength = 0;
        for (SecurityUnit unit : world.securityUnits()) {
            if (unit.isOnGround() && insurgency.withinReach(group.getCell(), unit.getPosition())) {
                double strength = unit.strength() * strengthPerPerson(unit);
                localStrength += strength;
                if (strength < weakestStrength) {
                    weakest = unit;
                    weakestStrength = strength;
                }
            }
        }
        if (weakest == null || group.getFighters() < parameters.attackOdds() * localStrength
                || !(random.nextDouble() < parameters.attackChancePerDay())) {
            return;
        }
        group.countAttack();
        fight(group, weakest, world, random);
    }

    /**
     * Demolition work may provoke a group within reach to fight back: with the daily attack chance,
     * scaled down by how far the security forces within reach outmatch it.
     */
    public void clashAtDemolition(SecurityUnit contingent, ArmedGroupWorld world, MersenneTwisterFast random) {
        double localStrength = 0;
        for (SecurityUnit unit : world.securityUnits()) {
            if (unit.isOnGround() && insurgency.withinReach(contingent.getPosition(), unit.getPosition())) {
                localStrength += unit.strength() * strengthPerPerson(unit);
            }
        }
        for (ArmedGroupCell group : insurgency.groups()) {
            if (group.getFighters() > 0 && insurgency.withinReach(group.getCell(), contingent.getPosition())) {
                double odds = Math.min(1.0, group.getFighters() / Math.max(1.0, parameters.attackOdds() * localStrength));
                if (random.nextDouble() < parameters.attackChancePerDay() * odds) {
                    fight(group, contingent, world, random);
                }
                return;
            }
        }
    }

    /** A unit's combat strength per soldier or officer, in fighter-equivalents. */
    private double strengthPerPerson(SecurityUnit unit) {
        return unit.kind() == UnitKind.POLICE_UNIT ? parameters.policeStrengthPerOfficer() * unit.effectiveness()
                : parameters.isfStrengthPerTroop();
    }

    /** A day of fighting between a group and a unit: losses on both sides and civilians in the crossfire. */
    private void fight(ArmedGroupCell group, SecurityUnit unit, ArmedGroupWorld world, MersenneTwisterFast random) {
        Engagement.Outcome outcome = Engagement.fight(group.getFighters(), unit.strength(), strengthPerPerson(unit),
                parameters.lethalityPerDay(), parameters.civilianCasualtiesPerIncident(), random);
        world.countIncident();
        group.lose(outcome.fightersKilled());
        int lost = unit.takeCasualties(outcome.defendersKilled());
        world.unitLost(unit, lost);
        world.killCivilians(unit.getPosition(), outcome.civiliansKilled());
    }
}
