package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.output.Manifest;
import org.isfsim.output.ResultFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments rebuilt from the manifests isf-sim writes: exactly the experiment run, or a clear refusal. */
class ManifestExperimentTest {
    private static final String LATIN = """
            name: lhs
            scenario: immediate-deployment
            days: 25
            replications: 2
            seed: 4000000007
            design:
              type: latin-hypercube
              samples: 3
            factors:
              force.battalionSize: {min: 500, max: 900, integer: true}
              insurgency.attackChancePerDay: {min: 0.01, max: 0.2}
              coordination.unifiedCommand: [true, false]
            metrics: [isf_troops, incidents]
            every: 5
            """;

    @TempDir
    Path tmp;

    private Experiment sweep(String text, Path folder) throws Exception {
        Path file = tmp.resolve("experiment.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Experiment experiment = ExperimentFile.load(file).toExperiment();
        ExperimentExecution.execute(experiment, folder,
                ExecutionOptions.threads(2).withProvenance(Map.of("command", "sweep")));
        return experiment;
    }

    @Test
    void aSweepIsRebuiltExactly() throws Exception {
        Path folder = tmp.resolve("out");
        Experiment original = sweep(LATIN, folder);
        ManifestExperiment rebuilt = ManifestExperiment.read(folder);
        Experiment experiment = rebuilt.experiment();
        assertEquals(original.points(), experiment.points());
        assertEquals(original.replications(), experiment.replications());
        assertEquals(original.baseSeed(), experiment.baseSeed());
        assertEquals(original.output(), experiment.output());
        assertEquals(original.scenario(), experiment.scenario());
        assertEquals(original.runs(), experiment.runs());
        assertEquals(Manifest.identityOf(original), Manifest.identityOf(experiment));
        assertTrue(rebuilt.madeBy().startsWith("isf-sim "), rebuilt.madeBy());
    }

    @Test
    void aFolderWithoutAManifestIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ManifestExperiment.read(tmp));
        assertEquals(tmp + ": no manifest.json; allowed: a folder written by isf-sim run or sweep", e.getMessage());
    }

    @Test
    void aBrokenOrTamperedManifestIsRefused() throws Exception {
        Path folder = tmp.resolve("out");
        sweep(LATIN, folder);
        Path manifest = folder.resolve(ResultFolder.MANIFEST);
        String text = Files.readString(manifest);

        write(manifest, text.substring(0, text.length() / 2));
        assertTrue(refusal(folder).contains("manifest.json: not JSON"), refusal(folder));

        write(manifest, text.replace("\"designPoints\" : [", "\"designPointz\" : ["));
        assertEquals(manifest + ": key 'designPoints' is missing; allowed: a manifest written by isf-sim run or sweep",
                refusal(folder));

        // The first point's parameters changed behind the digest's back.
        write(manifest, text.replace("\"visionKm\" : 1.75", "\"visionKm\" : 1.5"));
        assertTrue(refusal(folder).contains("cannot be rebuilt exactly"), refusal(folder));

        write(manifest, text.replace("\"incidents\"", "\"incidentz\""));
        assertTrue(refusal(folder).contains("metric 'incidentz' is not one this version writes"), refusal(folder));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String refusal(Path folder) {
        return assertThrows(InvalidInputException.class, () -> ManifestExperiment.read(folder)).getMessage();
    }
}
