package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.params.ArmedGroupStrategyParameters;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.security.SecurityUnit;

/**
 * The armed groups' day and their fights with the security forces. Weapons come in while tunnels stand;
 * then each group takes its posture, moves where it is needed, recruits and loses fighters who leave, makes
 * stand-off attacks by its posture (no local superiority needed), assaults when the local odds favour it and
 * may break the ceasefire; demolition work may provoke a clash.
 */
public final class Combat implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Insurgency insurgency;
    private final InsurgencyParameters parameters;
    private final ArmedGroupStrategyParameters strategy;
    private final PostureRule postureRule;
    private final Gathering gathering;
    private final FighterFlows flows;
    private final int standOffRangeCells;

    public Combat(Insurgency insurgency) {
        this.insurgency = insurgency;
        this.parameters = insurgency.parameters();
        this.strategy = parameters.strategy();
        this.postureRule = new PostureRule(strategy);
        this.gathering = new Gathering(insurgency);
        this.flows = new FighterFlows(insurgency);
        this.standOffRangeCells = (int) Math.round(strategy.standOffRangeKm() * 1000.0 / insurgency.map().cellSizeMeters());
    }

    /**
     * The groups' day: weapons come in; then each group with fighters, in list order, takes its posture,
     * moves, recruits, loses those who leave, makes a stand-off attack with its posture's daily chance,
     * assaults if the odds favour it, then breaks the ceasefire with a daily chance scaled by its control of
     * its cell. Today's operations are then forgotten.
     */
    public void groupsAct(ArmedGroupWorld world, MersenneTwisterFast random) {
        List<SecurityUnit> units = world.securityUnits();
        insurgency.supplyWeapons(random);
        boolean process = world.disarmamentUnderway();
        double hostility = world.hostilityFactor();
        for (ArmedGroupCell group : insurgency.groups()) {
            if (group.getFighters() == 0) {
                continue;
            }
            group.updatePosture(postureRule, postureRule.standingProvocation(rejectedPresence(group, units, world),
                    insurgency.refusesDisarmament(), insurgency.holdsItsCell(group)));
            gathering.move(group);
            flows.recruit(group, world, random);
            flows.exits(group, process, world, random);
            if (group.getFighters() == 0) {
                continue;
            }
            standOff(group, units, hostility, world, random);
            attackIfOddsFavour(group, units, world, random);
            if (random.nextDouble() < parameters.violationChancePerGroupDay() * insurgency.controlAt(group.getCell())) {
                // Israel's answer kills its fighters through the world (and the world counts them).
                if (world.ceasefireViolated(group) > 0) {
                    group.provoke(strategy.pressurePerStrike());
                }
            }
        }
        insurgency.endDay();
    }

    /**
     * ISF troops on the ground within reach of a group, those of accepted nations weighted by
     * {@code acceptedPresenceFactor}, over the personnel that secure a cell: the foreign presence the group
     * resents (police are Palestinian and do not count).
     */
    double rejectedPresence(ArmedGroupCell group, List<SecurityUnit> units, ArmedGroupWorld world) {
        double troops = 0;
        for (SecurityUnit unit : units) {
            if (unit.kind() == UnitKind.CONTINGENT && unit.isOnGround()
                    && insurgency.withinReach(group.getCell(), unit.getPosition())) {
                troops += unit.strength() * (world.isAccepted(unit) ? strategy.acceptedPresenceFactor() : 1.0);
            }
        }
        return troops / parameters.securityToSecure();
    }

    /** A posture's daily chance of a stand-off attack, before the hostility of the time. */
    double standOffChance(Posture posture) {
        return switch (posture) {
            case TOLERATE -> 0;
            case OBSTRUCT -> strategy.standOffChanceObstruct();
            case FIGHT -> strategy.standOffChanceFight();
        };
    }

    /** A posture's share of the direct-assault chance. */
    double assaultShare(Posture posture) {
        return switch (posture) {
            case TOLERATE -> 0;
            case OBSTRUCT -> strategy.assaultShareObstruct();
            case FIGHT -> 1;
        };
    }

    /**
     * A stand-off attack (a roadside bomb on a route, fire on a base or post, an ambush of a convoy or a
     * police post): with the posture's daily chance times {@code hostility} times the fighters' share of the
     * armed strength within {@code standOffRangeKm} (fighters over fighters plus security personnel at
     * {@code isfStrengthPerTroop} each: more troops about deter and disrupt attacks, after Hultman, Kathman
     * &amp; Shannon 2014), on one unit on the
     * ground within that range, drawn uniformly. No local superiority is needed. It kills a Poisson number of
     * the unit's people (mean {@code killedPerStandOffAttack}) and of civilians near it; the group loses no one.
     */
    void standOff(ArmedGroupCell group, List<SecurityUnit> units, double hostility, ArmedGroupWorld world,
            MersenneTwisterFast random) {
        int x = group.getCell().x();
        int y = group.getCell().y();
        double fighters = Math.max(group.getFighters(), insurgency.fightersWithin(x, y, standOffRangeCells));
        double security = insurgency.securityWithin(x, y, standOffRangeCells) * parameters.isfStrengthPerTroop();
        double chance = standOffChance(group.getPosture()) * hostility * fighters / (fighters + security);
        if (chance <= 0) {
            return;
        }
        int inRange = 0;
        for (SecurityUnit unit : units) {
            if (inStandOffRange(group, unit)) {
                inRange++;
            }
        }
        if (inRange == 0 || !(random.nextDouble() < chance)) {
            return;
        }
        int pick = random.nextInt(inRange);
        for (SecurityUnit unit : units) {
            if (inStandOffRange(group, unit) && pick-- == 0) {
                group.countAttack();
                world.countIncident();
                world.attacked(unit);
                int lost = unit.takeCasualties(Engagement.poisson(strategy.killedPerStandOffAttack(), random));
                world.unitLost(unit, lost);
                world.killCivilians(unit.getPosition(),
                        Engagement.poisson(strategy.civiliansKilledPerStandOffAttack(), random));
                return;
            }
        }
    }

    private boolean inStandOffRange(ArmedGroupCell group, SecurityUnit unit) {
        return unit.isOnGround() && unit.strength() > 0
                && Math.abs(unit.getPosition().x() - group.getCell().x()) <= standOffRangeCells
                && Math.abs(unit.getPosition().y() - group.getCell().y()) <= standOffRangeCells;
    }

    /**
     * A direct assault on the weakest security unit within reach when the fighters within reach (the
     * group's and those gathered near it, combined, at most {@code assaultMaxFighters}) outnumber, by
     * {@code attackOdds}, all the security forces within reach that would come to the unit's aid (docs/sources.md#design-armed-groups: "attack when local
     * odds favour them"); with the daily attack chance times the posture's share. The losses fall
     * on the group that leads the assault.
     */
    private void attackIfOddsFavour(ArmedGroupCell group, List<SecurityUnit> units, ArmedGroupWorld world,
            MersenneTwisterFast random) {
        double share = assaultShare(group.getPosture());
        if (share <= 0) {
            return;
        }
        SecurityUnit weakest = null;
        double weakestStrength = Double.POSITIVE_INFINITY;
        double localStrength = 0;
        for (SecurityUnit unit : units) {
            if (unit.isOnGround() && insurgency.withinReach(group.getCell(), unit.getPosition())) {
                double strength = unit.strength() * strengthPerPerson(unit);
                localStrength += strength;
                if (strength < weakestStrength) {
                    weakest = unit;
                    weakestStrength = strength;
                }
            }
        }
        int combined = Math.min(strategy.assaultMaxFighters(), Math.max(group.getFighters(),
                (int) insurgency.fightersWithinReach(group.getCell().x(), group.getCell().y())));
        if (weakest == null || combined < parameters.attackOdds() * localStrength
                || !(random.nextDouble() < parameters.attackChancePerDay() * share)) {
            return;
        }
        group.countAttack();
        fight(group, combined, weakest, world, random);
    }

    /**
     * Demolition work may provoke a group within reach to fight back: with the daily attack chance times
     * the group's posture share, scaled down by how far the security forces within reach outmatch it.
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
                if (random.nextDouble() < parameters.attackChancePerDay() * odds * assaultShare(group.getPosture())) {
                    fight(group, Math.min(group.getFighters(), strategy.assaultMaxFighters()), contingent, world, random);
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

    /** A day of fighting between fighters led by a group and a unit: losses on both sides and civilians in the crossfire. */
    private void fight(ArmedGroupCell group, int fighters, SecurityUnit unit, ArmedGroupWorld world,
            MersenneTwisterFast random) {
        Engagement.Outcome outcome = Engagement.fight(fighters, unit.strength(), strengthPerPerson(unit),
                parameters.lethalityPerDay(), parameters.civilianCasualtiesPerIncident(), random);
        world.countIncident();
        world.attacked(unit);
        int killed = group.lose(outcome.fightersKilled());
        if (killed > 0) {
            world.fightersKilled(killed);
        }
        int lost = unit.takeCasualties(outcome.defendersKilled());
        world.unitLost(unit, lost);
        world.killCivilians(unit.getPosition(), outcome.civiliansKilled());
    }
}
