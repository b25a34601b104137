package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isfsim.ToolVersion;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.Seeds;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExecutionOptions.FolderMode;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.scenario.ExperimentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isf-sim sweep} end to end (README "The command line", docs/sources.md#design-output-files,
 * "Determinism"): the files of a full-factorial sweep, byte-identical output at any thread count, the
 * Latin-hypercube and Sobol designs, a sweep killed with SIGKILL in a child JVM and resumed in-process
 * to the same bytes as an uninterrupted one, the refusals of {@code --resume}, a failed run kept apart
 * from the others, run checkpoints, and progress on stderr.
 */
class SweepCliTest {
    private static final String FACTORIAL = """
            name: factorial
            scenario: draft-resolution
            days: 40
            replications: 2
            seed: 3
            design:
              type: full-factorial
            factors:
              force.battalionSize: [600, 800]
              coordination.unifiedCommand: [true, false]
            metrics: [isf_troops, police_deployed, secured_share, incidents]
            every: 5
            """;

    /**
     * The long sweep that is killed and resumed: 10 design points x 3 replications = 30 runs of 150 days,
     * every metric every day (so the time series is large enough to be flushed in pieces). The seed is
     * beyond the int range: with an int-sized seed {@code --resume} is refused (see
     * {@link #killAndResumeWithAnIntSizedSeed()}).
     */
    private static final String LONG_SWEEP = """
            name: long-sweep
            scenario: draft-resolution
            days: 150
            replications: 3
            seed: %d
            factors:
              force.battalionSize: [500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400]
            """;
    private static final long LONG_SEED = 5_000_000_011L;
    private static final int LONG_RUNS = 30;

    /** A small sweep for the resume checks; {@code %d} is the seed. */
    private static final String SMALL_RESUMABLE = """
            name: small-resumable
            scenario: draft-resolution
            days: 30
            replications: 2
            seed: %d
            factors:
              force.battalionSize: [600, 800]
            metrics: [isf_troops, incidents]
            every: 3
            """;
    private static final long BIG_SEED = 4_000_000_007L;

    @TempDir
    Path tmp;

    /** Shared by the tests that compare against an uninterrupted run of {@link #LONG_SWEEP}. */
    @TempDir
    static Path shared;

    private static Path longSweepFile;
    private static Path longSweepReference;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private static CliRun ok(String... args) {
        CliRun result = cli(args);
        assertEquals(0, result.exit(), () -> "exit status of " + Arrays.toString(args) + "; stderr: " + result.err());
        assertEquals("", result.err(), "stderr of a successful command");
        return result;
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** RFC 4180 fields of one line (quotes doubled inside quoted fields). */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static void assertOneErrorLine(CliRun result) {
        List<String> nonEmpty = result.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, nonEmpty.size(), "stderr must be one line: " + result.err());
        assertFalse(result.err().contains("\tat "), "stack trace on stderr: " + result.err());
        assertTrue(nonEmpty.get(0).startsWith("isf-sim "), result.err());
        assertEquals("", result.out(), "nothing on stdout for bad input");
    }

    private static void assertSameResults(Path expected, Path actual) throws IOException {
        assertArrayEquals(bytes(expected.resolve("timeseries.csv")), bytes(actual.resolve("timeseries.csv")),
                "timeseries.csv of " + actual + " differs from " + expected);
        assertArrayEquals(bytes(expected.resolve("runs.csv")), bytes(actual.resolve("runs.csv")),
                "runs.csv of " + actual + " differs from " + expected);
    }

    /** An engine that gives up on runs (Spark after its retries) ends the command with status 1 and one line. */
    @Test
    void anEngineThatGivesUpIsReportedInOneLine() throws IOException {
        Path file = write("factorial.yaml", FACTORIAL);
        CliRun result = cli("sweep", file.toString(), "--engine", "giving-up", "--out", tmp.resolve("out").toString(),
                "--quiet");
        assertEquals(1, result.exit(), result.err());
        assertEquals("isf-sim sweep: gave up on runs 3-5 after the task retries (executor lost twice); the runs "
                + "before are written: continue with --resume", result.err().strip());
    }

    // ---------------------------------------------------------------- a full-factorial sweep's files

