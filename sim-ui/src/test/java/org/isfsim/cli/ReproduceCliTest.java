package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim reproduce}: a folder's experiment run again and its files compared byte for byte. */
class ReproduceCliTest {
    private static final String SOBOL = """
            name: sobol-small
            scenario: draft-resolution
            days: 20
            replications: 1
            seed: 11
            design:
              type: sobol
              samples: 2
            factors:
              insurgency.controlGainPerDay: {min: 0.01, max: 0.1}
              force.patrolDiscoveryChance: {min: 0.01, max: 0.2}
            metrics: [militant_control_share, incidents]
            every: 4
            """;

    @TempDir
    Path tmp;

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err() + r.out());
        return r;
    }

    @Test
    void aRunIsReproducedToTheByteAtAnotherThreadCount() {
        Path original = tmp.resolve("base");
        ok("run", "--days", "30", "--replications", "3", "--seed", "5", "--threads", "1", "--out", original.toString());
        CliRun r = ok("reproduce", original.toString(), "--threads", "2", "--quiet");
        assertTrue(r.out().startsWith("isf-sim reproduce: 3 runs of draft-resolution, first made by isf-sim "), r.out());
        assertTrue(r.out().contains("timeseries.csv   identical ("), r.out());
        assertTrue(r.out().contains("runs.csv         identical ("), r.out());
        assertTrue(r.out().strip().endsWith("reproduced to the byte"), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("base-reproduced").resolve("timeseries.csv")));
    }

    /** A folder written before the manifest had a format version is version 1: reproduced and resumed as before. */
    @Test
    void aFolderWithoutAManifestFormatVersionIsReproducedAndResumed() throws Exception {
        Path original = tmp.resolve("old");
        ok("run", "--days", "12", "--replications", "2", "--seed", "5", "--out", original.toString());
        Path manifest = original.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\\s*\"formatVersion\" : 1,", ""));
        assertFalse(Files.readString(manifest).contains("formatVersion"));
        CliRun r = ok("reproduce", original.toString(), "--quiet");
        assertTrue(r.out().strip().endsWith("reproduced to the byte"), r.out());
        ok("run", "--days", "12", "--replications", "2", "--seed", "5", "--out", original.toString(), "--resume",
                "--quiet");
        ok("diff", original.toString(), "draft-resolution");
    }

    @Test
    void aManifestOfAnotherFormatVersionIsRefusedInOneLine() throws Exception {
        Path original = tmp.resolve("future");
        ok("run", "--days", "5", "--out", original.toString(), "--quiet");
        Path manifest = original.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 1,",
                "\"formatVersion\" : 2,"));
        for (String[] args : List.of(new String[] {"reproduce", original.toString(), "--quiet"},
                new String[] {"diff", original.toString(), "draft-resolution"},
                new String[] {"run", "--days", "5", "--out", original.toString(), "--resume", "--quiet"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(manifest + ": manifest format version 2 (written by isf-sim "), r.err());
            assertTrue(r.err().contains("reads format version 1 only"), r.err());
        }
    }

    @Test
    void aSobolSweepIsReproducedWithItsSensitivityIndices() throws Exception {
        Path file = tmp.resolve("sobol.yaml");
        Files.writeString(file, SOBOL, StandardCharsets.UTF_8);
        Path original = tmp.resolve("sobol");
        ok("sweep", file.toString(), "--out", original.toString(), "--quiet");
        CliRun r = ok("reproduce", original.toString(), "--out", tmp.resolve("again").toString(), "--quiet");
        assertTrue(r.out().contains("sensitivity.csv  identical ("), r.out());
    }

    /** A changed cell is found and named by its run, day and column; the exit status is 1. */
    @Test
    void aDifferenceIsNamedByRunDayAndColumn() throws Exception {
        Path original = tmp.resolve("base");
        ok("run", "--days", "10", "--replications", "2", "--out", original.toString());
        Path timeseries = original.resolve("timeseries.csv");
        String[] lines = Files.readString(timeseries).split("\n", -1);
        String header = lines[0];
        int column = java.util.Arrays.asList(header.split(",")).indexOf("isf_troops");
        String[] cells = lines[14].split(",", -1);
        String day = cells[java.util.Arrays.asList(header.split(",")).indexOf("day")];
        cells[column] = "12345";
        lines[14] = String.join(",", cells);
        Files.writeString(timeseries, String.join("\n", lines));
        CliRun r = CliRun.of("reproduce", original.toString(), "--quiet");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("timeseries.csv   differs from line 15, run 2, day " + day
                + ", column isf_troops: was '12345', now '0'"), r.out());
        assertTrue(r.out().contains("runs.csv         identical"), r.out());
        assertTrue(r.out().strip().endsWith("NOT reproduced: the files differ"), r.out());
    }

    @Test
    void badFoldersAreInputErrors() throws Exception {
        CliRun missing = CliRun.of("reproduce", tmp.resolve("nosuch").toString());
        assertEquals(IsfSim.INPUT_ERROR, missing.exit());
        assertEquals("isf-sim reproduce: " + tmp.resolve("nosuch")
                + ": no manifest.json; allowed: a folder written by isf-sim run or sweep", missing.err().strip());

        Path original = tmp.resolve("base");
        ok("run", "--days", "5", "--out", original.toString());
        CliRun same = CliRun.of("reproduce", original.toString(), "--out", original.toString());
        assertEquals(IsfSim.INPUT_ERROR, same.exit());
        assertTrue(same.err().contains("is the folder being reproduced"), same.err());

        Files.delete(original.resolve("runs.csv"));
        CliRun unfinished = CliRun.of("reproduce", original.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(IsfSim.INPUT_ERROR, unfinished.exit());
        assertTrue(unfinished.err().contains("no runs.csv (did the run finish?"), unfinished.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing run when the original is incomplete");
    }
}
