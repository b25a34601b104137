package org.isfsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.ToolVersion;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExecutionOptions.FolderMode;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest as a typed record: written with its format version and the layout of the manifests before
 * it, read back whole, a manifest without a version (written before the field) read as version 1, and one
 * of another version refused in one line.
 */
class ManifestTest {
    @TempDir
    Path dir;

    private static Experiment experiment(int replications) {
        Parameters parameters = Parameters.defaults().withDays(4);
        return new Experiment("baseline", Map.of("type", "full-factorial", "levels", 2), List.of(
                new DesignPoint(List.of(new FactorValue("force.battalionSize", "800")), parameters),
                new DesignPoint(List.of(new FactorValue("force.battalionSize", "900")), parameters)),
                replications, 5_000_000_000L);
    }

    private static Path writeOne(Path folder) throws Exception {
        ExperimentExecution.execute(experiment(2), folder, ExecutionOptions.threads(2)
                .withProvenance(Map.of("command", "sweep", "experimentFile", "x.yaml")));
        return folder.resolve(ResultFolder.MANIFEST);
    }

    @Test
    void theFileKeepsItsLayoutWithTheFormatVersionFirst() throws Exception {
        JsonNode written = new ObjectMapper().readTree(writeOne(dir.resolve("a")).toFile());
        List<String> keys = new ArrayList<>();
        written.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("formatVersion", "tool", "version", "gitCommit", "scenario", "command", "experimentFile",
                "experiment", "design", "baseSeed", "seedRule", "runCount", "failedRuns", "threads", "parameters",
                "designPoints", "metrics", "javaVersion", "javaVendor", "os", "startTime", "resumedRuns", "endTime"),
                keys);
        assertEquals(Manifest.FORMAT_VERSION, written.get("formatVersion").asInt());
        assertEquals(List.of("version", "scenario", "replications", "baseSeed", "every", "metrics", "designPoints",
                "pointsDigest"), fieldNames(written.get("experiment")));
        assertEquals(List.of("levels", "type", "designPoints", "replications"), fieldNames(written.get("design")));
        assertEquals("900", written.at("/designPoints/1/force.battalionSize").asText());
        assertEquals(4, written.get("runCount").asInt());
    }

    @Test
    void aManifestReadsBackAsItWasWritten() throws Exception {
        Path file = writeOne(dir.resolve("a"));
        Manifest read = Manifest.read(file);
        assertEquals(Manifest.identityOf(experiment(2)), read.experiment());
        assertEquals(5_000_000_000L, read.baseSeed());
        assertEquals("sweep", read.provenance("command"));
        assertEquals("x.yaml", read.provenance("experimentFile"));
        assertEquals(2, read.designPoints().size());
        assertEquals("full-factorial", read.design().get("type"));
        read.write(dir.resolve("again.json"));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("again.json")),
                "read and written again, the same bytes");
    }

    /** Folders written before the format version existed hold today's layout without it: version 1. */
    @Test
    void aManifestWithoutAFormatVersionIsVersionOne() throws Exception {
        Path file = writeOne(dir.resolve("a"));
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\\s*\"formatVersion\" : 1,", ""), StandardCharsets.UTF_8);
        assertFalse(Files.readString(file).contains("formatVersion"));
        Manifest read = Manifest.read(file);
        assertEquals(1, read.formatVersion());
        assertEquals(Manifest.identityOf(experiment(2)), read.experiment());
    }

    @Test
    void aManifestOfAnotherFormatVersionIsRefusedInOneLine() throws Exception {
        Path file = writeOne(dir.resolve("a"));
        for (String other : List.of("2", "0", "\"one\"")) {
            Files.writeString(file, Files.readString(file).replaceFirst("\"formatVersion\" : [^,]*,",
                    "\"formatVersion\" : " + other + ","), StandardCharsets.UTF_8);
            String message = assertThrows(InvalidInputException.class, () -> Manifest.read(file)).getMessage();
            assertEquals(file + ": manifest format version " + other + " (written by isf-sim " + ToolVersion.version()
                    + "), but isf-sim " + ToolVersion.version() + " reads format version 1 only; allowed: a folder"
                    + " written by an isf-sim that writes format version 1", message);
            assertFalse(message.contains("\n"));
        }
    }

    /** An interrupted experiment written before the format version existed resumes to the same bytes. */
    @Test
    void anOldInterruptedFolderResumes() throws Exception {
        Path whole = dir.resolve("whole");
        ExperimentExecution.execute(experiment(2), whole, ExecutionOptions.threads(1));
        Path folder = dir.resolve("old");
        RunFunction diesOnThree = spec -> {
            if (spec.run() == 3) {
                throw new OutOfMemoryError("simulated kill");
            }
            return RunFunction.SIMULATION.run(spec);
        };
        assertThrows(OutOfMemoryError.class, () -> ExperimentExecution.execute(experiment(2), folder,
                ExecutionOptions.threads(1).with(FolderMode.RESUMABLE).withRunFunction(diesOnThree)));
        Path part = folder.resolve(ResultFolder.MANIFEST + ".part");
        Files.writeString(part, Files.readString(part).replaceFirst("\\s*\"formatVersion\" : 1,", ""));
        ExperimentExecution.execute(experiment(2), folder, ExecutionOptions.threads(1).with(FolderMode.RESUME));
        for (String name : List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(folder.resolve(name)), name);
        }
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve(ResultFolder.MANIFEST).toFile());
        assertEquals(2, manifest.get("resumedRuns").asInt());
        assertEquals(1, manifest.get("formatVersion").asInt(), "rewritten in the current layout");
    }

    /** A seed beyond the int range reads back as the same long, so --resume compares it equal. */
    @Test
    void aLongSeedResumes() throws Exception {
        Path folder = dir.resolve("long");
        ExperimentExecution.execute(experiment(1), folder, ExecutionOptions.threads(1));
        ExperimentExecution.execute(experiment(1), folder, ExecutionOptions.threads(1).with(FolderMode.RESUME));
        assertTrue(Files.isRegularFile(folder.resolve(ResultFolder.RUNS)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
