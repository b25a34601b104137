package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.Pledge;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

class ForceGenerationTest {
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();
    private static final Mandate MANDATE = new Mandate(MandateParameters.defaults());

    private static ForceParameters withPledges(Pledge... pledges) {
        ForceParameters d = ForceParameters.defaults();
        return new ForceParameters(800, d.entryCrossing(), d.moveKmPerDay(), d.patrolKmPerDay(), d.troopsPerSector(),
                d.sectorOrder(), d.demolitionKmPerDay(), d.patrolDiscoveryChance(), List.of(pledges), d.reinforcementLeadDays(),
                d.reinforcementSpreadDays(), d.reinforcementCasualtyTolerance());
    }

    @Test
    void indonesiaArrivesInBattalionsFromAprilToJune2026() {
        List<Arrival> arrivals = ForceGeneration.timetable(ForceParameters.defaults(), TIMELINE, MANDATE).stream()
                .filter(a -> a.nation().equals("Indonesia")).toList();
        assertEquals(10, arrivals.size());
        assertEquals(8_000, arrivals.stream().mapToInt(Arrival::troops).sum());
        assertEquals(TIMELINE.dayOf(LocalDate.of(2026, 4, 1)), arrivals.get(0).day());
        assertEquals(TIMELINE.dayOf(LocalDate.of(2026, 6, 30)), arrivals.get(9).day());
        for (int i = 1; i < arrivals.size(); i++) {
            assertTrue(arrivals.get(i).day() >= arrivals.get(i - 1).day());
        }
    }

    @Test
    void troopsAreConservedAndSplitEvenly() {
        ForceParameters force = withPledges(new Pledge("A", 1_700, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                false, true, 0.05, "assumption"));
        List<Arrival> arrivals = ForceGeneration.timetable(force, TIMELINE, MANDATE);
        assertEquals(List.of(567, 567, 566), arrivals.stream().map(Arrival::troops).toList());
    }

    @Test
    void aNationThatRequiresAMandateWaitsForIt() {
        LocalDate early = LocalDate.of(2025, 10, 20);
        ForceParameters force = withPledges(
                new Pledge("Needs mandate", 800, early, early, true, true, 0.05, "assumption"),
                new Pledge("Does not", 800, early, early, false, true, 0.05, "assumption"));
        List<Arrival> arrivals = ForceGeneration.timetable(force, TIMELINE, MANDATE);
        assertEquals("Does not", arrivals.get(0).nation());
        assertEquals(TIMELINE.dayOf(early), arrivals.get(0).day());
        assertEquals(TIMELINE.dayOf(LocalDate.of(2025, 11, 17)), arrivals.get(1).day());
    }

    @Test
    void noneThatRequiresAMandateArrivesAfterItEnds() {
        LocalDate late = LocalDate.of(2028, 3, 1);
        ForceParameters force = withPledges(new Pledge("Late", 1_600, late, late, true, true, 0.05, "assumption"));
        assertTrue(ForceGeneration.timetable(force, TIMELINE, MANDATE).isEmpty());
    }

    @Test
    void arrivalsDueAreHandedOutOnce() {
        ForceGeneration generation = new ForceGeneration(ForceParameters.defaults(), TIMELINE, MANDATE);
        int first = generation.pending().get(0).day();
        long onFirstDay = generation.pending().stream().filter(a -> a.day() == first).count();
        assertTrue(generation.arrivalsDue(first - 1).isEmpty());
        assertEquals(onFirstDay, generation.arrivalsDue(first).size());
        assertTrue(generation.arrivalsDue(first).isEmpty());
        int left = generation.pending().size();
        assertEquals(left, generation.arrivalsDue(10_000).size());
        assertTrue(generation.pending().isEmpty());
    }
}
