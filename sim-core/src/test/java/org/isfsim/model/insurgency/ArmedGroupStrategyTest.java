package org.isfsim.model.insurgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import org.isfsim.model.force.Arrival;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The groups' strategy on hand-made situations: the posture and what moves it, stand-off attacks that need no
 * superiority, groups that move to ground they lose and to operations, control by coercion and consent, and
 * fighters and weapons as flows that add up.
 */
class ArmedGroupStrategyTest {
    private static final double EPS = 1e-12;
    private static GazaMap map;
    private static HeldZone held;

    @BeforeAll
    static void buildMap() {
        map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
        held = map.heldZone();
    }

    /**
     * One group of 200 fighters with 1,000 weapons, control 1 everywhere, no assaults, violations or
     * weapons coming in, nobody leaving; the strategy keys as given.
     */
    private static Insurgency oneGroup(Map<String, Object> strategy) {
        Map<String, Object> s = new HashMap<>(Map.of("standOffChanceObstruct", 0.0, "standOffChanceFight", 0.0,
                "desertionPerDay", 0.0, "amnestyPerDay", 0.0, "exilePerDay", 0.0, "weaponsMadePerKmDay", 0.0,
                "weaponsSmuggledPerKmDay", 0.0, "weaponsFromOrdnancePerKmDay", 0.0));
        s.putAll(strategy);
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "attackChancePerDay", 0.0,
                "violationChancePerGroupDay", 0.0, "strategy", s)).insurgency();
        return new Insurgency(map, p, held, new MersenneTwisterFast(1));
    }

    private static InfrastructureSite siteAt(Insurgency insurgency, GridCell cell) {
        for (InfrastructureSite site : insurgency.sites()) {
            if (site.getKind() == SiteKind.TUNNEL_SEGMENT && site.getCell().equals(cell)) {
                return site;
            }
        }
        throw new AssertionError("no tunnel site at " + cell);
    }

    private static int index(GridCell c) {
        return c.y() * map.width() + c.x();
    }

    @Test
    void demolitionsWithinReachMoveAToleratingGroupToObstructThenFight() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0));
        Combat combat = new Combat(insurgency);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        assertEquals(Posture.TOLERATE, group.getPosture());
        combat.groupsAct(world, new MersenneTwisterFast(2));
        assertEquals(Posture.TOLERATE, group.getPosture(), "nothing provokes it");

        InfrastructureSite site = siteAt(insurgency, group.getCell());
        insurgency.demolish(site, 0.01);
        combat.groupsAct(world, new MersenneTwisterFast(3));
        assertEquals(Posture.OBSTRUCT, group.getPosture(), "a day of demolition within reach (grievance 1)");
        for (int day = 0; day < 2; day++) {
            insurgency.demolish(site, 0.01);
            insurgency.demolish(site, 0.01);
            combat.groupsAct(world, new MersenneTwisterFast(4 + day));
        }
        assertTrue(group.getGrievance() >= 4.0, "grievance " + group.getGrievance());
        assertEquals(Posture.FIGHT, group.getPosture(), "sustained demolition");

        for (int day = 0; day < 60; day++) {
            combat.groupsAct(world, new MersenneTwisterFast(10 + day));
        }
        assertEquals(Posture.TOLERATE, group.getPosture(), "the grievance fades when the demolitions stop");
    }

    @Test
    void theFightingPostureIsReachedOneStepADay() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0, "pressurePerDisarmamentDay", 10.0));
        Combat combat = new Combat(insurgency);
        ArmedGroupCell group = insurgency.groups().get(0);
        insurgency.demolish(siteAt(insurgency, group.getCell()), 0.01);
        combat.groupsAct(new FakeArmedGroupWorld(), new MersenneTwisterFast(2));
        assertEquals(Posture.OBSTRUCT, group.getPosture(), "one level a day, even from a grievance of 10");
        combat.groupsAct(new FakeArmedGroupWorld(), new MersenneTwisterFast(3));
        assertEquals(Posture.FIGHT, group.getPosture());
    }

    @Test
    void israeliStrikesOnAGroupMoveItToObstruct() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0, "pressurePerStrike", 1.0));
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "attackChancePerDay", 0.0,
                "violationChancePerGroupDay", 1.0, "strategy", Map.of("initialPressure", 0.0))).insurgency();
        insurgency = new Insurgency(map, p, held, new MersenneTwisterFast(1));
        Combat combat = new Combat(insurgency);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        world.killedByStrike = 3;
        combat.groupsAct(world, new MersenneTwisterFast(2));
        assertEquals(Posture.TOLERATE, group.getPosture(), "the strike comes after today's posture");
        assertEquals(3, world.killed, "the fighters the strike killed are counted");
        combat.groupsAct(world, new MersenneTwisterFast(3));
        assertEquals(Posture.OBSTRUCT, group.getPosture(), "yesterday's strike moves it");
    }

    @Test
    void aLeadershipThatRejectsTheForceResentsTroopsAndLessSoThoseOfAcceptedNations() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0));
        Combat combat = new Combat(insurgency);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        Contingent rejected = new Contingent(0, new Arrival("Kosovo", 800, 0, true, true, 0.05), group.getCell());
        world.units.add(rejected);
        assertEquals(1.0, combat.rejectedPresence(group, world.units, world), EPS, "800 troops secure a cell");
        world.accepted.add(rejected);
        assertEquals(0.5, combat.rejectedPresence(group, world.units, world), EPS, "accepted nation: half");

        PostureRule rule = new PostureRule(insurgency.parameters().strategy());
        assertEquals(0.1, rule.standingProvocation(1.0, true, true), EPS);
        assertEquals(0.0, rule.standingProvocation(1.0, false, true), EPS, "a leadership that agrees to disarm");
        assertEquals(0.04, rule.standingProvocation(0.0, false, false), EPS, "losing its own cell");
    }

    @Test
    void aStandOffAttackNeedsNoSuperiority() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 1.5, "standOffChanceObstruct", 1.0,
                "killedPerStandOffAttack", 5.0));
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        Contingent battalion = new Contingent(0, new Arrival("Kosovo", 300, 0, true, true, 0.05), group.getCell());
        world.units.add(battalion);
        double[] security = new double[map.width() * map.height()];
        security[index(group.getCell())] = 300;
        insurgency.updateControl(held, security);
        Combat combat = new Combat(insurgency);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        for (int day = 0; day < 20 && world.attacks == 0; day++) {
            combat.groupsAct(world, random);
        }
        assertEquals(Posture.OBSTRUCT, group.getPosture());
        assertEquals(1, world.attacks, "200 fighters attack 300 troops (900 fighter-equivalents) from a distance");
        assertEquals(1, group.getAttacks());
        assertEquals(300 - battalion.getTroops(), world.lost);
        assertEquals(200, group.getFighters(), "a stand-off attack costs the group no one");

        Insurgency tolerating = oneGroup(Map.of("initialPressure", 0.0, "standOffChanceObstruct", 1.0,
                "standOffChanceFight", 1.0));
        FakeArmedGroupWorld quiet = new FakeArmedGroupWorld();
        quiet.units.add(new Contingent(0, new Arrival("Kosovo", 5_000, 0, true, true, 0.05),
                tolerating.groups().get(0).getCell()));
        new Combat(tolerating).groupsAct(quiet, new MersenneTwisterFast(2));
        assertEquals(0, quiet.attacks, "a tolerating group does not attack");
    }

    @Test
    void aGroupMovesTowardsGroundItIsLosing() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0));
        ArmedGroupCell group = insurgency.groups().get(0);
        GridCell home = group.getCell();
        GridCell contested = null;
        for (int d = 12; d >= 9 && contested == null; d--) {
            for (int[] dir : new int[][] {{d, 0}, {-d, 0}, {0, d}, {0, -d}}) {
                int x = home.x() + dir[0];
                int y = home.y() + dir[1];
                if (map.inside(x, y) && !held.isHeld(x, y)) {
                    contested = new GridCell(x, y);
                    break;
                }
            }
        }
        assertTrue(contested != null);
        double[] security = new double[map.width() * map.height()];
        security[index(contested)] = 5_000;
        insurgency.updateControl(held, security);
        assertTrue(insurgency.controlFallAt(contested.x(), contested.y()) > 0, "control falls where security is");
        Gathering gathering = new Gathering(insurgency);
        GridCell target = gathering.target(group);
        assertTrue(target != null && insurgency.withinReach(target, contested), "losing ground near " + contested);
        assertTrue(!insurgency.withinReach(target, home), "beyond the group's own reach");
        long before = distance(home, target);
        gathering.move(group);
        assertTrue(distance(group.getCell(), target) < before, group.getCell() + " towards " + target);
        assertTrue(Math.max(Math.abs(group.getCell().x() - home.x()), Math.abs(group.getCell().y() - home.y())) <= 4,
                "1 km a day on 250 m cells");
    }

    @Test
    void aGroupThatDoesNotTolerateTheForceGathersAtADisarmamentOperation() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 1.5));
        ArmedGroupCell group = insurgency.groups().get(0);
        InfrastructureSite far = null;
        for (InfrastructureSite site : insurgency.sites()) {
            long dx = Math.abs(site.getCell().x() - group.getCell().x());
            long dy = Math.abs(site.getCell().y() - group.getCell().y());
            if (site.getKind() == SiteKind.TUNNEL_SEGMENT && Math.max(dx, dy) > 6 && Math.max(dx, dy) <= 18
                    && !held.isHeld(site.getCell().x(), site.getCell().y())) {
                far = site;
                break;
            }
        }
        assertTrue(far != null);
        double[] security = new double[map.width() * map.height()];
        security[index(far.getCell())] = 500;
        insurgency.updateControl(held, security);
        insurgency.demolish(far, 0.01);
        assertEquals(far.getCell(), new Gathering(insurgency).target(group), "500 troops there need 1,500 fighters");
    }

    /**
     * Control (from 0.6) with fighters saturated at a group's cell: with no security it never falls, whatever
     * the consent; with security it falls, and further with consent for the order.
     */
    @Test
    void controlFallsOnlyWithSecurityStrengthOrConsent() {
        FakeArmedGroupWorld consenting = new FakeArmedGroupWorld();
        consenting.consent = 1.0;
        Insurgency noSecurity = new Insurgency(map, InsurgencyParameters.defaults(), held, new MersenneTwisterFast(5));
        noSecurity.updateControl(held, new double[map.width() * map.height()], consenting);
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (map.inside(x, y) && !held.isHeld(x, y)) {
                    assertTrue(noSecurity.control()[y * map.width() + x] >= 0.6 - EPS, "fell without security");
                }
            }
        }
        double withoutConsent = oneDayAtGroup(0.0);
        double withConsent = oneDayAtGroup(1.0);
        // a = 1/2: 0.6 + 0.05·0.4·0.5·(1 − L) − 0.6·(0.1·0.5 + 0.05·L)
        assertEquals(0.6 + 0.01 - 0.03, withoutConsent, EPS);
        assertEquals(0.6 - 0.03 - 0.03, withConsent, EPS);
    }

    private static double oneDayAtGroup(double consent) {
        Insurgency insurgency = new Insurgency(map, InsurgencyParameters.defaults(), held, new MersenneTwisterFast(5));
        GridCell post = insurgency.groups().get(0).getCell();
        double[] security = new double[map.width() * map.height()];
        security[index(post)] = 10_000;
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        world.consent = consent;
        insurgency.updateControl(held, security, world);
        return insurgency.control()[index(post)];
    }

    @Test
    void fightersAndWeaponsFlowAndAddUp() {
        Insurgency insurgency = oneGroup(Map.of("initialPressure", 0.0, "desertionPerDay", 0.01, "amnestyPerDay", 0.01,
                "exilePerDay", 0.01, "weaponsMadePerKmDay", 0.05, "standOffChanceObstruct", 0.0));
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "violationChancePerGroupDay", 1.0,
                "recruitsPerRecruitablePersonDay", 0.001, "strategy", Map.of("initialPressure", 0.0, "desertionPerDay", 0.01,
                        "amnestyPerDay", 0.01, "exilePerDay", 0.01, "weaponsMadePerKmDay", 0.05))).insurgency();
        insurgency = new Insurgency(map, p, held, new MersenneTwisterFast(1));
        Combat combat = new Combat(insurgency);
        ArmedGroupCell group = insurgency.groups().get(0);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        world.activePeople = 20_000;
        world.killedByStrike = 2;
        world.disarmament = true;
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int weaponsStart = insurgency.weapons();
        for (int day = 0; day < 50; day++) {
            int fighters = group.getFighters();
            int recruited = group.getRecruits();
            int killed = group.getLosses();
            int exits = group.getExits();
            combat.groupsAct(world, random);
            assertEquals(fighters + (group.getRecruits() - recruited) - (group.getLosses() - killed)
                    - (group.getExits() - exits), group.getFighters(), "day " + day);
            assertTrue(group.getFighters() >= 0 && insurgency.spareWeapons() >= 0);
        }
        assertTrue(world.recruited > 0 && world.killed > 0 && group.getExits() > 0,
                world.recruited + " / " + world.killed + " / " + group.getExits());
        assertEquals(200 + world.recruited - world.killed - group.getExits(), insurgency.fighters());
        assertEquals(world.recruited, group.getRecruits());
        assertTrue(insurgency.weaponsSupplied() > 0, "weapons made while tunnels stand");
        assertTrue(world.handedOver > 0, "the amnestied hand over their weapons");
        assertEquals(weaponsStart + insurgency.weaponsSupplied() - insurgency.weaponsHandedOver(), insurgency.weapons());
    }

    @Test
    void weaponsAreHandedOverOnlyWhenTheGroupToleratesAndItsLeadershipAgrees() {
        Map<String, Object> strategy = Map.of("initialPressure", 0.0, "handoverPerDay", 0.5);
        FakeArmedGroupWorld world = new FakeArmedGroupWorld();
        world.disarmament = true;
        assertEquals(0, handedOver(true, strategy, world), "the leadership refuses");
        assertTrue(handedOver(false, strategy, world) > 0);
        FakeArmedGroupWorld noProcess = new FakeArmedGroupWorld();
        assertEquals(0, handedOver(false, strategy, noProcess), "no disarmament process");
        assertEquals(0, handedOver(false, Map.of("initialPressure", 2.0, "handoverPerDay", 0.5), world), "obstructing");
    }

    private static int handedOver(boolean refuses, Map<String, Object> strategy, FakeArmedGroupWorld world) {
        Map<String, Object> s = new HashMap<>(Map.of("desertionPerDay", 0.0, "amnestyPerDay", 0.0, "exilePerDay", 0.0,
                "standOffChanceObstruct", 0.0));
        s.putAll(strategy);
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("fighters", 200, "weapons", 1_000,
                "fightersPerGroup", 200, "initialControl", 1.0, "attackChancePerDay", 0.0,
                "violationChancePerGroupDay", 0.0, "refusesDisarmament", refuses, "strategy", s)).insurgency();
        Insurgency insurgency = new Insurgency(map, p, held, new MersenneTwisterFast(1));
        int before = insurgency.weaponsHandedOver();
        new Combat(insurgency).groupsAct(world, new MersenneTwisterFast(2));
        return insurgency.weaponsHandedOver() - before;
    }

    @Test
    void noWeaponsAreMadeWithoutTunnels() {
        InsurgencyParameters p = Parameters.defaults().with("insurgency", Map.of("tunnelKm", 0.0)).insurgency();
        Insurgency insurgency = new Insurgency(map, p, held, new MersenneTwisterFast(1));
        assertEquals(0, insurgency.supplyWeapons(new MersenneTwisterFast(2)));
        Insurgency withTunnels = new Insurgency(map, InsurgencyParameters.defaults(), held, new MersenneTwisterFast(1));
        assertTrue(withTunnels.supplyWeapons(new MersenneTwisterFast(2)) > 0);
    }

    private static long distance(GridCell a, GridCell b) {
        long dx = a.x() - b.x();
        long dy = a.y() - b.y();
        return dx * dx + dy * dy;
    }
}
