package org.isfsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.invoke.SerializedLambda;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ContingentStatus;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.police.PoliceUnit;
import org.isfsim.model.police.PoliceUnitStatus;
import org.isfsim.model.police.TrainingCohort;
import org.isfsim.model.space.Movement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.engine.SimState;

class IsfModelTest {

    private static IsfModel runTo(long seed, Parameters parameters, int lastDay) {
        IsfModel model = new IsfModel(seed, parameters);
        model.start();
        for (int day = 0; day <= lastDay; day++) {
            assertTrue(model.schedule.step(model));
        }
        return model;
    }

    @Test
    void dayZeroIsTheCeasefireAndOneRowIsRecordedPerDay() {
        IsfModel model = runTo(1, Parameters.defaults().withDays(30), 30);
        assertEquals(30, model.day());
        assertEquals(LocalDate.of(2025, 11, 9), model.date());
        assertEquals(31, model.metrics().recordedDays());
    }

    /** Invariants checked every day of whole runs over several seeds, with the pledges arriving as planned. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void invariantsHoldEveryDay(long seed) {
        Parameters parameters = PledgesAsPlanned.of(Parameters.defaults());
        IsfModel model = new IsfModel(seed, parameters);
        model.start();
        int firstArrival = parameters.timeline().dayOf(LocalDate.of(2026, 4, 1));
        int mandateDay = parameters.timeline().dayOf(LocalDate.of(2025, 11, 17));
        int agents = model.civilians().agentCount();
        assertEquals(21_300, agents, "2.13 million people at 100 per agent");
        for (int day = 0; day <= parameters.timeline().days(); day++) {
            model.schedule.step(model);
            MetricsTable m = model.metrics();
            for (Metric metric : Metric.all()) {
                double value = m.value(day, metric);
                assertTrue(value >= 0, metric + " negative or missing on day " + day);
                if (metric.kind() == org.isfsim.model.metrics.MetricKind.SHARE) {
                    assertTrue(value <= 1, metric + " above 1 on day " + day + ": " + value);
                }
            }
            assertEquals(agents, model.civilians().agentCount(), "civilian agents are conserved");
            assertEquals(agents, model.civilians().livingCount() + model.civilians().recruitedCount()
                    + model.civilians().killedCount());
            if (day > 0) {
                assertTrue(m.value(day, Metric.INFRASTRUCTURE_REMAINING)
                        <= m.value(day - 1, Metric.INFRASTRUCTURE_REMAINING) + 1e-9, "tunnel grew on day " + day);
                if (m.value(day, Metric.IDF_HELD_SHARE) > m.value(day - 1, Metric.IDF_HELD_SHARE) + 1e-12) {
                    assertTrue(model.insurgency().refusesDisarmament() && model.israel().extension() > 0,
                            "the zone grows only by the extension, day " + day);
                }
            }
            assertTrue(m.value(day, Metric.IDF_HELD_SHARE)
                    <= parameters.israel().extensionCap() + 1.0 / model.map().insideCellCount() + 1e-12,
                    "the zone never grows beyond the extension's cap, day " + day);
            assertTrue(m.value(day, Metric.CEASEFIRE_STATE) >= 0 && m.value(day, Metric.CEASEFIRE_STATE) <= 3);
            if (day > 0 && m.value(day - 1, Metric.CEASEFIRE_STATE) == 3) {
                assertEquals(3.0, m.value(day, Metric.CEASEFIRE_STATE), "a collapse is absorbing");
                assertEquals(0.0, m.value(day, Metric.ISF_TROOPS), "the mission ends with a collapse");
            }
            assertEquals(day >= mandateDay ? 1.0 : 0.0, m.value(day, Metric.MANDATE_ACTIVE));
            if (day < firstArrival) {
                assertEquals(0, m.value(day, Metric.ISF_TROOPS), "troops before the first arrival, day " + day);
            }
            for (Contingent c : model.contingents()) {
                assertTrue(c.getArrivalDay() <= day);
                assertFalse(model.parameters().israel().vetoes(c.getNation()), "vetoed " + c);
                if (c.getStatus() == ContingentStatus.DEMOLISHING) {
                    assertTrue(c.isMayDisarm(), "demolition by a nation without the disarmament role: " + c);
                }
                if (c.getStatus() == ContingentStatus.PATROLLING) {
                    assertTrue(Movement.onStation(model.map(), model.heldZone(), c.getSector(), c.getPosition()),
                            c + " off station on day " + day);
                }
            }
            assertOfficersConserved(model, day);
            assertPoliceOnlyWhereIsfPatrols(model);
        }
        double finalTroops = model.metrics().value(parameters.timeline().days(), Metric.ISF_TROOPS);
        if (model.ceasefire().isCollapsed()) {
            assertEquals(0.0, finalTroops, "the mission ended with the ceasefire");
        } else {
            int pool = parameters.deployment().reinforcementPoolTroops();
            assertTrue(finalTroops <= 11_000 + pool, "troops at the end " + finalTroops + ": more than pledged and pooled");
            if (model.metrics().value(parameters.timeline().days(), Metric.NATIONS_WITHDRAWN) == 0) {
                assertTrue(finalTroops > 9_000, "troops at the end " + finalTroops + " though no nation withdrew");
            }
        }
    }

    /** Every officer recruited is in exactly one place: on a course, awaiting posting, travelling or deployed. */
    private static void assertOfficersConserved(IsfModel model, int day) {
        int recruited = model.policeTraining().initialGraduates();
        int stillToGraduate = 0;
        for (TrainingCohort cohort : model.policeTraining().cohorts()) {
            recruited += cohort.recruits();
            if (cohort.graduationDay() > day) {
                stillToGraduate += cohort.recruits();
            }
        }
        int inUnits = model.policeUnits().stream().mapToInt(u -> u.getOfficers() + u.getCasualties()).sum();
        assertEquals(recruited, stillToGraduate + inUnits, "officers on day " + day);
        assertTrue(recruited <= model.parameters().police().targetOfficers());
        int deployed = model.policeUnits().stream().filter(u -> u.getStatus() == PoliceUnitStatus.DEPLOYED)
                .mapToInt(PoliceUnit::getOfficers).sum();
        assertEquals(deployed, model.metrics().value(day, Metric.POLICE_DEPLOYED));
    }

