package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.insurgency.SiteKind;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.FixedStrip;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;

/**
 * An ISF contingent (docs/sources.md#design-contingents; docs/sources.md#isf-pledges: Indonesia and Pakistan will not
 * disarm Hamas,
 * so only nations that accept the disarmament role may be tasked to destroy infrastructure).
 */
class ContingentTest {
    private static final GridCell ENTRY = new GridCell(20, 150);
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());

    /** The strip as a contingent sees it, with nothing to find and nobody to fight; it keeps what it is told. */
    private static final class FakeWorld extends FixedStrip implements ContingentWorld {
        final List<UnitReport> reports = new ArrayList<>();
        final List<GridCell> placed = new ArrayList<>();
        int clashes;
        double kmDemolished;

        FakeWorld() {
            super(MAP);
        }

        @Override
        public ForceParameters force() {
            return ForceParameters.defaults();
        }

        @Override
        public void place(Contingent contingent, GridCell cell) {
            placed.add(cell);
        }

        @Override
        public int discoverNear(GridCell cell, double chance) {
            return 0;
        }

        @Override
        public void demolish(InfrastructureSite site, double km) {
            kmDemolished += site.demolishTunnel(km);
        }

        @Override
        public void clashAtDemolition(Contingent contingent) {
            clashes++;
        }

        @Override
        public void report(UnitReport report) {
            reports.add(report);
        }
    }

    private static void stepUntilPatrolling(Contingent c, FakeWorld world, MersenneTwisterFast random) {
        for (int day = 0; day < 60 && c.getStatus() != ContingentStatus.PATROLLING; day++) {
            c.step(day, world, random);
        }
        assertEquals(ContingentStatus.PATROLLING, c.getStatus(), c.toString());
    }

    private static Contingent indonesian() {
        return new Contingent(0, new Arrival("Indonesia", 800, 173, true, false, 0.05), ENTRY);
    }

    private static Contingent kosovar() {
        return new Contingent(1, new Arrival("Kosovo", 500, 203, true, true, 0.05), ENTRY);
    }

    private static InfrastructureSite tunnel() {
        return new InfrastructureSite(7, SiteKind.TUNNEL_SEGMENT, new GridCell(22, 148), 1.0, 0);
    }

    @Test
    void aNewContingentAwaitsTaskingAtItsEntry() {
        Contingent c = indonesian();
        assertEquals(ContingentStatus.AWAITING_TASKING, c.getStatus());
        assertEquals(ENTRY, c.getPosition());
        assertEquals(800, c.getTroops());
        assertEquals(800, c.strength());
        assertEquals(173, c.getArrivalDay());
        assertTrue(c.isOnGround());
        assertEquals(800.0, c.securityPeople());
        assertNull(c.getSector());
    }

    @Test
    void aNationWithoutTheDisarmamentRoleRefusesADemolition() {
        Contingent c = indonesian();
        InfrastructureSite site = tunnel();
        assertFalse(c.availableForDemolition());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.assignDemolition(site));
        assertTrue(e.getMessage().contains("Indonesia"), e.getMessage());
        assertEquals(ContingentStatus.AWAITING_TASKING, c.getStatus());
        assertNull(c.getTarget());

        c.assignSector(Governorate.RAFAH, new GridCell(15, 140));
        assertEquals(ContingentStatus.MOVING, c.getStatus());
        assertFalse(c.availableForDemolition());
        assertThrows(IllegalStateException.class, () -> c.assignDemolition(site));
        assertEquals(ContingentStatus.MOVING, c.getStatus());
        assertNull(c.getTarget());
    }

    @Test
    void aNationWithTheDisarmamentRoleTakesADemolition() {
        Contingent c = kosovar();
        InfrastructureSite site = tunnel();
        assertFalse(c.availableForDemolition(), "not while awaiting tasking");
        c.assignDemolition(site);
        assertEquals(ContingentStatus.DEMOLISHING, c.getStatus());
        assertSame(site, c.getTarget());
        assertFalse(c.availableForDemolition(), "busy");
    }

    /**
     * Both contingents are sent to Rafah and walk there; once patrolling, the Kosovar one is available for
     * demolition and the Indonesian one is not, and still refuses.
     */
    @Test
    void onPatrolOnlyTheNationWithTheRoleIsAvailable() {
        FakeWorld world = new FakeWorld();
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        GridCell entry = MAP.crossing(ForceParameters.defaults().entryCrossing());
        Contingent indonesia = new Contingent(100, new Arrival("Indonesia", 800, 0, true, false, 0.05), entry);
        Contingent kosovo = new Contingent(101, new Arrival("Kosovo", 500, 0, true, true, 0.05), entry);
        for (Contingent c : new Contingent[] {indonesia, kosovo}) {
            c.assignSector(Governorate.RAFAH, MAP.centroid(Governorate.RAFAH));
            stepUntilPatrolling(c, world, random);
        }
        assertTrue(kosovo.availableForDemolition());
        assertFalse(indonesia.availableForDemolition());
        InfrastructureSite site = tunnel();
        assertThrows(IllegalStateException.class, () -> indonesia.assignDemolition(site));
        assertEquals(ContingentStatus.PATROLLING, indonesia.getStatus());
        kosovo.assignDemolition(site);
        assertEquals(ContingentStatus.DEMOLISHING, kosovo.getStatus());
    }

    /** A patrolling Kosovar contingent that has lost every soldier (possible with casualtyTolerance 1). */
    @Test
    void aContingentWithNoTroopsLeftIsNotAvailableForDemolition() {
        FakeWorld world = new FakeWorld();
        GridCell entry = MAP.crossing(ForceParameters.defaults().entryCrossing());
        Contingent kosovo = new Contingent(101, new Arrival("Kosovo", 500, 0, true, true, 1.0), entry);
        kosovo.assignSector(Governorate.RAFAH, MAP.centroid(Governorate.RAFAH));
        stepUntilPatrolling(kosovo, world, new MersenneTwisterFast(2));
        assertEquals(500, kosovo.takeCasualties(500));
        assertFalse(kosovo.isOnGround());
        assertFalse(kosovo.availableForDemolition());
    }

    /**
     * Through its port: a contingent reports every day it is in the strip, is shown where it goes, patrols
     * inside its sector outside the held zone, walks to its target, demolishes it (each day of work may
     * provoke a clash) and goes back on the move once it is destroyed.
     */
    @Test
    void itPatrolsItsSectorAndDemolishesThroughItsPort() {
        FakeWorld world = new FakeWorld();
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        GridCell entry = MAP.crossing(ForceParameters.defaults().entryCrossing());
        Contingent kosovo = new Contingent(7, new Arrival("Kosovo", 500, 0, true, true, 0.05), entry);
        kosovo.step(0, world, random);
        assertEquals(1, world.reports.size());
        UnitReport first = world.reports.get(0);
        assertEquals(UnitKind.CONTINGENT, first.kind());
        assertEquals(7, first.unitId());
        assertEquals(ReportStatus.AWAITING_TASKING, first.status());
        assertTrue(world.placed.isEmpty(), "awaiting tasking, it stays where it entered");

        kosovo.assignSector(Governorate.RAFAH, MAP.centroid(Governorate.RAFAH));
        stepUntilPatrolling(kosovo, world, random);
        for (int day = 0; day < 10; day++) {
            kosovo.step(day, world, random);
            GridCell at = kosovo.getPosition();
            assertEquals(Governorate.RAFAH, MAP.governorate(at.x(), at.y()));
            assertFalse(MAP.heldZone().isHeld(at.x(), at.y()));
        }
        assertEquals(kosovo.getPosition(), world.placed.get(world.placed.size() - 1));
        assertEquals(ReportStatus.ON_STATION, world.reports.get(world.reports.size() - 1).status());

        GridCell at = kosovo.getPosition();
        InfrastructureSite site = new InfrastructureSite(3, SiteKind.TUNNEL_SEGMENT, new GridCell(at.x(), at.y()), 0.5, 0);
        kosovo.assignDemolition(site);
        for (int day = 0; day < 10 && !site.isDestroyed(); day++) {
            kosovo.step(day, world, random);
            ReportStatus reported = world.reports.get(world.reports.size() - 1).status();
            assertEquals(site.isDestroyed() ? ReportStatus.EN_ROUTE : ReportStatus.ON_TASK, reported);
        }
        assertTrue(site.isDestroyed());
        assertEquals(0.5, world.kmDemolished, 1e-12);
        assertEquals(0.5, kosovo.getKmDemolished(), 1e-12);
        assertEquals(3, world.clashes, "0.2 km a day: three days of work on 0.5 km");
        assertEquals(ContingentStatus.MOVING, kosovo.getStatus());

        int reports = world.reports.size();
        kosovo.withdraw();
        kosovo.step(100, world, random);
        assertEquals(reports, world.reports.size(), "a withdrawn contingent no longer reports");
    }

    @Test
    void casualtiesReduceTroopsAndNeverBelowZero() {
        Contingent c = indonesian();
        assertEquals(0, c.takeCasualties(0));
        assertEquals(120, c.takeCasualties(120));
        assertEquals(680, c.getTroops());
        assertEquals(120, c.getCasualties());
        assertEquals(680.0, c.securityPeople());
        assertTrue(c.isOnGround());

        assertEquals(680, c.takeCasualties(1_000));
        assertEquals(0, c.getTroops());
        assertEquals(800, c.getCasualties());
        assertFalse(c.isOnGround(), "a contingent with no troops left is not on the ground");
        assertEquals(0.0, c.securityPeople());

        assertEquals(0, c.takeCasualties(5));
        assertEquals(0, c.getTroops());
        assertEquals(800, c.getCasualties());
    }

    @Test
    void aWithdrawnContingentIsGone() {
        Contingent c = kosovar();
        InfrastructureSite site = tunnel();
        c.assignDemolition(site);
        c.withdraw();
        assertEquals(ContingentStatus.WITHDRAWN, c.getStatus());
        assertFalse(c.isOnGround());
        assertEquals(0.0, c.securityPeople());
        assertNull(c.getTarget());
        assertEquals(500, c.getTroops(), "withdrawal is not a loss");
        assertEquals(0, c.getCasualties());
        assertFalse(c.availableForDemolition());

        c.assignDemolition(site);
        assertEquals(ContingentStatus.WITHDRAWN, c.getStatus(), "a withdrawn contingent takes no task");
        assertNull(c.getTarget());
    }
}
