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
        "baseline-1:100, af319794e41f3298577144b92aaa82ac2868e0413a24fc4abf0a64321929e378, e53343ab33fcddfdd99ac7f4600ecc86a6ea0c0f57f8efc545e0f36578d96aa2",
        "baseline-1:10, 347a20fff40a9cb467dfe8be37142e70d5a33dc9434847172ea2710b27b0d534, bdd0a951f28e597c73f5616085608b50df80395bad13556c5dcbe5912150bade",
        "epstein-moore, 3759adf97bf0877f97ad5dfb58f0692ccaba7b13e0af0dd52535f50790895a7b, a7ffb49fd9f3d8fc4c6254151fdb4faec7cf774e3d21aaa19ee056e6eaaed1ad"})
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
