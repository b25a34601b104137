package org.isfsim.model.insurgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Map;
import org.isfsim.model.force.Arrival;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;

/** The armed groups' day through their port, with a fake strip: attacks when the odds favour, violations. */
class CombatTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());

    /**
     * One group of 200 fighters, everywhere in control, fighting the force (a grievance far above the
     * threshold) but making no stand-off attacks; assaults and violations as given.
     */
    private static Insurgency oneGroup(double attackChance, double violationChance) {
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "attackChancePerDay", attackChance, "attackOdds", 1.0,
                "isfStrengthPerTroop", 1.0, "violationChancePerGroupDay", violationChance,
                "strategy", Map.of("initialPressure", 100.0, "standOffChanceFight", 0.0, "standOffChanceObstruct", 0.0,
                        "desertionPerDay", 0.0, "amnestyPerDay", 0.0, "exilePerDay", 0.0))).insurgency();
        return new Insurgency(MAP, p, MAP.heldZone(), new MersenneTwisterFast(1));
    }

    @Test
    void aGroupThatOutnumbersTheUnitsWithinReachAttacksTheWeakest() {
        Insurgency insurgency = oneGroup(1.0, 0.0);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
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
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        world.units.add(new Contingent(0, new Arrival("Kosovo", 500, 0, true, true, 0.05), group.getCell()));
        new Combat(insurgency).groupsAct(world, new MersenneTwisterFast(3));
        assertEquals(0, group.getAttacks());
        assertEquals(0, world.incidents);
        assertEquals(1, world.violations.size());
        assertSame(group, world.violations.get(0));
    }
}
