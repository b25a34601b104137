package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import sim.engine.SimState;

/** Whole runs: what must hold every step, and what the seed decides. */
class EpsteinModelTest {

    private static EpsteinParameters run1(Neighbourhood shape) {
        return new EpsteinParameters(true, 40, 40, 0.7, 0.04, 7, shape, 0.82, 30, 2.3, 0.1);
    }

    private static EpsteinModel runTo(long seed, EpsteinParameters parameters, int days) {
        EpsteinModel model = new EpsteinModel(seed, parameters, days);
        model.start();
        for (int day = 0; day <= days; day++) {
            assertTrue(model.schedule.step(model));
        }
        return model;
    }

    @Test
    void startPlacesTheDensitiesAskedFor() {
        EpsteinModel model = new EpsteinModel(5, run1(Neighbourhood.VON_NEUMANN), 10);
        model.start();
        assertEquals(1120, model.citizenCount());
        assertEquals(64, model.copCount());
        assertEquals(1120, model.quietCount());
        assertEquals(0, model.activeCount() + model.jailedCount());
        assertEquals(40, model.width());
        assertEquals(40, model.height());
        assertCensusMatchesTheGrid(model);
        for (int i = 0; i < model.citizenCount(); i++) {
            assertTrue(model.hardship(i) >= 0 && model.hardship(i) < 1);
            assertTrue(model.riskAversion(i) >= 0 && model.riskAversion(i) < 1);
        }
    }

    /** citizenAt names the citizen on a cell (what the GUI's inspector shows), after moves too; −1 elsewhere. */
    @Test
    void citizenAtFindsEveryCitizenOnTheGrid() {
        EpsteinModel model = runTo(8, run1(Neighbourhood.MOORE), 60);
        int found = 0;
        for (int y = 0; y < model.height(); y++) {
            for (int x = 0; x < model.width(); x++) {
                int citizen = model.citizenAt(x, y);
                int code = model.stateAt(x, y);
                if (code == EpsteinModel.QUIET || code == EpsteinModel.ACTIVE) {
                    assertEquals(y * model.width() + x, model.citizenCell(citizen), "cell " + x + "," + y);
                    assertEquals(code == EpsteinModel.ACTIVE ? CitizenState.ACTIVE : CitizenState.QUIET,
                            model.citizenState(citizen));
                    assertEquals(model.hardship(citizen) * (1 - 0.82), model.grievanceAt(x, y), 1e-12);
                    found++;
                } else {
                    assertEquals(-1, citizen, "cell " + x + "," + y + " holds no citizen");
                    assertTrue(Double.isNaN(model.grievanceAt(x, y)));
                }
            }
        }
        assertEquals(model.citizenCount() - model.jailedCount(), found);
    }