    @Test
    void fullFactorialSweepWritesTheThreeFiles() throws IOException {
        Path file = write("factorial.yaml", FACTORIAL);
        Path dir = tmp.resolve("out");
        CliRun result = ok("sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
        assertTrue(result.out().contains("8 runs (4 design points x 2 replications), 0 failed"), result.out());
        assertTrue(result.out().contains(dir.toString()), result.out());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(dir));

        // timeseries.csv: the factor columns after the ids, then day and date, then only the chosen metrics
        List<String> timeseries = lines(dir.resolve("timeseries.csv"));
        assertEquals("run,scenario,replication,seed,force.battalionSize,coordination.unifiedCommand,day,date,"
                + "isf_troops,police_deployed,secured_share,incidents", timeseries.get(0));
        List<Map<String, String>> rows = CsvRows.of(dir.resolve("timeseries.csv"));
        assertEquals(8 * 9, rows.size(), "8 runs x days 0, 5, ..., 40");
        String[][] points = {{"600", "true"}, {"600", "false"}, {"800", "true"}, {"800", "false"}};
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int run = i / 9 + 1;
            int day = (i % 9) * 5;
            assertEquals(String.valueOf(run), row.get("run"));
            assertEquals("draft-resolution", row.get("scenario"));
            assertEquals(String.valueOf((run - 1) % 2 + 1), row.get("replication"), "replications innermost");
            assertEquals(String.valueOf(Seeds.forRun(3, run)), row.get("seed"));
            assertEquals(points[(run - 1) / 2][0], row.get("force.battalionSize"));
            assertEquals(points[(run - 1) / 2][1], row.get("coordination.unifiedCommand"));
            assertEquals(String.valueOf(day), row.get("day"));
            assertEquals(0, Integer.parseInt(row.get("day")) % 5, "rows only on days divisible by 5");
            assertEquals(java.time.LocalDate.of(2025, 10, 10).plusDays(day).toString(), row.get("date"));
        }

