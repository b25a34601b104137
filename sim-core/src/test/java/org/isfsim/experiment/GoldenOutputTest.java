package org.isfsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden outputs: the SHA-256 of the files a fixed small experiment writes. Thread counts and resumes are
 * checked against each other elsewhere; this pins the bytes across changes of the code, so that an
 * optimisation that changes a result fails here. When a change of the model is meant to change results,
 * update the digests in the same commit and say why.
 */
class GoldenOutputTest {
    @TempDir
    Path tmp;

    private static Parameters parameters(String name) {
        Parameters defaults = Parameters.defaults();
        return switch (name) {
            case "baseline-1:100" -> defaults.withDays(120);
            case "baseline-1:10" -> defaults.withDays(40).with("population.peoplePerAgent", 10);
            case "epstein-moore" -> defaults.withDays(300).with("epstein.enabled", true)
                    .with("epstein.neighbourhood", EpsteinParameters.Neighbourhood.MOORE);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "baseline-1:100, 7518935fa17a0f1fb1ccfb8e42df5121fa2f369c5b3b2cc8a65d189bbe46a0e4, 11961d2f950d5f556d30817a965e038b4a4ec73a5265804e08219dabf5efde7d",
        "baseline-1:10, 64c2358047083fd960235f1e55e90e99f96f0948c849fe0e091decd90af2a0f6, c4e37d9fd7c40c1c51170ef872697c37633484eab59731165da07f8c2b45b57c",
        "epstein-moore, 46365dadc6f25aeb6d5cc121a75d2337c751a3e2d9ffb10e1b209574d9e6f54a, cd9628fe63fb84f8008e31e28b0cc3421e119781efad6d06334d5f1b10cab4cf"})
    void theFilesHaveTheirKnownBytes(String name, String timeseries, String runs) throws Exception {
        Experiment experiment = new Experiment(name, Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), parameters(name))), 2, 20_261_128L);
        Path folder = tmp.resolve(name.replace(':', '-'));
        ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(2));
        String why = " of " + name + " changed: if the model was meant to change, update the digest and say why"
                + " in the commit; if not (an optimisation, a refactoring), a result changed by mistake";
        assertEquals(timeseries, sha256(folder.resolve("timeseries.csv")), "timeseries.csv" + why);
        assertEquals(runs, sha256(folder.resolve("runs.csv")), "runs.csv" + why);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
