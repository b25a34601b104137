package org.isfsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.ProgressListener;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExecutionOptions.FolderMode;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.output.ResultFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on an embedded local[2] Spark, against the local threaded runner: the same bytes, a
 * run that throws kept apart, and an interrupted sweep resumed.
 */
class SparkSweepEngineTest {
    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(SparkSweepEngine.conf("local[2]").setAppName("isf-sim tests"));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    /** Run 3 throws, on whichever executor runs it: a deterministic failure. */
    private static final SparkRunFunction THIRD_THROWS = spec -> {
        if (spec.run() == 3) {
            throw new IllegalStateException("no sector for\nrun 3");
        }
        return SparkRunFunction.SIMULATION.run(spec);
    };

    /** The runs the executors made (they share this JVM in local mode). */
    private static final Set<Integer> RAN = ConcurrentHashMap.newKeySet();

    private static final SparkRunFunction RECORDED = spec -> {
        RAN.add(spec.run());
        return SparkRunFunction.SIMULATION.run(spec);
    };

    private static ExperimentOutcome spark(Experiment experiment, Path folder, ExecutionOptions options,
            SparkRunFunction runFunction) throws Exception {
        return SparkSweepEngine.execute(spark, experiment, folder, options.withProvenance(Map.of("command", "sweep")),
                runFunction);
    }

    private static void assertSameCsv(Path expected, Path actual) throws Exception {
        for (String file : List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file + " differs between " + expected + " and " + actual);
        }
    }

    @Test
    void aSweepOnLocal2IsByteIdenticalToTheThreadedRunner() throws Exception {
        Experiment experiment = SparkTestSweeps.small(dir);
        ExperimentExecution.execute(experiment, dir.resolve("local"), ExecutionOptions.threads(2));
        List<Integer> progress = new ArrayList<>();
        ExperimentOutcome outcome = spark(experiment, dir.resolve("spark"),
                ExecutionOptions.threads(1).with(FolderMode.RESUMABLE)
                        .withProgress((done, total, failed) -> progress.add(done)),
                SparkRunFunction.SIMULATION);
        assertEquals(8, outcome.runs());
        assertEquals(0, outcome.failed());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), progress);
        assertSameCsv(dir.resolve("local"), dir.resolve("spark"));
        assertEquals(1 + 8 * 41, Files.readAllLines(dir.resolve("spark/timeseries.csv")).size());

        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("spark/manifest.json").toFile());
        assertEquals("spark", manifest.get("engine").asText());
        assertEquals("local[2]", manifest.get("master").asText());
        assertEquals("4.0.1", manifest.get("sparkVersion").asText());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(8, manifest.get("runCount").asInt());
        assertEquals("sweep", manifest.get("command").asText());
        JsonNode local = new ObjectMapper().readTree(dir.resolve("local/manifest.json").toFile());
        assertEquals(local.get("experiment"), manifest.get("experiment"), "the same experiment, whatever the engine");
        try (var files = Files.list(dir.resolve("spark"))) {
            assertEquals(List.of("manifest.json", "runs.csv", "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRunThatThrowsIsRecordedFailedAndTheOthersGoOn() throws Exception {
        Experiment experiment = SparkTestSweeps.small(dir);
        ExperimentExecution.execute(experiment, dir.resolve("local"),
                ExecutionOptions.threads(2).withRunFunction(THIRD_THROWS));
        ExperimentOutcome outcome = spark(experiment, dir.resolve("spark"), ExecutionOptions.threads(1), THIRD_THROWS);
        assertEquals(8, outcome.runs());
        assertEquals(1, outcome.failed());
        assertSameCsv(dir.resolve("local"), dir.resolve("spark"));
        List<String> runs = Files.readAllLines(dir.resolve("spark/runs.csv"), StandardCharsets.UTF_8);
        assertTrue(runs.get(3).startsWith("3,"), runs.get(3));
        assertTrue(runs.get(3).contains(",failed: IllegalStateException: no sector for run 3,"), runs.get(3));
        assertEquals(8, runs.stream().skip(1).filter(l -> l.contains(",ok,") || l.contains(",failed: ")).count());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("spark/manifest.json").toFile());
        assertEquals(1, manifest.get("failedRuns").asInt());
    }

    @Test
    void anInterruptedSparkSweepResumesToTheSameBytes() throws Exception {
        Experiment experiment = SparkTestSweeps.small(dir);
        Path folder = dir.resolve("resumed");
        // The sweep is stopped after three runs are written (as by Ctrl-C): its .part files stay.
        ProgressListener stopAfterThree = (done, total, failed) -> {
            if (done == 3) {
                throw new IllegalStateException("interrupted");
            }
        };
        assertThrows(IllegalStateException.class, () -> spark(experiment, folder,
                ExecutionOptions.threads(1).with(FolderMode.RESUMABLE).withProgress(stopAfterThree),
                SparkRunFunction.SIMULATION));
        assertFalse(Files.exists(folder.resolve("runs.csv")));
        assertEquals(4, Files.readAllLines(folder.resolve("runs.csv.part")).size());

        RAN.clear();
        List<Integer> progress = new ArrayList<>();
        ExperimentOutcome outcome = spark(experiment, folder,
                ExecutionOptions.threads(1).with(FolderMode.RESUME)
                        .withProgress((done, total, failed) -> progress.add(done)), RECORDED);
        assertEquals(8, outcome.runs());
        assertEquals(List.of(4, 5, 6, 7, 8), RAN.stream().sorted().toList(), "only the missing runs");
        assertEquals(List.of(4, 5, 6, 7, 8), progress);
        ExperimentExecution.execute(experiment, dir.resolve("whole"), ExecutionOptions.threads(2));
        assertSameCsv(dir.resolve("whole"), folder);
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("resumedRuns").asInt());
        assertFalse(Files.exists(folder.resolve("runs.csv.part")));
    }

    /** Several runs to a task, partitions of unequal size, one task in flight: still every run, in order. */
    @Test
    void partitionsOfSeveralRunsComeBackInRunOrder() {
        List<RunSpec> runs = SparkTestSweeps.firstRuns(dir, 8);
        List<RunResult> results = new ArrayList<>();
        try (OrderedRuns ordered = new OrderedRuns(spark, runs, THIRD_THROWS, 3, 1)) {
            ordered.forEachRemaining(results::add);
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), results.stream().map(r -> r.spec().run()).toList());
        for (int i = 0; i < runs.size(); i++) {
            RunResult local = ExperimentRunner.runOne(runs.get(i), THIRD_THROWS);
            assertEquals(local.failure(), results.get(i).failure());
            if (local.isOk()) {
                assertArrayEquals(local.metrics().row(40), results.get(i).metrics().row(40));
            } else {
                assertNull(results.get(i).metrics());
            }
        }
    }

    /** The local runner's function and the Spark one are the same model. */
    @Test
    void theSparkRunFunctionIsTheLocalOne() {
        RunSpec first = SparkTestSweeps.firstRuns(dir, 1).get(0);
        assertArrayEquals(RunFunction.SIMULATION.run(first).row(40), SparkRunFunction.SIMULATION.run(first).row(40));
    }
}