    private static void assertPoliceOnlyWhereIsfPatrols(IsfModel model) {
        for (PoliceUnit unit : model.policeUnits()) {
            if (unit.getStatus() == PoliceUnitStatus.DEPLOYED) {
                Governorate posting = unit.getPosting();
                assertTrue(model.contingents().stream().anyMatch(c -> c.getSector() == posting),
                        unit + " posted to " + posting + " where no contingent is assigned");
                assertEquals(posting, model.map().governorate(unit.getPosition().x(), unit.getPosition().y()));
            }
        }
    }

    @Test
    void rafahIsTakenOnFirstThenSectorBySector() {
        // The ceasefire held (its thresholds out of reach), so that the force is still there to be looked at.
        IsfModel model = runTo(5, PledgesAsPlanned.of(Parameters.defaults())
                .with("ceasefire.stateThresholds", List.of(1e4, 2e4, 3e4)), 812);
        Map<Governorate, Integer> firstDay = new EnumMap<>(Governorate.class);
        for (Contingent c : model.contingents()) {
            firstDay.merge(c.getSector(), c.getArrivalDay(), Math::min);
        }
        assertEquals(Governorate.RAFAH, model.contingents().get(0).getSector());
        assertTrue(firstDay.get(Governorate.RAFAH) <= firstDay.get(Governorate.KHAN_YOUNIS));
        assertTrue(firstDay.get(Governorate.KHAN_YOUNIS) <= firstDay.get(Governorate.DEIR_AL_BALAH));
        for (Contingent c : model.contingents()) {
            assertTrue(c.getStatus() != ContingentStatus.AWAITING_TASKING && c.getSector() != null,
                    "still without a sector at the end: " + c);
        }
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        Parameters parameters = Parameters.defaults().withDays(400);
        MetricsTable a = runTo(11, parameters, 400).metrics();
        MetricsTable b = runTo(11, parameters, 400).metrics();
        MetricsTable c = runTo(12, parameters, 400).metrics();
        boolean differs = false;
        for (int day = 0; day <= 400; day++) {
            assertArrayEquals(a.row(day), b.row(day));
            differs |= !java.util.Arrays.equals(a.row(day), c.row(day));
        }
        assertTrue(differs, "two seeds gave identical runs");
    }

    @Test
    void seedsThatDifferOnlyInTheirHighBitsGiveDifferentStreams() {
        IsfModel low = new IsfModel(1L);
        IsfModel high = new IsfModel(1L + (1L << 32));
        assertFalse(low.random.nextLong() == high.random.nextLong());
    }

    @Test
    void aRestoredCheckpointContinuesExactlyAsTheOriginal() throws Exception {
        Parameters parameters = Parameters.defaults().withDays(300);
        IsfModel straight = runTo(21, parameters, 300);

        IsfModel first = runTo(21, parameters, 200);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeToCheckpoint(bytes);
        IsfModel restored = (IsfModel) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertNotNull(restored);
        for (int day = 201; day <= 300; day++) {
            restored.schedule.step(restored);
        }
        for (int day = 0; day <= 300; day++) {
            assertArrayEquals(straight.metrics().row(day), restored.metrics().row(day), "day " + day);
        }
    }

    /**
     * A checkpoint binds to named classes only: a serialised lambda would restore by the synthetic name of
     * its method, which a later build may give to different code.
     */
    @Test
    void aCheckpointHoldsNoLambda() throws IOException {
        IsfModel model = runTo(5, Parameters.defaults().withDays(30), 10);
        List<String> lambdas = new ArrayList<>();
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream()) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                if (obj instanceof SerializedLambda lambda) {
                    lambdas.add(lambda.getCapturingClass() + "." + lambda.getImplMethodName());
                }
                return obj;
            }
        }) {
            out.writeObject(model);
        }
        assertTrue(lambdas.isEmpty(), "lambdas in a checkpoint: " + lambdas);
    }

    @Test
    void withoutAMandateNationsThatRequireOneStayAway() {
        Parameters noMandate = Parameters.defaults().with("mandate", Map.of("authorisedDate", LocalDate.of(2030, 1, 1),
                "endDate", LocalDate.of(2031, 1, 1), "reportingIntervalMonths", 0));
        IsfModel model = runTo(3, noMandate, 812);
        assertEquals(0, model.metrics().value(812, Metric.ISF_TROOPS));
        assertEquals(0, model.metrics().value(812, Metric.POLICE_DEPLOYED), "police wait for ISF on station");
    }
}
