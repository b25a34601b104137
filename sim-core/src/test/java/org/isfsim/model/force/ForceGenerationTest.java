package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

class ForceGenerationTest {
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();
    private static final Mandate MANDATE = new Mandate(MandateParameters.defaults());

    /** The force of {@code base} with 800-troop battalions and only these pledges. */
    private static ForceParameters withPledges(Parameters base, List<Map<String, Object>> pledges) {
        return base.with("force.battalionSize", 800).with("force.pledges", pledges).force();
    }

    private static ForceParameters withPledges(List<Map<String, Object>> pledges) {
        return withPledges(Parameters.defaults(), pledges);
    }

    /** A pledge by key, as a scenario file lists it: all troops on one date, all allowed to disarm. */
    private static Map<String, Object> pledge(String nation, int troops, LocalDate arrival, boolean requiresUnMandate) {
        return Map.of("nation", nation, "troops", troops, "firstArrival", arrival, "fullStrength", arrival,
                "requiresUnMandate", requiresUnMandate, "mayDisarm", true, "casualtyTolerance", 0.05,
                "source", "assumption");
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
        ForceParameters force = withPledges(List.of(pledge("A", 1_700, LocalDate.of(2026, 1, 1), false)));
        List<Arrival> arrivals = ForceGeneration.timetable(force, TIMELINE, MANDATE);
        assertEquals(List.of(567, 567, 566), arrivals.stream().map(Arrival::troops).toList());
    }

    @Test
    void aNationThatRequiresAMandateWaitsForIt() {
        LocalDate early = LocalDate.of(2025, 10, 20);
        ForceParameters force = withPledges(List.of(pledge("Needs mandate", 800, early, true),
                pledge("Does not", 800, early, false)));
        List<Arrival> arrivals = ForceGeneration.timetable(force, TIMELINE, MANDATE);
        assertEquals("Does not", arrivals.get(0).nation());
        assertEquals(TIMELINE.dayOf(early), arrivals.get(0).day());
        assertEquals(TIMELINE.dayOf(LocalDate.of(2025, 11, 17)), arrivals.get(1).day());
    }

    @Test
    void noneThatRequiresAMandateArrivesAfterItEnds() {
        LocalDate late = LocalDate.of(2028, 3, 1);
        // Parameters refuse such a pledge unless the mandate is always renewed: built under that mandate,
        // timed under the default one.
        Parameters alwaysRenewed = Parameters.defaults().with("mandate.renewal", MandateParameters.Renewal.ALWAYS);
        ForceParameters force = withPledges(alwaysRenewed, List.of(pledge("Late", 1_600, late, true)));
        assertTrue(ForceGeneration.timetable(force, TIMELINE, MANDATE).isEmpty());
    }

    @Test
    void arrivalsDueAreHandedOutOnce() {
        Parameters eager = Parameters.defaults().with("deployment.waitForDisarmament", List.of())
                .with("deployment.decisionChancePerDay", 1.0).with("deployment.leadDays", 0)
                .with("deployment.shocks", List.of());
        ForceGeneration generation = new ForceGeneration(eager.force(), eager.deployment(), TIMELINE);
        DeploymentConditions all = new DeploymentConditions() {
            @Override
            public boolean mandateInForce(LocalDate date) {
                return true;
            }

            @Override
            public boolean israelApproves(String nation) {
                return true;
            }

            @Override
            public boolean armedGroupsRefuseDisarmament() {
                return false;
            }

            @Override
            public boolean nationWithdrawn(String nation) {
                return false;
            }
        };
        int planned = TIMELINE.dayOf(LocalDate.of(2026, 4, 1));
        generation.step(planned, TIMELINE.dateOf(planned), all, new ec.util.MersenneTwisterFast(1));
        int first = generation.pending().get(0).day();
        assertEquals(planned, first, "decided and entered on its planned day: chance 1, no lead time");
        long onFirstDay = generation.pending().stream().filter(a -> a.day() == first).count();
        assertTrue(generation.arrivalsDue(first - 1).isEmpty());
        assertEquals(onFirstDay, generation.arrivalsDue(first).size());
        assertTrue(generation.arrivalsDue(first).isEmpty());
        int left = generation.pending().size();
        assertEquals(left, generation.arrivalsDue(10_000).size());
        assertTrue(generation.pending().isEmpty());
    }
}
