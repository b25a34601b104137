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
        "baseline-1:100, c9e7a697394a421edc21b32300384abe1710d9e615c738a1d4a7bf74ae592712, c3c1005b6c2489890664226f97b7e5d460529fe553b0212fad19b11c82d0c1dd",
        "baseline-1:10, 4827c17d3ace01bed5643fe53e37931cf780926ca670b179c3093dcd3db8d4cd, eb257924c7a779f8c259e8d557a2ce184ba2e1cfd9d7612199e0e0b62eaf1592",
        "epstein-moore, 3d5fb9067a1ad9e4a59b2cd391f1dcdbcb6385b7b6316c563a8744a72820a130, fa7081d903860fe4d8466dde3da67ffa9ceb18086e9790506103e1aa8bf1565a"})
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
