package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isfsim.model.IsfModel;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.insurgency.SiteKind;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * An ISF contingent (DESIGN.md "ISF contingents"; facts.md §3: Indonesia and Pakistan will not disarm Hamas,
 * so only nations that accept the disarmament role may be tasked to destroy infrastructure).
 */
class ContingentTest {
    private static final GridCell ENTRY = new GridCell(20, 150);

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
     * In the world: both contingents are sent to Rafah and walk there; once patrolling, the Kosovar one is
     * available for demolition and the Indonesian one is not, and still refuses.
     */
    @Test
    void onPatrolOnlyTheNationWithTheRoleIsAvailable() {
        IsfModel model = new IsfModel(1, Parameters.defaults().withDays(30));
        model.start();
        model.schedule.step(model);
        GridCell entry = model.map().crossing(model.parameters().force().entryCrossing());
        Contingent indonesia = new Contingent(100, new Arrival("Indonesia", 800, 0, true, false, 0.05), entry);
        Contingent kosovo = new Contingent(101, new Arrival("Kosovo", 500, 0, true, true, 0.05), entry);
        for (Contingent c : new Contingent[] {indonesia, kosovo}) {
            c.assignSector(Governorate.RAFAH, model.map().centroid(Governorate.RAFAH));
            for (int day = 0; day < 60 && c.getStatus() != ContingentStatus.PATROLLING; day++) {
                c.step(model);
            }
            assertEquals(ContingentStatus.PATROLLING, c.getStatus(), c.toString());
        }
        assertTrue(kosovo.availableForDemolition());
        assertFalse(indonesia.availableForDemolition());
        InfrastructureSite site = model.insurgency().sites().get(0);
        assertThrows(IllegalStateException.class, () -> indonesia.assignDemolition(site));
        assertEquals(ContingentStatus.PATROLLING, indonesia.getStatus());
        kosovo.assignDemolition(site);
        assertEquals(ContingentStatus.DEMOLISHING, kosovo.getStatus());
    }

    /** A patrolling Kosovar contingent that has lost every soldier (possible with casualtyTolerance 1). */
    @Test
    void aContingentWithNoTroopsLeftIsNotAvailableForDemolition() {
        IsfModel model = new IsfModel(2, Parameters.defaults().withDays(30));
        model.start();
        model.schedule.step(model);
        GridCell entry = model.map().crossing(model.parameters().force().entryCrossing());
        Contingent kosovo = new Contingent(101, new Arrival("Kosovo", 500, 0, true, true, 1.0), entry);
        kosovo.assignSector(Governorate.RAFAH, model.map().centroid(Governorate.RAFAH));
        for (int day = 0; day < 60 && kosovo.getStatus() != ContingentStatus.PATROLLING; day++) {
            kosovo.step(model);
        }
        assertEquals(ContingentStatus.PATROLLING, kosovo.getStatus());
        assertEquals(500, kosovo.takeCasualties(500));
        assertFalse(kosovo.isOnGround());
        assertFalse(kosovo.availableForDemolition());
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
