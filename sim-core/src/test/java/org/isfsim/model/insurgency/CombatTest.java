package org.isfsim.model.insurgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isfsim.model.force.Arrival;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.security.SecurityUnit;
import org.junit.jupiter.api.Test;

/** The armed groups' day through their port, with a fake strip: attacks when the odds favour, violations. */
class CombatTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000);

    /** The strip as the groups see it: the units the test puts there, and a record of what happened. */
    private static final class FakeWorld implements ArmedGroupWorld {
        final List<SecurityUnit> units = new ArrayList<>();
        final List<ArmedGroupCell> violations = new ArrayList<>();
        int incidents;
        int lost;
        int civiliansKilled;
        int recruitCalls;

        @Override
        public List<SecurityUnit> securityUnits() {
            return units;
        }

        @Override
        public double activePeopleWithin(GridCell at, int reach) {
            return 0;
        }

        @Override
        public int recruitCivilians(GridCell at, int reach, int people, int weapons, MersenneTwisterFast random) {
            recruitCalls++;
            return 0;
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
        public void ceasefireViolated(ArmedGroupCell group) {
            violations.add(group);
        }
    }

    /** One group of 200 fighters, everywhere in control; attacks and violations as given. */
    private static Insurgency oneGroup(double attackChance, double violationChance) {
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "attackChancePerDay", attackChance, "attackOdds", 1.0,
                "isfStrengthPerTroop", 1.0, "violationChancePerGroupDay", violationChance)).insurgency();
        return new Insurgency(MAP, p, MAP.heldZone(), new MersenneTwisterFast(1));
    }

    @Test
    void aGroupThatOutnumbersTheUnitsWithinReachAttacksTheWeakest() {
        Insurgency insurgency = oneGroup(1.0, 0.0);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeWorld world = new FakeWorld();
        Contingent strong = new Contingent(0, new Arrival("Kosovo", 50, 0, true, true, 0.05), group.getCell());
        Contingent weak = new Contingent(1, new Arrival("Albania", 20, 0, true, true, 0.05), group.getCell());
        world.units.add(strong);
        world.units.add(weak);
        new Combat(insurgency).groupsAct(world, new MersenneTwisterFast(2));
        assertEquals(1, group.getAttacks());
        assertEquals(1, world.incidents);
        assertEquals(50, strong.getTroops(), "the stronger unit is not attacked");
        assertEquals(20 - weak.getTroops(), world.lost, "the weaker unit's losses are reported");
        assertEquals(1, world.recruitCalls, "the group recruits before it attacks");
        assertTrue(world.violations.isEmpty());
    }

    @Test
    void aGroupOutnumberedWithinReachDoesNotAttackButMayBreakTheCeasefire() {
        Insurgency insurgency = oneGroup(1.0, 1.0);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeWorld world = new FakeWorld();
        world.units.add(new Contingent(0, new Arrival("Kosovo", 500, 0, true, true, 0.05), group.getCell()));
        new Combat(insurgency).groupsAct(world, new MersenneTwisterFast(3));
        assertEquals(0, group.getAttacks());
        assertEquals(0, world.incidents);
        assertEquals(1, world.violations.size());
        assertSame(group, world.violations.get(0));
    }
}
