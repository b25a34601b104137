package org.isfsim.model.insurgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Map;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The armed groups' struggle for authority and their infrastructure (docs/sources.md#design-armed-groups;
 * docs/sources.md#hamas):
 * the control rule by coercion (with no consent; the consent part is in ArmedGroupStrategyTest), the control and secured shares, recruitment
 * limited by spare weapons, demolition, moving weapons ahead of demolition, and the day-0 placement.
 */
class InsurgencyTest {
    private static final double EPS = 1e-12;
    private static GazaMap map;
    private static HeldZone held;

    @BeforeAll
    static void buildMap() {
        map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
        held = map.heldZone();
    }

    /** The defaults with the control dynamics replaced. */
    private static InsurgencyParameters control(double initialControl, double gain, double loss) {
        return Parameters.defaults().with("insurgency", Map.of("initialControl", initialControl,
                "controlGainPerDay", gain, "controlLossPerDay", loss)).insurgency();
    }

    /** The defaults with another arsenal and tunnel network. */
    private static InsurgencyParameters arsenal(int fighters, int weapons, int fightersPerGroup, double tunnelKm,
            double segmentKm, int caches, double cachedShare) {
        return Parameters.defaults().with("insurgency", Map.of("fighters", fighters, "weapons", weapons,
                "fightersPerGroup", fightersPerGroup, "tunnelKm", tunnelKm, "tunnelSegmentKm", segmentKm,
                "caches", caches, "cachedWeaponsShare", cachedShare)).insurgency();
    }

    private static Insurgency insurgency(InsurgencyParameters p, long seed) {
        return new Insurgency(map, p, held, new MersenneTwisterFast(seed));
    }

    private static int index(GridCell c) {
        return c.y() * map.width() + c.x();
    }

    private static double[] noSecurity() {
        return new double[map.width() * map.height()];
    }

