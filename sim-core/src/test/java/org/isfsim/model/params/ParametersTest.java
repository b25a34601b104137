package org.isfsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void defaultsHorizonIsTheEndOfTheMandate() {
        Parameters p = Parameters.defaults();
        assertEquals(LocalDate.of(2025, 10, 10), p.timeline().startDate());
        assertEquals(812, p.timeline().days());
        assertEquals(LocalDate.of(2027, 12, 31), p.timeline().dateOf(812));
        assertEquals(p.mandate().endDate(), p.timeline().dateOf(p.timeline().days()));
    }

    @Test
    void everyLeafParameterNamesItsSource() {
        List<String> missing = new ArrayList<>();
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            for (RecordComponent leaf : section.getType().getRecordComponents()) {
                Source source = leaf.getAnnotation(Source.class);
                if (source == null || source.value().isBlank()) {
                    missing.add(section.getName() + "." + leaf.getName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "parameters without @Source: " + missing);
        Parameters.defaults().force().pledges().forEach(p -> assertFalse(p.source().isBlank()));
        Parameters.defaults().police().trainingSites().forEach(s -> assertFalse(s.source().isBlank()));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheKeyAndTheRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MapParameters(10, 0.53));
        assertEquals("map.cellSizeMeters: 10 is out of range; allowed 50..2000", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new MapParameters(250, 1.5));
        assertTrue(e.getMessage().startsWith("map.idfHeldShare: 1.5"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new MapParameters(250, Double.NaN));
        assertThrows(InvalidInputException.class, () -> new TimelineParameters(LocalDate.of(2025, 10, 10), 0));
        assertThrows(InvalidInputException.class, () -> new PopulationParameters(-1, 100));
        assertThrows(InvalidInputException.class,
                () -> new MandateParameters(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), 0, 0.3, 1_000,
                        MandateParameters.Renewal.AUTO, 0.3, 24, 60));
        assertThrows(InvalidInputException.class, () -> new Pledge("X", 10, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), true, true, 0.05, "assumption"));
        assertThrows(InvalidInputException.class, () -> new Pledge(" ", 10, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1), true, true, 0.05, "assumption"));
        assertThrows(InvalidInputException.class, () -> new Pledge("X", 10, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1), true, true, 1.5, "assumption"));
    }

    @Test
    void sectorOrderMustBeDistinctAndNonEmpty() {
        ForceParameters d = ForceParameters.defaults();
        assertThrows(InvalidInputException.class, () -> new ForceParameters(d.battalionSize(), d.entryCrossing(),
                d.moveKmPerDay(), d.patrolKmPerDay(), d.troopsPerSector(), List.of(), d.demolitionKmPerDay(),
                d.patrolDiscoveryChance(), d.pledges(), d.reinforcementLeadDays(), d.reinforcementSpreadDays(),
                d.reinforcementCasualtyTolerance()));
        assertThrows(InvalidInputException.class, () -> new ForceParameters(d.battalionSize(), d.entryCrossing(),
                d.moveKmPerDay(), d.patrolKmPerDay(), d.troopsPerSector(),
                List.of(d.sectorOrder().get(0), d.sectorOrder().get(0)), d.demolitionKmPerDay(),
                d.patrolDiscoveryChance(), d.pledges(), d.reinforcementLeadDays(), d.reinforcementSpreadDays(),
                d.reinforcementCasualtyTolerance()));
    }

    @Test
    void decisionTimeGrowsWithMembersAndWithoutUnifiedCommand() {
        CoordinationParameters base = CoordinationParameters.defaults();
        assertEquals(1.0 + 0.25 * 4, base.decisionDays(), 1e-12);
        assertEquals(2.5, base.decisionDays(60), 1e-12);
        CoordinationParameters d = CoordinationParameters.defaults();
        CoordinationParameters national = new CoordinationParameters(40, 1, 1.0, 0.25, false, 2.0, 20, d.openingDate(),
                d.membership(), d.pictureNoise(), d.intelligenceFusionChancePerDay());
        assertEquals(4.0, national.decisionDays(), 1e-12);
        assertEquals(30, base.tasksPerDay(60));
    }

    @Test
    void mandateIsActiveFromAdoptionToItsEndInclusive() {
        MandateParameters m = MandateParameters.defaults();
        assertFalse(m.activeOn(LocalDate.of(2025, 11, 16)));
        assertTrue(m.activeOn(LocalDate.of(2025, 11, 17)));
        assertTrue(m.activeOn(LocalDate.of(2027, 12, 31)));
        assertFalse(m.activeOn(LocalDate.of(2028, 1, 1)));
    }

    @Test
    void pledgedTroopsAddUp() {
        assertEquals(16_500, ForceParameters.defaults().pledgedTroops());
    }

    @Test
    void membershipFollowsTheCitedCounts() {
        CoordinationParameters c = CoordinationParameters.defaults();
        assertEquals(40, c.membersOn(LocalDate.of(2025, 10, 10)));
        assertEquals(34, c.membersOn(LocalDate.of(2025, 10, 30)));
        assertEquals(50, c.membersOn(LocalDate.of(2025, 11, 30)));
        assertEquals(60, c.membersOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void israelVetoesTurkeyAndPakistanUnlessLifted() {
        IsraelParameters d = IsraelParameters.defaults();
        assertTrue(d.vetoes("Turkey"));
        assertTrue(d.vetoes("Pakistan"));
        assertFalse(d.vetoes("Indonesia"));
        IsraelParameters lifted = new IsraelParameters(d.withdrawalShares(), d.stageInfrastructureDestroyed(),
                d.stageSecuredShare(), d.strikeChanceAfterViolation(), d.civiliansKilledPerStrike(),
                d.fightersKilledPerStrike(), d.closureChanceAfterViolation(), d.closureDays(), d.lineIncidentsPerDay(),
                d.civiliansKilledPerLineIncident(), d.civiliansKilledPerLineIncidentFloor(), d.lineLethalityDecayDays(),
                d.deconflictionKm(), d.approvalDelayDays(),
                d.approvalDenialChance(), d.vetoedNations(), true, d.withdrawalReviewDays());
        assertFalse(lifted.vetoes("Turkey"));
        assertThrows(InvalidInputException.class, () -> new IsraelParameters(List.of(0.4, 0.53), List.of(0.3),
                List.of(0.2), 0.8, 3, 5, 0.3, 3, 10, 0.6, 0.2, 0, 1, 3, 0.2, List.of(), false, 30));
    }
}
