package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isfsim.Citations;
import org.isfsim.experiment.Seeds;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code isf-sim} command line, driven in-process through {@link IsfSim#commandLine()}. */
class CliTest {
    private static final List<String> REQUIRED_METRICS = List.of("isf_troops", "isf_contingents",
            "police_in_training", "police_deployed", "coordination_latency_days", "mandate_active");

    @TempDir
    Path tmp;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private static CliRun runOk(String... args) {
        CliRun result = cli(args);
        assertEquals(0, result.exit(), () -> "exit status of " + Arrays.toString(args) + "; stderr: " + result.err());
        assertEquals("", result.err(), "stderr of a successful run");
        return result;
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    // ---------------------------------------------------------------- run: files

    /** A run shows progress on stderr as a sweep does (a line at the end off a terminal), and none with --quiet. */
    @Test
    void aRunShowsProgressUnlessQuiet() {
        assumeTrue(System.console() == null, "stderr of the test JVM is not a terminal");
        String err = CliRun.systemErrOf("run", "--days", "5", "--replications", "2", "--out", tmp.resolve("loud").toString());
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "no progress on stderr");
        assertTrue(lines.get(lines.size() - 1).startsWith("isf-sim run: 2/2 runs (100.0%)"), err);
        assertEquals("", CliRun.systemErrOf("run", "--days", "5", "--replications", "2", "--quiet", "--out",
                tmp.resolve("quiet").toString()));
    }

    @Test
    void runWritesTheThreeFiles() throws IOException {
        Path dir = tmp.resolve("out");
        CliRun result = runOk("run", "--days", "60", "--replications", "3", "--seed", "7", "--out", dir.toString());
        assertTrue(result.out().contains("3 runs of draft-resolution, 60 days each, 0 failed"), result.out());

        assertEquals(Set.of("timeseries.csv", "runs.csv", "manifest.json"), fileNames(dir));

        List<String> timeseries = lines(dir.resolve("timeseries.csv"));
        String header = timeseries.get(0);
        assertTrue(header.startsWith("run,scenario,replication,seed,day,date,"), header);
        List<String> columns = List.of(header.split(","));
        assertTrue(columns.containsAll(REQUIRED_METRICS), header);
        assertEquals(columns.size(), new HashSet<>(columns).size(), "duplicate columns: " + header);
        assertEquals(3 * 61, timeseries.size() - 1);

        List<Map<String, String>> rows = CsvRows.of(dir.resolve("timeseries.csv"));
        for (int run = 1; run <= 3; run++) {
            for (int day = 0; day <= 60; day++) {
                Map<String, String> row = rows.get((run - 1) * 61 + day);
                assertEquals(String.valueOf(run), row.get("run"));
                assertEquals("draft-resolution", row.get("scenario"));
                assertEquals(String.valueOf(run), row.get("replication"));
                assertEquals(String.valueOf(day), row.get("day"));
                assertEquals(LocalDate.of(2025, 10, 10).plusDays(day).toString(), row.get("date"));
                for (String metric : REQUIRED_METRICS) {
                    assertFalse(row.get(metric).isEmpty(), metric + " empty on day " + day);
                    Double.parseDouble(row.get(metric));
                }
            }
        }

        List<Map<String, String>> runs = CsvRows.of(dir.resolve("runs.csv"));
        assertTrue(lines(dir.resolve("runs.csv")).get(0).startsWith("run,scenario,replication,seed,status"));
        assertEquals(3, runs.size());
        for (int run = 1; run <= 3; run++) {
            assertEquals(String.valueOf(run), runs.get(run - 1).get("run"));
            assertEquals("ok", runs.get(run - 1).get("status"));
            assertEquals("draft-resolution", runs.get(run - 1).get("scenario"));
        }
    }

    @Test
    void manifestRecordsSeedRunsScenarioAndFullParameters() throws IOException {
        Path dir = tmp.resolve("out");
        runOk("run", "--days", "60", "--replications", "3", "--seed", "7", "--out", dir.toString());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(7, manifest.path("baseSeed").asLong(-1));
        assertEquals(3, manifest.path("runCount").asInt(-1));
        assertEquals("draft-resolution", manifest.path("scenario").asText());
        assertEquals(60, manifest.at("/parameters/timeline/days").asInt(-1));
        assertEquals(250, manifest.at("/parameters/map/cellSizeMeters").asInt(-1));
        assertEquals(800, manifest.at("/parameters/force/battalionSize").asInt(-1));
        assertEquals(Parameters.defaults().force().pledges().size(), manifest.at("/parameters/force/pledges").size());
        assertFalse(manifest.path("version").asText().isEmpty());
        assertFalse(manifest.path("startTime").asText().isEmpty());
        assertFalse(manifest.path("endTime").asText().isEmpty());
        assertFalse(manifest.path("javaVersion").asText().isEmpty());
        // the parameters in the manifest are the full resolved tree: they read back to the run's parameters
        Parameters parameters = ParameterJson.json().treeToValue(manifest.get("parameters"), Parameters.class);
        assertEquals(Parameters.defaults().withDays(60), parameters);
    }

    @Test
    void manifestRecordsSetOverrides() throws IOException {
        Path dir = tmp.resolve("out");
        runOk("run", "--days", "5", "--set", "force.battalionSize=600", "--set", "map.cellSizeMeters=500",
                "--out", dir.toString());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(600, manifest.at("/parameters/force/battalionSize").asInt(-1));
        assertEquals(500, manifest.at("/parameters/map/cellSizeMeters").asInt(-1));
        assertEquals("600", manifest.at("/design/settings/force.battalionSize").asText());
        assertEquals(1, manifest.path("runCount").asInt(-1));
        assertEquals(5 + 1, lines(dir.resolve("timeseries.csv")).size() - 1);
    }

    @Test
    void runOfAScenarioFileWrittenByDescribe() throws IOException {
        CliRun described = runOk("describe", "--set", "force.battalionSize=600");
        Path file = tmp.resolve("mine.yaml");
        Files.writeString(file, described.out(), StandardCharsets.UTF_8);
        Path dir = tmp.resolve("out");
        runOk("run", "-s", file.toString(), "--days", "3", "--out", dir.toString());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("draft-resolution", manifest.path("scenario").asText());
        assertEquals(file.toString(), manifest.path("scenarioOrigin").asText());
        assertEquals(600, manifest.at("/parameters/force/battalionSize").asInt(-1));
    }

    // ---------------------------------------------------------------- determinism and seeds

    @Test
    void sameCommandTwiceGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        runOk("run", "--days", "40", "--replications", "3", "--seed", "7", "--out", a.toString());
        runOk("run", "--days", "40", "--replications", "3", "--seed", "7", "--out", b.toString());
        assertArrayEquals(bytes(a.resolve("timeseries.csv")), bytes(b.resolve("timeseries.csv")));
        assertArrayEquals(bytes(a.resolve("runs.csv")), bytes(b.resolve("runs.csv")));
    }

    @Test
    void threadCountDoesNotChangeTheBytes() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        runOk("run", "--days", "40", "--replications", "4", "--seed", "11", "--threads", "1", "--out", one.toString());
        runOk("run", "--days", "40", "--replications", "4", "--seed", "11", "--threads", "2", "--out", two.toString());
        assertArrayEquals(bytes(one.resolve("timeseries.csv")), bytes(two.resolve("timeseries.csv")));
        assertArrayEquals(bytes(one.resolve("runs.csv")), bytes(two.resolve("runs.csv")));
        assertEquals(4 * 41, lines(one.resolve("timeseries.csv")).size() - 1);
    }

    @Test
    void differentSeedGivesDifferentTimeseries() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        runOk("run", "--days", "30", "--replications", "2", "--seed", "7", "--out", a.toString());
        runOk("run", "--days", "30", "--replications", "2", "--seed", "8", "--out", b.toString());
        assertFalse(Arrays.equals(bytes(a.resolve("timeseries.csv")), bytes(b.resolve("timeseries.csv"))));
        assertNotEquals(CsvRows.of(a.resolve("runs.csv")).get(0).get("seed"), CsvRows.of(b.resolve("runs.csv")).get(0).get("seed"));
    }

    @Test
    void eachReplicationHasItsOwnSeedFromTheFixedRule() throws IOException {
        Path dir = tmp.resolve("out");
        runOk("run", "--days", "10", "--replications", "3", "--seed", "7", "--out", dir.toString());
        List<Map<String, String>> runs = CsvRows.of(dir.resolve("runs.csv"));
        Set<String> seeds = runs.stream().map(r -> r.get("seed")).collect(Collectors.toSet());
        assertEquals(3, seeds.size(), "seeds: " + seeds);
        for (int run = 1; run <= 3; run++) {
            assertEquals(String.valueOf(Seeds.forRun(7, run)), runs.get(run - 1).get("seed"));
        }
        for (Map<String, String> row : CsvRows.of(dir.resolve("timeseries.csv"))) {
            assertEquals(String.valueOf(Seeds.forRun(7, Integer.parseInt(row.get("run")))), row.get("seed"));
        }
    }

    @Test
    void runOneDoesNotDependOnTheNumberOfReplications() throws IOException {
        Path single = tmp.resolve("single");
        Path triple = tmp.resolve("triple");
        runOk("run", "--days", "30", "--replications", "1", "--seed", "7", "--out", single.toString());
        runOk("run", "--days", "30", "--replications", "3", "--seed", "7", "--out", triple.toString());
        List<String> singleRows = lines(single.resolve("timeseries.csv"));
        List<String> tripleRunOne = lines(triple.resolve("timeseries.csv")).stream()
                .filter(l -> l.startsWith("1,")).collect(Collectors.toList());
        assertEquals(31, tripleRunOne.size());
        assertEquals(singleRows.subList(1, singleRows.size()), tripleRunOne);
        assertEquals(lines(single.resolve("runs.csv")).get(1), lines(triple.resolve("runs.csv")).get(1));
    }

    // ---------------------------------------------------------------- bad input

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("run", "--days", "-1"), List.of("--days", "-1", "1..36500")),
                Arguments.of(List.of("run", "--days", "0"), List.of("--days", "1..36500")),
                Arguments.of(List.of("run", "--days", "36501"), List.of("--days", "1..36500")),
                Arguments.of(List.of("run", "--replications", "x"), List.of("--replications", "'x'")),
                Arguments.of(List.of("run", "--replications", "0"), List.of("--replications", "1..100000")),
                Arguments.of(List.of("run", "--threads", "0"), List.of("--threads", "1..1024")),
                Arguments.of(List.of("run", "--seed", "abc"), List.of("--seed", "'abc'")),
                Arguments.of(List.of("run", "--set", "nosuch.key=1"), List.of("nosuch.key", "allowed", "force")),
                Arguments.of(List.of("run", "--set", "force.battalionSize=abc"),
                        List.of("force.battalionSize", "'abc'", "whole number")),
                Arguments.of(List.of("run", "--set", "force.battalionSize=-1"),
                        List.of("force.battalionSize", "allowed 50..5000")),
                Arguments.of(List.of("run", "--set", "force.battalionSize"), List.of("force.battalionSize", "key=value")),
                Arguments.of(List.of("run", "--set", "force.entryCrossing=NOWHERE"),
                        List.of("force.entryCrossing", "KEREM_SHALOM", "RAFAH")),
                Arguments.of(List.of("run", "--set", "force.pledges.99.troops=1"), List.of("force.pledges.99", "0..6")),
                Arguments.of(List.of("run", "--set", "force.battalionSize=[1"), List.of("force.battalionSize", "'[1'")),
                Arguments.of(List.of("run", "-s", "nosuch-scenario"), List.of("nosuch-scenario", "draft-resolution")),
                Arguments.of(List.of("run", "--bogus-flag"), List.of("--bogus-flag")),
                Arguments.of(List.of("run", "extra-argument"), List.of("extra-argument")),
                Arguments.of(List.of("describe", "nosuch"), List.of("nosuch", "draft-resolution")),
                Arguments.of(List.of("describe", "--set", "map.cellSizeMeters=1"),
                        List.of("map.cellSizeMeters", "allowed 50..2000")),
                Arguments.of(List.of("nosuch-command"), List.of("nosuch-command")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExitsTwoWithOneLine(List<String> args, List<String> expected) throws IOException {
        List<String> all = new ArrayList<>(args);
        Path dir = tmp.resolve("out");
        if (args.get(0).equals("run")) {
            all.add("--out");
            all.add(dir.toString());
        }
        CliRun result = cli(all.toArray(new String[0]));
        assertEquals(2, result.exit(), () -> all + " stderr: " + result.err());
        assertOneErrorLine(result);
        for (String part : expected) {
            assertTrue(result.err().contains(part), "expected '" + part + "' in: " + result.err());
        }
        assertFalse(Files.exists(dir), "a refused run must not create its output folder");
    }

    @Test
    void scenarioFileErrorNamesTheFile() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nparameters:\n  force:\n    battalionSize: 1\n", StandardCharsets.UTF_8);
        for (String command : List.of("run", "describe")) {
            CliRun result = command.equals("run")
                    ? cli("run", "-s", file.toString(), "--out", tmp.resolve("out").toString())
                    : cli("describe", file.toString());
            assertEquals(2, result.exit(), result.err());
            assertOneErrorLine(result);
            assertTrue(result.err().contains(file.toString()), result.err());
            assertTrue(result.err().contains("force.battalionSize"), result.err());
            assertTrue(result.err().contains("allowed 50..5000"), result.err());
        }
        CliRun missing = cli("describe", tmp.resolve("missing.yaml").toString());
        assertEquals(2, missing.exit());
        assertOneErrorLine(missing);
        assertTrue(missing.err().contains(tmp.resolve("missing.yaml").toString()), missing.err());
    }

    @Test
    void outputFolderThatIsAFileIsRefused() throws IOException {
        Path file = tmp.resolve("occupied");
        Files.writeString(file, "keep me", StandardCharsets.UTF_8);
        CliRun result = cli("run", "--days", "3", "--out", file.toString());
        assertEquals(2, result.exit(), result.err());
        assertOneErrorLine(result);
        assertTrue(result.err().contains(file.toString()), result.err());
        assertEquals("keep me", Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void assertOneErrorLine(CliRun result) {
        List<String> nonEmpty = result.err().lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        assertEquals(1, nonEmpty.size(), "stderr must be one line: " + result.err());
        assertFalse(result.err().contains("at org."), "stack trace on stderr: " + result.err());
        assertFalse(result.err().contains("\tat "), "stack trace on stderr: " + result.err());
        assertTrue(nonEmpty.get(0).startsWith("isf-sim"), result.err());
        assertEquals("", result.out(), "nothing on stdout for bad input");
    }

    // ---------------------------------------------------------------- nothing written is lost

    static Stream<List<String>> badRerun() {
        return Stream.of(List.of("--set", "nosuch.key=1"), List.of("--set", "force.battalionSize=abc"),
                List.of("--days", "0"), List.of("-s", "nosuch-scenario"), List.of("--replications", "x"));
    }

    @ParameterizedTest
    @MethodSource("badRerun")
    void badRerunLeavesEarlierResultsUntouched(List<String> bad) throws IOException {
        Path dir = tmp.resolve("out");
        runOk("run", "--days", "10", "--replications", "2", "--seed", "3", "--out", dir.toString());
        byte[] timeseries = bytes(dir.resolve("timeseries.csv"));
        byte[] runs = bytes(dir.resolve("runs.csv"));
        byte[] manifest = bytes(dir.resolve("manifest.json"));

        List<String> args = new ArrayList<>(List.of("run", "--days", "10", "--out", dir.toString()));
        args.addAll(bad);
        CliRun result = cli(args.toArray(new String[0]));
        assertEquals(2, result.exit(), result.err());
        assertOneErrorLine(result);

        assertEquals(Set.of("timeseries.csv", "runs.csv", "manifest.json"), fileNames(dir));
        assertArrayEquals(timeseries, bytes(dir.resolve("timeseries.csv")));
        assertArrayEquals(runs, bytes(dir.resolve("runs.csv")));
        assertArrayEquals(manifest, bytes(dir.resolve("manifest.json")));
    }

    @Test
    void goodRerunReplacesEarlierResultsWhole() throws IOException {
        Path dir = tmp.resolve("out");
        runOk("run", "--days", "10", "--replications", "2", "--seed", "3", "--out", dir.toString());
        runOk("run", "--days", "5", "--replications", "1", "--seed", "3", "--out", dir.toString());
        assertEquals(Set.of("timeseries.csv", "runs.csv", "manifest.json"), fileNames(dir));
        assertEquals(1 + 6, lines(dir.resolve("timeseries.csv")).size());
        assertEquals(1 + 1, lines(dir.resolve("runs.csv")).size());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(1, manifest.path("runCount").asInt(-1));
    }

    // ---------------------------------------------------------------- other commands

    @Test
    void scenariosListsBaseline() {
        CliRun result = runOk("scenarios");
        List<String> lines = result.out().lines().collect(Collectors.toList());
        assertFalse(lines.isEmpty());
        assertTrue(lines.get(0).startsWith("draft-resolution  "), result.out());
        assertTrue(lines.get(0).endsWith("(default)"), result.out());
        assertEquals(1, lines.stream().filter(l -> l.endsWith("(default)")).count(), result.out());
    }

    @Test
    void describePrintsTheResolvedBaselineAsYaml() {
        CliRun result = runOk("describe");
        assertTrue(result.out().contains("name: draft-resolution\n"), result.out());
        assertTrue(result.out().contains("cellSizeMeters: 250\n"), result.out());
        assertTrue(result.out().contains("battalionSize: 800\n"), result.out());
        assertEquals(result.out(), runOk("describe", "draft-resolution").out());
    }

    /**
     * {@code describe --sources}: every single value has its source, or the default it replaces where
     * changed, as a comment; the text still loads back to the same parameters.
     */
    @Test
    void describeWithSourcesCommentsEveryValueAndStillLoads() throws IOException {
        CliRun plain = runOk("describe", "--set", "force.battalionSize=600");
        CliRun result = runOk("describe", "--set", "force.battalionSize=600", "--sources");
        assertTrue(result.out().contains("    battalionSize: 600  # changed from the default 800 (see the scenario's"
                + " sources)\n"), result.out());
        assertTrue(result.out().contains("    threshold: 0.1  # Epstein 2002, Run 1: threshold 0.1\n"), result.out());
        assertTrue(result.out().contains("    peoplePerAgent: 100  # docs/sources.md#design-scale: 1:100 by default;"
                + " 1 = every person\n"), result.out());
        Citations citations = new Citations(Path.of(".."));
        List<String> unfollowable = new ArrayList<>();
        int commented = 0;
        for (String line : result.out().split("\n")) {
            if (line.matches("    [A-Za-z]+: \\S.*")) {
                assertTrue(line.contains("  # "), "a value without its source: " + line);
                citations.problems(line.substring(line.indexOf("  # ")))
                        .forEach(p -> unfollowable.add(line + ": " + p));
                commented++;
            }
        }
        assertTrue(commented > 100, "single values commented: " + commented);
        assertTrue(unfollowable.isEmpty(), "sources a reader cannot follow:\n" + String.join("\n", unfollowable));
        Path file = tmp.resolve("annotated.yaml");
        Files.writeString(file, result.out(), StandardCharsets.UTF_8);
        assertEquals(plain.out(), runOk("describe", file.toString()).out(), "loads back to the same parameters");
    }

    @Test
    void describeShowsSetOverrides() {
        CliRun result = runOk("describe", "--set", "map.cellSizeMeters=100");
        assertTrue(result.out().contains("cellSizeMeters: 100\n"), result.out());
        assertFalse(result.out().contains("cellSizeMeters: 250"), result.out());
    }

    @Test
    void describeOutputDescribesBackTheSame() throws IOException {
        CliRun first = runOk("describe", "--set", "force.pledges.0.troops=1234", "--set", "force.entryCrossing=RAFAH");
        Path file = tmp.resolve("described.yaml");
        Files.writeString(file, first.out(), StandardCharsets.UTF_8);
        CliRun second = runOk("describe", file.toString());
        assertEquals(first.out(), second.out());
        assertTrue(second.out().contains("troops: 1234\n"), second.out());
        assertTrue(second.out().contains("entryCrossing: RAFAH\n"), second.out());
    }

    @Test
    void versionAndHelpExitZero() {
        CliRun version = runOk("--version");
        assertTrue(version.out().startsWith("isf-sim "), version.out());
        CliRun help = runOk("run", "--help");
        for (String option : List.of("--scenario", "--set", "--days", "--replications", "--seed", "--threads",
                "--out")) {
            assertTrue(help.out().contains(option), option + " missing from: " + help.out());
        }
        CliRun top = runOk("--help");
        for (String command : List.of("run", "scenarios", "describe")) {
            assertTrue(top.out().contains(command), top.out());
        }
    }
}
