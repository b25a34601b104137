package org.isfsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.model.params.Parameters;
import org.isfsim.output.ResultFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepEnginesTest {
    /** Beyond the int range: a manifest read back holds an int-sized seed as an int, which --resume compares unequal. */
    private static final long SEED = 5_000_000_011L;

    @TempDir
    Path dir;

    private static Experiment experiment(int replications, int days) {
        Parameters base = Parameters.defaults().withDays(days);
        return new Experiment("baseline", Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(new FactorValue("k", "a")), base),
                        new DesignPoint(List.of(new FactorValue("k", "b")), base)), replications, SEED);
    }

    @Test
    void localIsAlwaysThere() {
        assertInstanceOf(LocalSweepEngine.class, SweepEngines.find("local"));
        assertEquals("local", SweepEngines.find("local").name());
    }

    @Test
    void sparkWithoutItsModuleSaysHowToGetIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SweepEngines.find("spark"));
        assertEquals("--engine spark: not on the class path; run through ./isf-sim, which adds sim-spark", e.getMessage());
    }

    @Test
    void anUnknownEngineListsTheAllowedOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SweepEngines.find("dask"));
        assertEquals("--engine dask: unknown; allowed: local, spark", e.getMessage());
    }

    @Test
    void theLocalEngineTakesNoMasterAndNamesItselfInTheManifest() throws Exception {
        SweepEngine local = SweepEngines.find("local");
        Experiment experiment = experiment(1, 3);
        assertThrows(InvalidInputException.class,
                () -> local.execute(experiment, dir.resolve("m"), ExecutionOptions.threads(1), "local[2]"));
        ExperimentOutcome outcome = local.execute(experiment, dir.resolve("ok"),
                ExecutionOptions.threads(2).withProvenance(Map.of("command", "sweep")), null);
        assertEquals(2, outcome.runs());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("ok/manifest.json").toFile());
        assertEquals("local", manifest.get("engine").asText());
        assertEquals("sweep", manifest.get("command").asText());
    }

    /** Results from another engine, in order, give the same bytes as the threaded runner. */
    @Test
    void resultsFromAnExternalSourceWriteTheSameBytes() throws Exception {
        Experiment experiment = experiment(3, 4);
        ExperimentExecution.execute(experiment, dir.resolve("local"), ExecutionOptions.threads(2));
        AtomicBoolean closed = new AtomicBoolean();
        List<Integer> asked = new ArrayList<>();
        ExperimentOutcome outcome = ExperimentExecution.execute(experiment, dir.resolve("external"),
                ExecutionOptions.threads(1).withSource(RunSource.inOrder(missing -> {
                    missing.forEach(s -> asked.add(s.run()));
                    return new ClosingIterator(missing.stream()
                            .map(s -> ExperimentRunner.runOne(s, RunFunction.SIMULATION)).iterator(), closed);
                })));
        assertEquals(6, outcome.runs());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), asked);
        assertTrue(closed.get());
        for (String file : List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)),
                    Files.readAllBytes(dir.resolve("external").resolve(file)), file);
        }
    }

    @Test
    void resumingAnExternalSourceAsksOnlyForTheMissingRuns() throws Exception {
        Experiment experiment = experiment(2, 3);
        Path folder = dir.resolve("resumed");
        // A first attempt that dies after two runs keeps its .part files (resumable).
        ExecutionOptions resumable = ExecutionOptions.threads(1).with(ExecutionOptions.FolderMode.RESUMABLE);
        assertThrows(IllegalStateException.class, () -> ExperimentExecution.execute(experiment, folder,
                resumable.withSource(RunSource.inOrder(missing -> {
                    Iterator<RunResult> all = missing.stream()
                            .map(s -> ExperimentRunner.runOne(s, RunFunction.SIMULATION)).iterator();
                    return new Iterator<>() {
                        int given;

                        @Override
                        public boolean hasNext() {
                            return true;
                        }

                        @Override
                        public RunResult next() {
                            if (given++ == 2) {
                                throw new IllegalStateException("executor lost");
                            }
                            return all.next();
                        }
                    };
                }))));
        assertTrue(Files.exists(folder.resolve("runs.csv.part")));
        List<Integer> asked = new ArrayList<>();
        ExecutionOptions resume = ExecutionOptions.threads(1).with(ExecutionOptions.FolderMode.RESUME);
        ExperimentExecution.execute(experiment, folder, resume.withSource(RunSource.inOrder(missing -> {
                    missing.forEach(s -> asked.add(s.run()));
                    return missing.stream().map(s -> ExperimentRunner.runOne(s, RunFunction.SIMULATION)).iterator();
                })));
        assertEquals(List.of(3, 4), asked);
        ExperimentExecution.execute(experiment, dir.resolve("whole"), ExecutionOptions.threads(2));
        for (String file : List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(file)),
                    Files.readAllBytes(folder.resolve(file)), file);
        }
    }

    @Test
    void aResultOutOfOrderIsRefusedAndLeavesNoFiles() {
        Experiment experiment = experiment(1, 2);
        Path folder = dir.resolve("disorder");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExperimentExecution.execute(experiment, folder,
                        ExecutionOptions.threads(1).withSource(RunSource.inOrder(missing -> {
                            List<RunSpec> reversed = new ArrayList<>(missing);
                            java.util.Collections.reverse(reversed);
                            return reversed.stream().map(s -> RunResult.failed(s, "x")).iterator();
                        }))));
        assertEquals("the engine gave run 2 where run 1 was due", e.getMessage());
        assertFalse(Files.exists(folder.resolve("runs.csv")));
        assertFalse(Files.exists(folder.resolve("runs.csv.part")));
    }

    private record ClosingIterator(Iterator<RunResult> inner, AtomicBoolean closed)
            implements Iterator<RunResult>, AutoCloseable {
        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public RunResult next() {
            return inner.next();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
