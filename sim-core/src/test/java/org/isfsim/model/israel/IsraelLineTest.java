package org.isfsim.model.israel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.model.ceasefire.Ceasefire;
import org.isfsim.model.ceasefire.CeasefireWorld;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.insurgency.Insurgency;
import org.isfsim.model.insurgency.SiteKind;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.IsraelParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Israel's line moving both ways: handover governorate by governorate (Rafah first, docs/sources.md#isf-pledges
 * concept of operations), extension while the groups refuse and the ceasefire is strained, up to the cap and
 * never beyond (docs/sources.md#later-israel-zone), the IDF's demolitions in its zone, and the refusal of
 * milestones the permitted actors cannot meet.
 */
class IsraelLineTest {
    private static GazaMap map;

    @BeforeAll
    static void buildMap() {
        map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
    }

    /** The world Israel touches, recording what it is asked. */
    private static final class World implements IsraelWorld {
        final Insurgency insurgency;
        int strikes;

        World(Insurgency insurgency) {
            this.insurgency = insurgency;
        }

        @Override
        public void countViolations(int violations) {
        }

        @Override
        public void countIncident() {
        }

        @Override
        public void countStrike() {
            strikes++;
        }

        @Override
        public void countIdfKilled(int soldiers) {
        }

        @Override
        public void killCivilians(GridCell cell, int people) {
        }

        @Override
        public void killFighters(GridCell cell, int fighters) {
        }

        @Override
        public GridCell strikeTarget(MersenneTwisterFast random) {
            return map.centroid(Governorate.GAZA);
        }

        @Override
        public double peopleAt(int cell) {
            return 0;
        }

        @Override
        public double demolishTunnels(HeldZone zone, double km) {
            return insurgency.demolishInside(zone, km);
        }
    }

    /** A ceasefire pushed to a state by one review with the given violations. */
    private static Ceasefire ceasefire(int violations) {
        Ceasefire c = new Ceasefire(Parameters.defaults().ceasefire(), TimelineParameters.defaults());
        c.advance(1, new CeasefireWorld() {
            @Override
            public int violationsByArmedGroups() {
                return violations;
            }

            @Override
            public int idfSoldiersKilled() {
                return 0;
            }

            @Override
            public int isfSoldiersKilled() {
                return 0;
            }

            @Override
            public int israeliStrikes() {
                return 0;
            }

            @Override
            public boolean armedGroupsRefuseDisarmament() {
                return true;
            }
        });
        return c;
    }

    private static IsraelParameters israel(Map<String, Object> values) {
        return Parameters.defaults().with("israel", values).israel();
    }

    private static boolean subset(HeldZone inner, HeldZone outer) {
        for (int i = 0; i < map.width() * map.height(); i++) {
            if (inner.isHeld(i) && !outer.isHeld(i)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theIdfDemolishesOnlyInsideItsZoneAndItCountsTowardsTheMilestones() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Insurgency insurgency = new Insurgency(map, Parameters.defaults().insurgency(), map.heldZone(), random);
        Israel israel = new Israel(map, israel(Map.of("idfDemolitionKmPerDay", 2.0)), map.heldZone());
        World world = new World(insurgency);
        double outsideBefore = tunnelOutside(insurgency, map.heldZone());
        double done = 0;
        for (int day = 0; day < 50; day++) {
            done += israel.demolishInZone(world);
        }
        assertEquals(100.0, done, 1e-6, "2 km a day for 50 days");
        assertEquals(100.0 / insurgency.initialTunnelKm(), insurgency.destroyedShare(), 1e-9);
        assertEquals(outsideBefore, tunnelOutside(insurgency, map.heldZone()), 1e-9, "nothing outside the zone");

        Israel idle = new Israel(map, israel(Map.of("idfDemolitionKmPerDay", 0.0)), map.heldZone());
        assertEquals(0.0, idle.demolishInZone(world));
    }

    private static double tunnelOutside(Insurgency insurgency, HeldZone zone) {
        double km = 0;
        for (InfrastructureSite site : insurgency.sites()) {
            if (site.getKind() == SiteKind.TUNNEL_SEGMENT && !zone.isHeld(site.getCell().x(), site.getCell().y())) {
                km += site.getTunnelKm();
            }
        }
        return km;
    }

    @Test
    void groundIsHandedOverGovernorateByGovernorateRafahFirst() {
        Israel israel = new Israel(map, israel(Map.of("handoverDays", 10)), map.heldZone());
        HeldZone yellow = israel.heldZone();
        HeldZone red = map.heldZone(0.40);
        assertTrue(israel.reviewWithdrawal(100, 0.3, 0.2));
        assertEquals(2, israel.stage());
        assertTrue(israel.isHandingOver());
        List<Governorate> order = Parameters.defaults().israel().handoverOrder();
        assertEquals(Governorate.RAFAH, order.get(0));
        for (int step = 0; step < order.size(); step++) {
            HeldZone zone = israel.heldZone();
            assertTrue(subset(red, zone) && subset(zone, yellow), "between the two lines");
            for (int i = 0; i < map.width() * map.height(); i++) {
                Governorate g = map.governorate(i % map.width(), i / map.width());
                if (g == null) {
                    continue;
                }
                boolean done = order.indexOf(g) <= step;
                assertEquals(done ? red.isHeld(i) : yellow.isHeld(i), zone.isHeld(i),
                        "step " + step + ": " + g + (done ? " handed over" : " not yet"));
            }
            assertFalse(israel.continueHandover(100 + 10 * step + 9), "not before handoverDays");
            if (step + 1 < order.size()) {
                assertTrue(israel.continueHandover(100 + 10 * (step + 1)));
            }
        }
        assertFalse(israel.isHandingOver());
        assertEquals(red.heldCellCount(), israel.heldZone().heldCellCount());
        assertTrue(subset(israel.heldZone(), red) && subset(red, israel.heldZone()), "the second line reached");
        assertFalse(israel.reviewWithdrawal(200, 0.69, 1.0), "stage 3 needs its own milestones");
        assertTrue(israel.reviewWithdrawal(200, 0.7, 0.5));
    }

    @Test
    void noNewStageWhileAHandoverIsUnderWay() {
        Israel israel = new Israel(map, israel(Map.of("handoverDays", 30)), map.heldZone());
        assertTrue(israel.reviewWithdrawal(0, 1.0, 1.0));
        assertFalse(israel.reviewWithdrawal(1, 1.0, 1.0));
        assertEquals(2, israel.stage());
    }

    @Test
    void theZoneGrowsWhileTheGroupsRefuseAndTheCeasefireIsStrainedUpToTheCapAndNeverBeyond() {
        double cap = 0.58;
        IsraelParameters p = israel(Map.of("extensionSharePerDay", 0.002, "extensionCap", cap));
        Israel strained = new Israel(map, p, map.heldZone(), ceasefire(20));
        assertTrue(strained.ceasefire().isStrained());
        double cell = 1.0 / map.insideCellCount();
        HeldZone before = strained.heldZone();
        boolean grew = false;
        for (int day = 1; day <= 400; day++) {
            strained.accrueExtension(true);
            if (day % 30 == 0) {
                grew |= strained.applyExtension();
                assertTrue(subset(before, strained.heldZone()), "an extension only adds ground");
                before = strained.heldZone();
                assertTrue(strained.heldZone().share() <= cap + cell, "never beyond the cap: "
                        + strained.heldZone().share());
            }
        }
        assertTrue(grew);
        assertEquals(cap, strained.heldZone().share(), cell, "reaches the cap");
        assertEquals(cap - 0.53, strained.extension(), 1e-9);

        Israel holding = new Israel(map, p, map.heldZone(), ceasefire(0));
        Israel agreeing = new Israel(map, p, map.heldZone(), ceasefire(20));
        for (int day = 1; day <= 60; day++) {
            holding.accrueExtension(true);
            agreeing.accrueExtension(false);
        }
        assertFalse(holding.applyExtension(), "no extension while the ceasefire holds");
        assertFalse(agreeing.applyExtension(), "no extension once the groups accept disarmament");
        assertEquals(0.53, holding.heldZone().share(), cell);
    }

    @Test
    void milestonesThePermittedActorsCannotMeetAreRefused() {
        IsraelParameters defaults = Parameters.defaults().israel();
        double km = Parameters.defaults().insurgency().tunnelKm();
        WithdrawalReach.check(map, defaults, km, true);
        InvalidInputException idfAlone = assertThrows(InvalidInputException.class,
                () -> WithdrawalReach.check(map, defaults, km, false));
        assertTrue(idfAlone.getMessage().contains("stage 3") && idfAlone.getMessage().contains("no contingent may disarm"),
                idfAlone.getMessage());
        IsraelParameters noIdf = israel(Map.of("idfDemolitionKmPerDay", 0.0));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WithdrawalReach.check(map, noIdf, km, true));
        assertEquals("israel.stageInfrastructureDestroyed", refused.key());
        assertTrue(refused.getMessage().startsWith("israel.stageInfrastructureDestroyed: stage 3 (the line at 15 %) "
                + "needs 70 % of the tunnel destroyed (314 of 448 km), but only "), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
        InvalidInputException nobody = assertThrows(InvalidInputException.class,
                () -> WithdrawalReach.check(map, noIdf, km, false));
        assertTrue(nobody.getMessage().contains("stage 2"), nobody.getMessage());
        assertTrue(nobody.getMessage().contains("the IDF demolishes nothing and no contingent may disarm"));
    }
}