    /** An inside cell, outside the held zone, whose whole reach window is inside and unheld. */
    private static GridCell interiorUnheldCell(int reach) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                boolean ok = true;
                for (int dy = -reach; dy <= reach && ok; dy++) {
                    for (int dx = -reach; dx <= reach && ok; dx++) {
                        ok = map.inside(x + dx, y + dy) && !held.isHeld(x + dx, y + dy);
                    }
                }
                if (ok) {
                    return new GridCell(x, y);
                }
            }
        }
        throw new AssertionError("no interior unheld cell");
    }

    /** A held cell whose whole reach window is held. */
    private static GridCell deepHeldCell(int reach) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                boolean ok = true;
                for (int dy = -reach; dy <= reach && ok; dy++) {
                    for (int dx = -reach; dx <= reach && ok; dx++) {
                        ok = held.isHeld(x + dx, y + dy);
                    }
                }
                if (ok) {
                    return new GridCell(x, y);
                }
            }
        }
        throw new AssertionError("no deep held cell");
    }

    @Test
    void defaultsReachFourCellsOnTheStandardMap() {
        // reachKm 1.0 at 250 m cells
        assertEquals(4, insurgency(InsurgencyParameters.defaults(), 1).reachCells());
    }

    /**
     * Defaults: initial control 0.6, gain 0.05, loss 0.10; every group has 200 fighters (≥ fightersToHold 100,
     * so f = 1 wherever a group is within reach) and 10,000 security people saturate s (securityToSecure 800);
     * no consent (L = 0). Near the post both are present, a = f / (f + s) = 1/2: after one day
     * 0.6 + 0.05·0.4·0.5 − 0.10·0.6·0.5 = 0.58 (contested, not lost); 0.6 + 0.05·0.4 = 0.62 near fighters without
     * security; 0.6 where neither is within reach — checked on every unheld cell of the strip.
     */
    @Test
    void controlGrowsNearFightersWithoutSecurityAndFallsNearSecurity() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 1);
        GridCell post = ins.groups().get(0).getCell();
        double[] security = noSecurity();
        security[index(post)] = 10_000;
        ins.updateControl(held, security);

        int nearSecurity = 0;
        int nearFightersOnly = 0;
        int neither = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (!map.inside(x, y) || held.isHeld(x, y)) {
                    continue;
                }
                double c = ins.control()[y * map.width() + x];
                boolean secured = Math.abs(x - post.x()) <= 4 && Math.abs(y - post.y()) <= 4;
                assertEquals(secured ? 10_000.0 : 0.0, ins.securityWithinReach(x, y), EPS);
                if (secured) {
                    assertEquals(0.58, c, EPS, "near the security and the group at " + x + "," + y);
                    nearSecurity++;
                } else if (ins.fightersWithinReach(x, y) > 0) {
                    assertTrue(ins.fightersWithinReach(x, y) >= 200);
                    assertEquals(0.62, c, EPS, "near fighters, no security, at " + x + "," + y);
                    nearFightersOnly++;
                } else {
                    assertEquals(0.6, c, EPS, "far from both at " + x + "," + y);
                    neither++;
                }
            }
        }
        assertTrue(nearSecurity > 0 && nearFightersOnly > 0 && neither > 0,
                nearSecurity + " / " + nearFightersOnly + " / " + neither);
    }

    /**
     * Over ten days: at the post (fighters and security both saturated, a = 1/2) C follows
     * C' = C + 0.025·(1 − C) − 0.05·C; at a group far from it 1 − 0.4·0.95^10.
     */
    @Test
    void controlFollowsTheRuleOverSeveralDays() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 2);
        GridCell post = ins.groups().get(0).getCell();
        GridCell far = null;
        for (ArmedGroupCell g : ins.groups()) {
            GridCell c = g.getCell();
            if (Math.max(Math.abs(c.x() - post.x()), Math.abs(c.y() - post.y())) > 4) {
                far = c;
                break;
            }
        }
        assertTrue(far != null);
        double[] security = noSecurity();
        security[index(post)] = 10_000;
        for (int day = 0; day < 10; day++) {
            ins.updateControl(held, security);
        }
        double contested = 0.6;
        for (int day = 0; day < 10; day++) {
            contested = contested + 0.025 * (1 - contested) - 0.05 * contested;
        }
        assertEquals(contested, ins.control()[index(post)], 1e-9);
        assertEquals(1 - 0.4 * Math.pow(0.95, 10), ins.control()[index(far)], 1e-9);
        assertTrue(ins.control()[index(far)] > 0.6 && ins.control()[index(post)] < 0.6);
    }

    /** Built with no held zone, every inside cell starts at 0.6; after a day under the 53 % zone its cells are 0. */
    @Test
    void theHeldZoneHasNoArmedControl() {
        Insurgency ins = new Insurgency(map, InsurgencyParameters.defaults(), map.heldZone(0.0),
                new MersenneTwisterFast(3));
        GridCell deep = deepHeldCell(0);
        assertEquals(0.6, ins.control()[index(deep)], EPS);
        double[] security = noSecurity();
        ins.updateControl(held, security);
        int heldCells = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (held.isHeld(x, y)) {
                    assertEquals(0.0, ins.control()[y * map.width() + x], "held cell " + x + "," + y);
                    heldCells++;
                }
            }
        }
        assertEquals(held.heldCellCount(), heldCells);
        assertTrue(heldCells > 0);
    }

    @Test
    void sharesAndControlStayWithinZeroAndOne() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 4);
        MersenneTwisterFast random = new MersenneTwisterFast(44);
        double[] security = noSecurity();
        for (int day = 0; day < 30; day++) {
            for (int i = 0; i < security.length; i++) {
                security[i] = random.nextDouble() < 0.01 ? random.nextDouble() * 5_000 : 0;
            }
            ins.updateControl(held, security);
            double control = ins.controlShare();
            double secured = ins.securedShare(held);
            assertTrue(control >= 0 && control <= 1, "control share " + control);
            assertTrue(secured >= 0 && secured <= 1, "secured share " + secured);
            assertTrue(control + secured <= 1 + EPS, "a cell is either controlled or secured");
            for (double c : ins.control()) {
                assertTrue(c >= 0 && c <= 1, "control " + c);
            }
        }
    }

    /** At day 0 (control 0.6 on the 47 % unheld) the control share is the unheld share of the strip. */
    @Test
    void controlShareCountsCellsAboveOneHalf() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 5);
        int unheld = map.insideCellCount() - held.heldCellCount();
        assertEquals(unheld / (double) map.insideCellCount(), ins.controlShare(), EPS);
        Insurgency half = insurgency(control(0.5, 0, 0), 5);
        assertEquals(0.0, half.controlShare(), "control of exactly one half is not authority");
    }

    /**
     * Control stays 0 (initial 0, no gain); 400 security people in one interior cell give s = 0.5 on the 81
     * cells of its window: secured share = 81 / inside cells. 399 people secure nothing.
     */
    @Test
    void securedShareNeedsSecurityAtLeastHalfPresent() {
        Insurgency ins = insurgency(control(0.0, 0.0, 0.1), 6);
        GridCell p = interiorUnheldCell(4);
        double[] security = noSecurity();
        security[index(p)] = 400;
        ins.updateControl(held, security);
        assertEquals(81.0 / map.insideCellCount(), ins.securedShare(held), EPS);
        // isSecured names those 81 cells: the 9 x 9 window around p (reach 4 cells).
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                boolean inWindow = Math.abs(x - p.x()) <= 4 && Math.abs(y - p.y()) <= 4;
                assertEquals(inWindow, ins.isSecured(held, x, y), "cell " + x + "," + y);
            }
        }

        security[index(p)] = 399;
        ins.updateControl(held, security);
        assertEquals(0.0, ins.securedShare(held));
    }

    @Test
    void securedShareExcludesTheHeldZone() {
        Insurgency ins = insurgency(control(0.0, 0.0, 0.1), 7);
        GridCell deep = deepHeldCell(4);
        double[] security = noSecurity();
        security[index(deep)] = 10_000;
        ins.updateControl(held, security);
        assertEquals(0.0, ins.securedShare(held));
        // the same cell counts once the zone no longer holds it
        HeldZone none = map.heldZone(0.0);
        ins.updateControl(none, security);
        assertEquals(81.0 / map.insideCellCount(), ins.securedShare(none), EPS);
    }

    /** Control 0.6 that cannot fall (loss 0) is never secured; control of exactly 0.5 is. */
    @Test
    void securedShareExcludesCellsUnderArmedControl() {
        GridCell p = interiorUnheldCell(4);
        double[] security = noSecurity();
        security[index(p)] = 10_000;

        Insurgency controlled = insurgency(control(0.6, 0.0, 0.0), 8);
        controlled.updateControl(held, security);
        assertEquals(0.0, controlled.securedShare(held));

        Insurgency half = insurgency(control(0.5, 0.0, 0.0), 8);
        half.updateControl(held, security);
        assertEquals(81.0 / map.insideCellCount(), half.securedShare(held), EPS);
    }

    /** Defaults: 60,000 weapons, half cached → 30,000 carried for 20,000 fighters: 10,000 spare. */
    @Test
    void recruitingNeverExceedsSpareWeapons() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 9);
        ArmedGroupCell group = ins.groups().get(0);
        int before = group.getFighters();
        assertEquals(10_000, ins.spareWeapons());

        assertEquals(100, ins.recruit(group, 100));
        assertEquals(before + 100, group.getFighters());
        assertEquals(9_900, ins.spareWeapons());

        assertEquals(9_900, ins.recruit(group, 25_000));
        assertEquals(0, ins.spareWeapons());
        assertEquals(30_000, ins.fighters());

        assertEquals(0, ins.recruit(group, 5));
        assertEquals(0, ins.recruit(ins.groups().get(1), 1));
        assertEquals(30_000, ins.fighters());
        assertEquals(10_000, group.getRecruits());
    }

    /** 448 one-km segments: 0.25 km then the rest of one segment (a further request of 2 km stops at 0.75). */
    @Test
    void demolishingATunnelReducesWhatRemainsExactly() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 10);
        InfrastructureSite tunnel = ins.sites().stream().filter(s -> s.getKind() == SiteKind.TUNNEL_SEGMENT)
                .findFirst().orElseThrow();
        assertEquals(1.0, tunnel.getTunnelKm(), EPS);
        assertEquals(448.0, ins.tunnelKmRemaining(), 1e-9);
        assertEquals(0.0, ins.destroyedShare());

        ins.demolish(tunnel, 0.25);
        assertEquals(447.75, ins.tunnelKmRemaining(), 1e-9);
        assertEquals(0.25 / 448.0, ins.destroyedShare(), EPS);
        assertFalse(tunnel.isDestroyed());

        ins.demolish(tunnel, 2.0);
        assertEquals(447.0, ins.tunnelKmRemaining(), 1e-9);
        assertEquals(1.0 / 448.0, ins.destroyedShare(), EPS);
        assertTrue(tunnel.isDestroyed());

        ins.demolish(tunnel, 1.0);
        assertEquals(1.0 / 448.0, ins.destroyedShare(), EPS, "a destroyed segment yields nothing more");
        assertEquals(60_000, ins.weapons(), "tunnel work destroys no weapons");
    }

    @Test
    void destroyingACacheRemovesItsWeapons() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 11);
        InfrastructureSite cache = ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE)
                .findFirst().orElseThrow();
        int inCache = cache.getWeapons();
        assertEquals(100, inCache); // 30,000 cached weapons over 300 caches
        ins.demolish(cache, 0.0);
        assertEquals(60_000 - inCache, ins.weapons());
        assertEquals(inCache, ins.weaponsDestroyed());
        assertTrue(cache.isDestroyed());
        assertEquals(448.0, ins.tunnelKmRemaining(), 1e-9);
        assertEquals(0.0, ins.destroyedShare());
        ins.demolish(cache, 0.0);
        assertEquals(60_000 - inCache, ins.weapons());
        assertEquals(inCache, ins.weaponsDestroyed());
    }

    private static int hiddenCacheWeapons(Insurgency ins, InfrastructureSite except) {
        return ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE && !s.isDiscovered()
                && s != except).mapToInt(InfrastructureSite::getWeapons).sum();
    }

    @Test
    void withChanceOneTheWeaponsMoveToAHiddenCache() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 12);
        InfrastructureSite[] caches = ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE)
                .toArray(InfrastructureSite[]::new);
        InfrastructureSite target = caches[0];
        InfrastructureSite otherDiscovered = caches[1];
        target.discover(5);
        otherDiscovered.discover(5);
        int hiddenBefore = hiddenCacheWeapons(ins, target);
        int spareBefore = ins.spareWeapons();

        int moved = ins.moveWeaponsAhead(target, 1.0, new MersenneTwisterFast(1));
        assertEquals(100, moved);
        assertEquals(0, target.getWeapons());
        assertEquals(60_000, ins.weapons(), "weapons are moved, not lost");
        assertEquals(hiddenBefore + 100, hiddenCacheWeapons(ins, target));
        assertEquals(100, otherDiscovered.getWeapons(), "never moved to a cache the force knows");
        assertEquals(spareBefore, ins.spareWeapons(), "not handed out as loose weapons");

        ins.demolish(target, 0.0);
        assertEquals(0, ins.weaponsDestroyed(), "the demolition finds an empty cache");
        assertEquals(60_000, ins.weapons());
    }

    @Test
    void withChanceZeroNothingMoves() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 13);
        InfrastructureSite target = ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE)
                .findFirst().orElseThrow();
        target.discover(5);
        int hiddenBefore = hiddenCacheWeapons(ins, target);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, ins.moveWeaponsAhead(target, 0.0, random));
        }
        assertEquals(100, target.getWeapons());
        assertEquals(hiddenBefore, hiddenCacheWeapons(ins, target));
        ins.demolish(target, 0.0);
        assertEquals(100, ins.weaponsDestroyed());
        assertEquals(59_900, ins.weapons());
    }

    @Test
    void withNoHiddenCacheLeftTheWeaponsAreCarriedAndATunnelHasNoneToMove() {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), 14);
        for (InfrastructureSite s : ins.sites()) {
            s.discover(1);
        }
        InfrastructureSite cache = ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE)
                .findFirst().orElseThrow();
        InfrastructureSite tunnel = ins.sites().stream().filter(s -> s.getKind() == SiteKind.TUNNEL_SEGMENT)
                .findFirst().orElseThrow();
        assertEquals(0, ins.moveWeaponsAhead(tunnel, 1.0, new MersenneTwisterFast(3)));
        int spare = ins.spareWeapons();
        assertEquals(100, ins.moveWeaponsAhead(cache, 1.0, new MersenneTwisterFast(3)));
        assertEquals(spare + 100, ins.spareWeapons());
        assertEquals(60_000, ins.weapons());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void defaultInfrastructureSumsToTheParameters(long seed) {
        InsurgencyParameters p = InsurgencyParameters.defaults();
        Insurgency ins = insurgency(p, seed);
        assertEquals(p.tunnelKm(), ins.tunnelKmRemaining(), 1e-9);
        assertEquals(p.tunnelKm(), ins.initialTunnelKm(), 1e-9);
        assertEquals(p.weapons(), ins.weapons());
        assertEquals(p.fighters(), ins.fighters());
        assertEquals(100, ins.groups().size()); // 20,000 fighters / 200 per group
        assertEquals(448, ins.sites().stream().filter(s -> s.getKind() == SiteKind.TUNNEL_SEGMENT).count());
        assertEquals(300, ins.sites().stream().filter(s -> s.getKind() == SiteKind.WEAPONS_CACHE).count());
        for (InfrastructureSite s : ins.sites()) {
            assertTrue(map.inside(s.getCell().x(), s.getCell().y()), s.toString());
            assertFalse(s.isDiscovered());
        }
    }

    /** Uneven numbers: 450.5 km in 451 segments, 60,001 weapons in 7 caches, 20,001 fighters in 101 groups. */
    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void unevenInfrastructureStillSumsToTheParameters(long seed) {
        InsurgencyParameters p = arsenal(20_001, 60_001, 200, 450.5, 1.0, 7, 0.37);
        Insurgency ins = insurgency(p, seed);
        assertEquals(450.5, ins.tunnelKmRemaining(), 1e-9);
        assertEquals(60_001, ins.weapons());
        assertEquals(20_001, ins.fighters());
        assertEquals(101, ins.groups().size());
        int smallest = ins.groups().stream().mapToInt(ArmedGroupCell::getFighters).min().orElseThrow();
        int largest = ins.groups().stream().mapToInt(ArmedGroupCell::getFighters).max().orElseThrow();
        assertTrue(largest - smallest <= 1, "fighters split evenly");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void groupsSitOutsideTheHeldZoneAtTunnelSites(long seed) {
        Insurgency ins = insurgency(InsurgencyParameters.defaults(), seed);
        for (ArmedGroupCell g : ins.groups()) {
            GridCell c = g.getCell();
            assertFalse(held.isHeld(c.x(), c.y()), g + " in the held zone");
            assertTrue(map.inside(c.x(), c.y()));
            assertTrue(ins.sites().stream().anyMatch(s -> s.getKind() == SiteKind.TUNNEL_SEGMENT
                    && s.getCell().equals(c)), g + " not at a tunnel site");
        }
    }

    @Test
    void fightersAreNotLostWhenThereAreNoTunnels() {
        Insurgency ins = insurgency(arsenal(20_000, 60_000, 200, 0.0, 1.0, 300, 0.5), 1);
        assertEquals(20_000, ins.fighters());
    }

    /** What a patrol, a tip and fused intelligence reveal, and which known site a contingent is sent to. */
    @Test
    void sitesAreRevealedWhereTheyAreLookedForAndTheNearestInSectorIsTargetedFirst() {
        Insurgency insurgency = insurgency(InsurgencyParameters.defaults(), 11);
        MersenneTwisterFast random = new MersenneTwisterFast(12);
        InfrastructureSite first = insurgency.sites().get(0);
        int near = 0;
        for (InfrastructureSite site : insurgency.sites()) {
            if (insurgency.withinReach(first.getCell(), site.getCell())) {
                near++;
            }
        }
        assertEquals(near, insurgency.discoverNear(first.getCell(), 1.0, 3, random), "chance 1: all within reach");
        assertTrue(first.isDiscovered());
        assertEquals(0, insurgency.discoverNear(first.getCell(), 1.0, 4, random), "none left hidden there");

        Governorate g = map.governorate(first.getCell().x(), first.getCell().y());
        Governorate other = g == Governorate.RAFAH ? Governorate.NORTH_GAZA : Governorate.RAFAH;
        long hiddenInOther = insurgency.sites().stream().filter(s -> !s.isDiscovered()
                && map.governorate(s.getCell().x(), s.getCell().y()) == other).count();
        for (int i = 0; i < hiddenInOther; i++) {
            assertTrue(insurgency.revealHiddenIn(other, 5, random));
        }
        assertFalse(insurgency.revealHiddenIn(other, 5, random), "every site of " + other + " is known");

        boolean[] targeted = new boolean[insurgency.sites().size()];
        int target = insurgency.demolitionTarget(first.getCell(), other, held, targeted);
        assertTrue(target >= 0);
        InfrastructureSite chosen = insurgency.sites().get(target);
        boolean knownInSector = insurgency.sites().stream().anyMatch(s -> s.isDiscovered() && !s.isDestroyed()
                && map.governorate(s.getCell().x(), s.getCell().y()) == other
                && !held.isHeld(s.getCell().x(), s.getCell().y()));
        assertTrue(knownInSector, "the test needs a known site of " + other + " outside the held zone");
        assertEquals(other, map.governorate(chosen.getCell().x(), chosen.getCell().y()), "in the sector first");
        assertFalse(held.isHeld(chosen.getCell().x(), chosen.getCell().y()));
        targeted[target] = true;
        assertTrue(insurgency.demolitionTarget(first.getCell(), other, held, targeted) != target);
    }
}