        // runs.csv: one line per run, the summary only of the chosen metrics
        List<String> runsLines = lines(dir.resolve("runs.csv"));
        assertEquals(1 + 8, runsLines.size());
        String runsHeader = runsLines.get(0);
        assertTrue(runsHeader.startsWith("run,scenario,replication,seed,force.battalionSize,"
                + "coordination.unifiedCommand,status,final_isf_troops,mean_isf_troops,max_isf_troops,"
                + "final_police_deployed,mean_police_deployed,max_police_deployed,final_secured_share,"
                + "mean_secured_share,max_secured_share,final_incidents,mean_incidents,total_incidents,max_incidents"),
                runsHeader);
        for (String column : runsHeader.split(",")) {
            assertFalse(column.equals("final_militant_fighters") || column.equals("mean_legitimacy")
                    || column.equals("legitimacy"), "a metric outside the subset: " + runsHeader);
        }
        List<Map<String, String>> runs = CsvRows.of(dir.resolve("runs.csv"));
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(String.valueOf(i + 1), runs.get(i).get("run"));
            assertEquals("ok", runs.get(i).get("status"));
            assertEquals(points[i / 2][0], runs.get(i).get("force.battalionSize"));
        }

        // manifest.json: the experiment's identity and its design points
        JsonNode manifest = json(dir.resolve("manifest.json"));
        JsonNode identity = manifest.path("experiment");
        assertTrue(identity.isObject(), manifest.toString());
        assertEquals(3, identity.path("baseSeed").asLong());
        assertEquals(2, identity.path("replications").asInt());
        assertEquals(5, identity.path("every").asInt());
        assertEquals(4, identity.path("designPoints").asInt());
        assertEquals(List.of("isf_troops", "police_deployed", "secured_share", "incidents"),
                stream(identity.path("metrics")).map(JsonNode::asText).toList());
        assertFalse(identity.path("pointsDigest").asText().isEmpty(), identity.toString());
        JsonNode designPoints = manifest.path("designPoints");
        assertEquals(4, designPoints.size(), manifest.toString());
        for (int p = 0; p < 4; p++) {
            assertEquals(points[p][0], designPoints.get(p).path("force.battalionSize").asText());
            assertEquals(points[p][1], designPoints.get(p).path("coordination.unifiedCommand").asText());
        }
        assertEquals("full-factorial", manifest.path("design").path("type").asText(), manifest.toString());
        assertEquals(8, manifest.path("runCount").asInt());
        assertEquals(0, manifest.path("failedRuns").asInt());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    @Test
    void threadCountDoesNotChangeTheBytes() throws IOException {
        Path file = write("factorial.yaml", FACTORIAL);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        ok("sweep", file.toString(), "--out", one.toString(), "--threads", "1", "--quiet");
        ok("sweep", file.toString(), "--out", two.toString(), "--threads", "2", "--quiet");
        assertSameResults(one, two);
        // More threads than cores, and an odd number that does not divide the eight runs.
        Path five = tmp.resolve("five");
        ok("sweep", file.toString(), "--out", five.toString(), "--threads", "5", "--quiet");
        assertSameResults(one, five);
    }

    // ---------------------------------------------------------------- sampled designs

    @Test
    void latinHypercubeSweepRunsOnePointPerSample() throws IOException {
        Path file = write("lhs.yaml", """
                name: lhs
                scenario: draft-resolution
                days: 20
                seed: 9
                design: {type: latin-hypercube, samples: 5}
                factors:
                  force.battalionSize: {min: 500, max: 900}
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                metrics: [isf_troops, incidents]
                every: 10
                """);
        Path dir = tmp.resolve("lhs");
        CliRun result = ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        assertTrue(result.out().contains("5 runs (5 design points x 1 replications), 0 failed"), result.out());
        assertFalse(Files.exists(dir.resolve("sensitivity.csv")), "sensitivity.csv is for sobol designs only");
        List<Map<String, String>> runs = CsvRows.of(dir.resolve("runs.csv"));
        assertEquals(5, runs.size());
        Set<Integer> strata = new TreeSet<>();
        for (Map<String, String> run : runs) {
            assertEquals("ok", run.get("status"));
            String size = run.get("force.battalionSize");
            assertTrue(size.matches("\\d+"), "a whole-number factor stays whole: " + size);
            int troops = Integer.parseInt(size);
            assertTrue(troops >= 500 && troops <= 900, size);
            double chance = Double.parseDouble(run.get("insurgency.attackChancePerDay"));
            assertTrue(chance >= 0.01 && chance <= 0.1, run.toString());
            strata.add((int) Math.floor((chance - 0.01) / (0.09 / 5)));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), strata, "one sample in each fifth of the range");
        assertEquals(5 * 3, CsvRows.of(dir.resolve("timeseries.csv")).size(), "days 0, 10, 20 of 5 runs");
    }

    @Test
    void sobolSweepWritesSensitivityIndices() throws IOException {
        Path file = write("sobol.yaml", """
                name: sobol
                scenario: draft-resolution
                days: 20
                seed: 5
                design:
                  type: sobol
                  samples: 4
                factors:
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                  force.patrolDiscoveryChance: {min: 0.01, max: 0.2}
                metrics: [incidents, militant_control_share]
                every: 10
                """);
        Path dir = tmp.resolve("sobol");
        CliRun result = ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        assertTrue(result.out().contains("16 runs (16 design points x 1 replications), 0 failed"), result.out());
        assertTrue(result.out().contains("sensitivity.csv"), result.out());
        assertEquals(Set.of("manifest.json", "runs.csv", "sensitivity.csv", "timeseries.csv"), fileNames(dir));
        assertEquals(16, CsvRows.of(dir.resolve("runs.csv")).size(), "4 samples x (2 factors + 2)");
        assertEquals(16, json(dir.resolve("manifest.json")).path("designPoints").size());
        List<String> sensitivity = lines(dir.resolve("sensitivity.csv"));
        assertEquals("metric,factor,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high", sensitivity.get(0));
        for (String line : sensitivity.subList(1, sensitivity.size())) {
            List<String> fields = csvFields(line);
            assertEquals(8, fields.size(), line);
            assertTrue(Set.of("insurgency.attackChancePerDay", "force.patrolDiscoveryChance").contains(fields.get(1)),
                    line);
        }
    }

    /** A Morris sweep writes its elementary effects, one row per metric and factor, and reproduces to the byte. */
    @Test
    void morrisSweepWritesElementaryEffects() throws IOException {
        Path file = write("morris.yaml", """
                name: morris
                scenario: draft-resolution
                days: 30
                replications: 1
                seed: 8
                design: {type: morris, trajectories: 4}
                factors:
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                  force.patrolDiscoveryChance: {min: 0.01, max: 0.2}
                metrics: [incidents, militant_control_share]
                every: 10
                """);
        Path dir = tmp.resolve("morris");
        CliRun result = ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        assertTrue(result.out().contains("12 runs (12 design points x 1 replications), 0 failed"), result.out());
        List<String> effects = lines(dir.resolve("sensitivity.csv"));
        assertEquals("metric,factor,mu,mu_star,mu_star_ci_low,mu_star_ci_high,sigma,trajectories", effects.get(0));
        List<String> runColumns = CsvRows.of(dir.resolve("runs.csv")).get(0).keySet().stream()
                .dropWhile(c -> !c.equals("status")).skip(1).toList();
        assertEquals(1 + 2 * runColumns.size(), effects.size(), "a row per run-level column and factor");
        for (String line : effects.subList(1, effects.size())) {
            List<String> fields = csvFields(line);
            assertEquals("4", fields.get(7), line);
            assertTrue(fields.get(3).isEmpty() || Double.parseDouble(fields.get(3)) >= 0, "mu* is not negative: " + line);
        }
        CliRun again = ok("reproduce", dir.toString(), "--quiet");
        assertTrue(again.out().contains("sensitivity.csv  identical"), again.out());
    }

    // ---------------------------------------------------------------- kill and resume

    /** The long sweep's file and an uninterrupted run of it, made once for the tests that need them. */
    private static synchronized Path longSweepReference() throws IOException {
        if (longSweepReference == null) {
            longSweepFile = shared.resolve("long-sweep.yaml");
            Files.writeString(longSweepFile, String.format(LONG_SWEEP, LONG_SEED), StandardCharsets.UTF_8);
            Path reference = shared.resolve("reference");
            ok("sweep", longSweepFile.toString(), "--out", reference.toString(), "--threads", "2", "--quiet");
            assertEquals(1 + LONG_RUNS, lines(reference.resolve("runs.csv")).size());
            longSweepReference = reference;
        }
        return longSweepReference;
    }

    @Test
    void sweepKilledAfterAFewRunsResumesToTheSameBytes() throws Exception {
        Path reference = longSweepReference();
        killAndResume(longSweepFile, reference, 3);
    }

    @Test
    void sweepKilledAtSixtyPercentResumesToTheSameBytes() throws Exception {
        Path reference = longSweepReference();
        killAndResume(longSweepFile, reference, LONG_RUNS * 6 / 10);
    }

    @Test
    void killAndResumeWithAnIntSizedSeed() throws Exception {
        Path file = write("int-seed.yaml", LONG_SWEEP.formatted(11L));
        Path reference = tmp.resolve("int-seed-reference");
        ok("sweep", file.toString(), "--out", reference.toString(), "--threads", "2", "--quiet");
        killAndResume(file, reference, 3);
    }

    /**
     * Starts {@code sweep file --out DIR --threads 2 --quiet} in a child JVM, kills it (SIGKILL) once
     * {@code runs.csv.part} holds {@code killAfter} runs, resumes in-process and compares with {@code reference}.
     */
    private void killAndResume(Path file, Path reference, int killAfter) throws Exception {
        Path dir = tmp.resolve("killed-" + killAfter);
        Path log = tmp.resolve("child-" + killAfter + ".log");
        Process child = startChildSweep(file, dir, log);
        Path runsPart = dir.resolve("runs.csv.part");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (dataLines(runsPart) < killAfter) {
                if (!child.isAlive()) {
                    fail("the child sweep ended (exit " + child.exitValue() + ") before " + killAfter
                            + " runs were written: " + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child sweep wrote fewer than " + killAfter + " runs in 300 s: " + Files.readString(log));
                }
                Thread.sleep(5);
            }
            assertTrue(child.isAlive(), "the child must still be running when it is killed");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        }
        int written = dataLines(runsPart);
        assertTrue(written >= killAfter && written < LONG_RUNS, "runs written before the kill: " + written);
        assertFalse(Files.exists(dir.resolve("runs.csv")), "a killed sweep must not leave a final runs.csv");
        assertFalse(Files.exists(dir.resolve("timeseries.csv")), "a killed sweep must not leave a final timeseries.csv");
        assertTrue(Files.exists(dir.resolve("manifest.json.part")), fileNames(dir).toString());

        CliRun resumed = ok("sweep", file.toString(), "--out", dir.toString(), "--resume", "--quiet");
        assertTrue(resumed.out().contains(LONG_RUNS + " runs"), resumed.out());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(dir), "no .part files left");
        assertSameResults(reference, dir);
        JsonNode manifest = json(dir.resolve("manifest.json"));
        assertEquals(LONG_RUNS, manifest.path("runCount").asInt(), manifest.toString());
        assertTrue(manifest.path("resumedRuns").asInt() >= killAfter, manifest.toString());
        assertEquals(json(reference.resolve("manifest.json")).path("experiment"),
                manifest.path("experiment"));
    }

    private static Process startChildSweep(Path file, Path dir, Path log) throws IOException {
        return startChild(log, "sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
    }

    /** {@code isf-sim args…} in a child JVM, its output to {@code log}. */
    private static Process startChild(Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.isExecutable(Path.of(java))) {
            java = ProcessHandle.current().info().command().orElse("java");
        }
        List<String> command = new ArrayList<>(List.of(java, "--add-exports", "java.desktop/sun.awt.image=ALL-UNNAMED",
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.isfsim.cli.IsfSim"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * {@code run --resume} as the design asks: a run of 12 replications killed after 3 is continued, and
     * the files are those of an uninterrupted run; resuming with another seed is refused.
     */
    @Test
    void anInterruptedRunIsResumed() throws Exception {
        String[] run = {"run", "--days", "150", "--replications", "12", "--seed", "9", "--threads", "2", "--quiet"};
        Path reference = tmp.resolve("run-reference");
        ok(concat(run, "--out", reference.toString()));
        Path dir = tmp.resolve("run-killed");
        Path log = tmp.resolve("run-child.log");
        Process child = startChild(log, concat(run, "--out", dir.toString()));
        Path runsPart = dir.resolve("runs.csv.part");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (dataLines(runsPart) < 3) {
                if (!child.isAlive()) {
                    fail("the child run ended (exit " + child.exitValue() + ") before 3 runs: " + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child run wrote fewer than 3 runs in 300 s: " + Files.readString(log));
                }
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        }
        assertFalse(Files.exists(dir.resolve("runs.csv")), "a killed run must not leave a final runs.csv");

        CliRun otherSeed = cli("run", "--days", "150", "--replications", "12", "--seed", "10", "--out", dir.toString(),
                "--resume", "--quiet");
        assertEquals(IsfSim.INPUT_ERROR, otherSeed.exit(), otherSeed.err());

        CliRun resumed = ok(concat(run, "--out", dir.toString(), "--resume"));
        assertTrue(resumed.out().contains("12 runs of draft-resolution"), resumed.out());
        assertSameResults(reference, dir);
        assertTrue(json(dir.resolve("manifest.json")).path("resumedRuns").asInt() >= 3);

        CliRun noOut = cli("run", "--resume");
        assertEquals(IsfSim.INPUT_ERROR, noOut.exit());
        assertEquals("isf-sim run: --resume: needs --out DIR, the folder of the run to continue", noOut.err().strip());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Whole lines after the header in a file that may not exist yet. */
    private static int dataLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] content = Files.readAllBytes(file);
        int newlines = 0;
        for (byte b : content) {
            if (b == '\n') {
                newlines++;
            }
        }
        return Math.max(0, newlines - 1);
    }

    @Test
    void resumeOfAFinishedSweepChangesNothing() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(BIG_SEED));
        Path dir = tmp.resolve("finished");
        ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        byte[] timeseries = bytes(dir.resolve("timeseries.csv"));
        byte[] runs = bytes(dir.resolve("runs.csv"));

        CliRun result = ok("sweep", file.toString(), "--out", dir.toString(), "--resume", "--quiet");
        assertTrue(result.out().contains("4 runs"), result.out());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(dir));
        assertArrayEquals(timeseries, bytes(dir.resolve("timeseries.csv")));
        assertArrayEquals(runs, bytes(dir.resolve("runs.csv")));
        JsonNode manifest = json(dir.resolve("manifest.json"));
        assertEquals(4, manifest.path("runCount").asInt());
        assertEquals(4, manifest.path("resumedRuns").asInt());
    }

    @Test
    void resumeOfAFinishedSweepWithAnIntSizedSeedChangesNothing() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(7L));
        Path dir = tmp.resolve("finished");
        ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        byte[] timeseries = bytes(dir.resolve("timeseries.csv"));
        byte[] runs = bytes(dir.resolve("runs.csv"));
        ok("sweep", file.toString(), "--out", dir.toString(), "--resume", "--quiet");
        assertArrayEquals(timeseries, bytes(dir.resolve("timeseries.csv")));
        assertArrayEquals(runs, bytes(dir.resolve("runs.csv")));
    }

    @Test
    void resumeOfADifferentExperimentIsRefused() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(BIG_SEED));
        Path dir = tmp.resolve("finished");
        ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        byte[] timeseries = bytes(dir.resolve("timeseries.csv"));
        byte[] runs = bytes(dir.resolve("runs.csv"));
        byte[] manifest = bytes(dir.resolve("manifest.json"));

        List<String> others = List.of(
                SMALL_RESUMABLE.formatted(BIG_SEED + 1),                                   // another seed
                SMALL_RESUMABLE.formatted(BIG_SEED).replace("[600, 800]", "[600, 900]"),   // another design point
                SMALL_RESUMABLE.formatted(BIG_SEED).replace("every: 3", "every: 2"),       // other rows
                SMALL_RESUMABLE.formatted(BIG_SEED).replace("replications: 2", "replications: 3"));
        for (String other : others) {
            Path otherFile = write("other.yaml", other);
            CliRun result = cli("sweep", otherFile.toString(), "--out", dir.toString(), "--resume", "--quiet");
            assertEquals(2, result.exit(), () -> other + "\nstderr: " + result.err());
            assertOneErrorLine(result);
            assertTrue(result.err().contains(dir.toString()), "names the folder: " + result.err());
            assertTrue(result.err().contains("different experiment"), result.err());
            assertArrayEquals(timeseries, bytes(dir.resolve("timeseries.csv")));
            assertArrayEquals(runs, bytes(dir.resolve("runs.csv")));
            assertArrayEquals(manifest, bytes(dir.resolve("manifest.json")));
        }
    }

    @Test
    void refusedResumeLeavesTheFolderAsItWas() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(BIG_SEED));
        Path dir = tmp.resolve("finished");
        ok("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        Path otherFile = write("other.yaml", SMALL_RESUMABLE.formatted(BIG_SEED + 1));
        assertEquals(2, cli("sweep", otherFile.toString(), "--out", dir.toString(), "--resume", "--quiet").exit());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(dir));
    }

    @Test
    void resumeNeedsOut() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(BIG_SEED));
        CliRun result = cli("sweep", file.toString(), "--resume", "--quiet");
        assertEquals(2, result.exit(), result.err());
        assertOneErrorLine(result);
        assertTrue(result.err().contains("--resume") && result.err().contains("--out"), result.err());
    }

    @Test
    void resumeOfAnEmptyFolderIsRefused() throws IOException {
        Path file = write("small.yaml", SMALL_RESUMABLE.formatted(BIG_SEED));
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        CliRun result = cli("sweep", file.toString(), "--out", dir.toString(), "--resume", "--quiet");
        assertEquals(2, result.exit(), result.err());
        assertOneErrorLine(result);
        assertTrue(result.err().contains(dir.toString()), result.err());
        assertEquals(Set.of(), fileNames(dir));
    }

    // ---------------------------------------------------------------- failed runs

    @Test
    void aFailingRunIsRecordedAndTheOthersGoOn() throws Exception {
        Path file = write("factorial.yaml", FACTORIAL);
        Experiment experiment = ExperimentFile.load(file).toExperiment();
        RunFunction failsOnRunThree = spec -> {
            if (spec.run() == 3) {
                throw new IllegalStateException("boom, on purpose");
            }
            return RunFunction.SIMULATION.run(spec);
        };
        List<int[]> progress = new CopyOnWriteArrayList<>();
        Path dir = tmp.resolve("failing");
        ExperimentOutcome outcome = ExperimentExecution.execute(experiment, dir, ExecutionOptions.threads(2)
                .with(FolderMode.RESUMABLE)
                .withProgress((done, total, failed) -> progress.add(new int[] {done, total, failed}))
                .withProvenance(Map.of("command", "test")).withRunFunction(failsOnRunThree));
        assertEquals(8, outcome.runs());
        assertEquals(1, outcome.failed());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(dir));

        List<String> runsLines = lines(dir.resolve("runs.csv"));
        List<String> header = csvFields(runsLines.get(0));
        assertEquals(1 + 8, runsLines.size());
        for (int run = 1; run <= 8; run++) {
            List<String> fields = csvFields(runsLines.get(run));
            assertEquals(header.size(), fields.size(), runsLines.get(run));
            String status = fields.get(header.indexOf("status"));
            if (run == 3) {
                assertEquals("failed: IllegalStateException: boom, on purpose", status);
                assertTrue(runsLines.get(run).contains(",\"failed: IllegalStateException: boom, on purpose\","),
                        "a status with a comma is quoted: " + runsLines.get(run));
                for (String summary : fields.subList(header.indexOf("status") + 1, fields.size())) {
                    assertEquals("", summary, "a failed run has no summary: " + runsLines.get(run));
                }
            } else {
                assertEquals("ok", status, runsLines.get(run));
            }
        }
        Set<String> runsInTimeseries = CsvRows.of(dir.resolve("timeseries.csv")).stream().map(r -> r.get("run"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("1", "2", "4", "5", "6", "7", "8"), runsInTimeseries);
        JsonNode manifest = json(dir.resolve("manifest.json"));
        assertEquals(8, manifest.path("runCount").asInt());
        assertEquals(1, manifest.path("failedRuns").asInt());
        assertEquals(8, progress.size());
        assertArrayEquals(new int[] {2, 8, 0}, progress.get(1));
        assertArrayEquals(new int[] {3, 8, 1}, progress.get(2));
        assertArrayEquals(new int[] {8, 8, 1}, progress.get(7));

        // the runs that did not fail are the same bytes as in a sweep where none fails
        Path clean = tmp.resolve("clean");
        ok("sweep", file.toString(), "--out", clean.toString(), "--quiet");
        List<String> cleanRuns = lines(clean.resolve("runs.csv"));
        for (int run = 1; run <= 8; run++) {
            if (run != 3) {
                assertEquals(cleanRuns.get(run), runsLines.get(run));
            }
        }
        List<String> cleanSeries = lines(clean.resolve("timeseries.csv")).stream().filter(l -> !l.startsWith("3,"))
                .toList();
        assertEquals(cleanSeries, lines(dir.resolve("timeseries.csv")));
    }

    @Test
    void aRunThatFailsOnTheCommandLineExitsOneAndTheOthersAreKept() throws IOException {
        // No parameter value makes the model itself fail (the ranges are checked and the model is robust at
        // their ends), so run 2 is made to fail at run time by blocking its checkpoint file with a directory.
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir.resolve("checkpoints").resolve("run-2.checkpoint.part"));
        CliRun result = cli("run", "--days", "30", "--replications", "3", "--seed", "5", "--checkpoint-every", "10",
                "--threads", "2", "--out", dir.toString());
        assertEquals(1, result.exit(), () -> "stdout: " + result.out() + " stderr: " + result.err());
        assertTrue(result.out().contains("3 runs of draft-resolution, 30 days each, 1 failed"), result.out());
        List<Map<String, String>> runs = CsvRows.of(dir.resolve("runs.csv"));
        assertEquals(3, runs.size());
        assertEquals("ok", runs.get(0).get("status"));
        assertTrue(runs.get(1).get("status").startsWith("failed: UncheckedIOException: cannot write checkpoint"),
                runs.get(1).toString());
        assertEquals("ok", runs.get(2).get("status"));
        assertEquals(1, json(dir.resolve("manifest.json")).path("failedRuns").asInt());

        Path clean = tmp.resolve("clean");
        ok("run", "--days", "30", "--replications", "3", "--seed", "5", "--out", clean.toString());
        List<String> expected = lines(clean.resolve("timeseries.csv")).stream().filter(l -> !l.startsWith("2,"))
                .toList();
        assertEquals(expected, lines(dir.resolve("timeseries.csv")), "runs 1 and 3 as if nothing had failed");
    }

    // ---------------------------------------------------------------- checkpoints

    @Test
    void runContinuedFromACheckpointGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("A");
        Path b = tmp.resolve("B");
        ok("run", "--days", "120", "--seed", "5", "--checkpoint-every", "40", "--out", a.toString());
        Path checkpoint = a.resolve("checkpoints").resolve("run-1.checkpoint");
        assertTrue(Files.isRegularFile(checkpoint), fileNames(a).toString());
        assertEquals(Set.of("run-1.checkpoint"), fileNames(a.resolve("checkpoints")), "no .part left");

        CliRun result = ok("run", "--from-checkpoint", checkpoint.toString(), "--out", b.toString());
        assertTrue(result.out().contains("to day 120"), result.out());
        assertEquals(Set.of("manifest.json", "runs.csv", "timeseries.csv"), fileNames(b));
        assertSameResults(a, b);
        assertNotEquals(0, lines(b.resolve("timeseries.csv")).size());
    }

    @Test
    void aFileThatIsNotACheckpointIsRefused() throws IOException {
        Path notCheckpoint = write("factorial.yaml", FACTORIAL);
        Path empty = write("empty.checkpoint", "");
        for (Path file : List.of(notCheckpoint, empty, tmp.resolve("missing.checkpoint"))) {
            Path out = tmp.resolve("B");
            CliRun result = cli("run", "--from-checkpoint", file.toString(), "--out", out.toString());
            assertEquals(2, result.exit(), result.err());
            assertOneErrorLine(result);
            assertTrue(result.err().contains(file.toString()), result.err());
            assertTrue(result.err().contains("allowed:"), result.err());
            assertFalse(Files.exists(out), "a refused continuation must not create its folder");
        }
    }

    /**
     * A checkpoint carries the isf-sim version and the checkpoint format that wrote it; one of another
     * version, or of format 1 (before the versions), is refused in one line naming the file and both versions.
     */
    @Test
    void aCheckpointOfAnotherVersionIsRefusedInOneLine() throws IOException {
        Path a = tmp.resolve("A");
        ok("run", "--days", "30", "--seed", "5", "--checkpoint-every", "10", "--out", a.toString());
        byte[] bytes = Files.readAllBytes(a.resolve("checkpoints").resolve("run-1.checkpoint"));
        String version = ToolVersion.version();
        int magic = "isf-sim run checkpoint\n".length();

        byte[] otherTool = bytes.clone();
        int at = indexOf(bytes, version.getBytes(StandardCharsets.UTF_8));
        byte[] other = ("9" + version.substring(1)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(other, 0, otherTool, at, other.length);
        byte[] otherFormat = bytes.clone();
        otherFormat[magic + 3] = 7;
        byte[] formatOne = Arrays.copyOfRange(bytes, magic + 4 + 2 + version.length(), bytes.length);

        Map<String, String> expected = Map.of(
                "other-tool", "written by isf-sim 9" + version.substring(1) + " in checkpoint format 2, but this is"
                        + " isf-sim " + version + ", which reads checkpoint format 2 of its own version only",
                "other-format", "written by isf-sim (version unknown) in checkpoint format 7, but this is isf-sim "
                        + version + ", which reads checkpoint format 2 of its own version only",
                "format-one", "written by isf-sim (version unknown) in checkpoint format 1, but this is isf-sim "
                        + version + ", which reads checkpoint format 2 of its own version only");
        Map<String, byte[]> tampered = Map.of("other-tool", otherTool, "other-format", otherFormat,
                "format-one", formatOne);
        for (Map.Entry<String, byte[]> file : tampered.entrySet()) {
            Path checkpoint = Files.write(tmp.resolve(file.getKey() + ".checkpoint"), file.getValue());
            Path out = tmp.resolve("B");
            CliRun result = cli("run", "--from-checkpoint", checkpoint.toString(), "--out", out.toString());
            assertEquals(2, result.exit(), result.err());
            assertOneErrorLine(result);
            assertEquals("isf-sim run: " + checkpoint + ": " + expected.get(file.getKey()) + "; allowed: a checkpoint"
                    + " written by this version (rerun with --checkpoint-every)", result.err().strip());
            assertFalse(Files.exists(out), "a refused continuation must not create its folder");
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    // ---------------------------------------------------------------- progress

    private static final Pattern PROGRESS_LINE = Pattern.compile("isf-sim sweep: (\\d+)/8 runs \\(.*");

    @Test
    void progressLinesOnANonTerminalStderr() throws IOException {
        assumeTrue(System.console() == null, "stderr of the test JVM is not a terminal");
        Path file = write("factorial.yaml", FACTORIAL);
        String err = CliRun.systemErrOf("sweep", file.toString(), "--out", tmp.resolve("loud").toString(), "--threads", "2");
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "no progress on stderr");
        for (String line : lines) {
            assertTrue(PROGRESS_LINE.matcher(line).matches(), "not a progress line: " + line);
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("isf-sim sweep: 8/8 runs (100.0%)"), err);

        String quiet = CliRun.systemErrOf("sweep", file.toString(), "--out", tmp.resolve("quiet").toString(), "--threads", "2",
                "--quiet");
        assertEquals("", quiet, "--quiet prints nothing on stderr");
    }
}