    @Test
    void theSeedConstructorUsesTheDefaults() {
        EpsteinModel model = new EpsteinModel(3);
        assertEquals(EpsteinParameters.defaults(), model.parameters());
        assertEquals(EpsteinModel.DEFAULT_DAYS, model.days());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"VON_NEUMANN, 1", "VON_NEUMANN, 2", "MOORE, 1", "MOORE, 2"})
    void invariantsHoldEveryStep(Neighbourhood shape, long seed) {
        int days = 250;
        EpsteinModel model = new EpsteinModel(seed, run1(shape), days);
        model.start();
        int citizens = model.citizenCount();
        int cops = model.copCount();
        for (int day = 0; day <= days; day++) {
            model.schedule.step(model);
            assertEquals(citizens, model.citizenCount());
            assertEquals(cops, model.copCount());
            assertEquals(citizens, model.activeCount() + model.quietCount() + model.jailedCount(),
                    "citizens conserved on day " + day);
            assertCensusMatchesTheGrid(model);
            MetricsTable metrics = model.metrics();
            for (Metric metric : Metric.all()) {
                double value = metrics.value(day, metric);
                if (metric == Metric.ACTIVE_CIVILIANS_SHARE || metric == Metric.DETAINED_SHARE) {
                    assertTrue(value >= 0 && value <= 1, metric + " = " + value + " on day " + day);
                } else {
                    assertTrue(Double.isNaN(value), metric + " measured on day " + day);
                }
            }
            assertEquals((double) model.jailedCount() / citizens, metrics.value(day, Metric.DETAINED_SHARE));
            assertEquals((double) model.activeCount() / (citizens - model.jailedCount()),
                    metrics.value(day, Metric.ACTIVE_CIVILIANS_SHARE));
        }
        assertEquals(days + 1, model.metrics().recordedDays());
        assertEquals(days + 1, model.stepsCompleted());
    }

    /**
     * Every agent on the grid has a cell of its own, and the occupancy codes agree with the agents: no two
     * agents share a cell and the counts of quiet, active and jailed citizens add up.
     */
    private static void assertCensusMatchesTheGrid(EpsteinModel model) {
        int width = model.width();
        int[] occupant = new int[width * model.height()];
        Arrays.fill(occupant, -1);
        int onGrid = 0;
        for (int i = 0; i < model.citizenCount(); i++) {
            int cell = model.citizenCell(i);
            if (cell >= 0) {
                assertEquals(-1, occupant[cell], "two agents in cell " + cell);
                occupant[cell] = i;
                onGrid++;
                int code = model.stateAt(cell % width, cell / width);
                assertEquals(model.citizenState(i) == CitizenState.ACTIVE ? EpsteinModel.ACTIVE : EpsteinModel.QUIET,
                        code);
            } else {
                assertEquals(CitizenState.JAILED, model.citizenState(i));
            }
        }
        for (int j = 0; j < model.copCount(); j++) {
            int cell = model.copCell(j);
            assertEquals(-1, occupant[cell], "two agents in cell " + cell);
            occupant[cell] = Integer.MAX_VALUE;
            assertEquals(EpsteinModel.COP, model.stateAt(cell % width, cell / width));
        }
        int[] codes = new int[4];
        for (int y = 0; y < model.height(); y++) {
            for (int x = 0; x < width; x++) {
                codes[model.stateAt(x, y)]++;
                assertEquals(occupant[y * width + x] == -1, model.stateAt(x, y) == EpsteinModel.EMPTY);
            }
        }
        assertEquals(model.quietCount(), codes[EpsteinModel.QUIET]);
        assertEquals(model.activeCount(), codes[EpsteinModel.ACTIVE]);
        assertEquals(model.copCount(), codes[EpsteinModel.COP]);
        assertEquals(model.citizenCount() - model.jailedCount(), onGrid);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        MetricsTable first = runTo(42, run1(Neighbourhood.MOORE), 200).metrics();
        MetricsTable second = runTo(42, run1(Neighbourhood.MOORE), 200).metrics();
        for (int day = 0; day <= 200; day++) {
            assertArrayEquals(first.row(day), second.row(day), "day " + day);
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        MetricsTable first = runTo(42, run1(Neighbourhood.VON_NEUMANN), 100).metrics();
        MetricsTable second = runTo(43, run1(Neighbourhood.VON_NEUMANN), 100).metrics();
        boolean differ = false;
        for (int day = 0; day <= 100 && !differ; day++) {
            differ = !Arrays.equals(first.row(day), second.row(day));
        }
        assertTrue(differ);
    }

    @Test
    void seedsDifferingOnlyInTheirHighBitsGiveDifferentRuns() {
        long low = 7;
        long high = low | (1L << 40);
        MetricsTable first = runTo(low, run1(Neighbourhood.VON_NEUMANN), 60).metrics();
        MetricsTable second = runTo(high, run1(Neighbourhood.VON_NEUMANN), 60).metrics();
        boolean differ = false;
        for (int day = 0; day <= 60 && !differ; day++) {
            differ = !Arrays.equals(first.row(day), second.row(day));
        }
        assertTrue(differ);
    }

    @ParameterizedTest
    @EnumSource(Neighbourhood.class)
    void aCheckpointedRunContinuesExactlyAsAnUninterruptedOne(Neighbourhood shape) throws Exception {
        EpsteinParameters parameters = run1(shape);
        EpsteinModel straight = runTo(9, parameters, 150);

        EpsteinModel first = new EpsteinModel(9, parameters, 150);
        first.start();
        for (int day = 0; day <= 80; day++) {
            first.schedule.step(first);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeToCheckpoint(bytes);
        EpsteinModel restored = (EpsteinModel) SimState.readFromCheckpoint(
                new ByteArrayInputStream(bytes.toByteArray()));
        for (int day = 81; day <= 150; day++) {
            restored.schedule.step(restored);
        }
        for (int day = 0; day <= 150; day++) {
            assertArrayEquals(straight.metrics().row(day), restored.metrics().row(day), "day " + day);
        }
        assertEquals(straight.activeCount(), restored.activeCount());
        assertEquals(straight.jailedCount(), restored.jailedCount());
    }

    @Test
    void startRebuildsTheWorldFromTheCurrentParameters() {
        EpsteinModel model = new EpsteinModel(4, run1(Neighbourhood.VON_NEUMANN), 20);
        model.start();
        model.schedule.step(model);
        model.finish();
        model.setParameters(new EpsteinParameters(true, 20, 10, 0.5, 0.1, 3, Neighbourhood.MOORE, 0.5, 10, 2.3, 0.1));
        model.setDays(5);
        model.start();
        assertEquals(20, model.width());
        assertEquals(10, model.height());
        assertEquals(100, model.citizenCount());
        assertEquals(20, model.copCount());
        assertEquals(48, model.vision().size());
        assertEquals(0, model.stepsCompleted());
        for (int day = 0; day <= 5; day++) {
            assertTrue(model.schedule.step(model));
        }
        assertEquals(6, model.metrics().recordedDays());
    }

    @Test
    void aModelSteppedPastItsLastDayRunsOnWithoutRecording() {
        EpsteinModel model = runTo(2, run1(Neighbourhood.VON_NEUMANN), 10);
        assertTrue(model.schedule.step(model));
        assertTrue(model.schedule.step(model));
        assertEquals(11, model.metrics().recordedDays());
        assertEquals(13, model.stepsCompleted());
        assertFalse(Double.isNaN(model.metrics().value(10, Metric.DETAINED_SHARE)));
    }
}
