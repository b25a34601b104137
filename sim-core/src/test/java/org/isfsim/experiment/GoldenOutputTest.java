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
        "baseline-1:100, 8b4c8eec744d9933385de3f13d7d775c87190c5cf4e99baedaab523de131ed74, 48a28f18e905738a6d3d7ed770f3b754ee4e98fcbd6e4819dd2278307cfa0495",
        "baseline-1:10, f9c80586df308d31f274b14f8b5cbbd876494495ff1d871b9b07a1dd1f0dcc03, 36973b183b6888be5947901f07e6c029b59417d6bd0afacc133f272c662fd0ae",
        "epstein-moore, 3b2b12371a7ccbfda110c65f0d343732856e3cac7b5795f0df326e8c0ae8e8a6, c92158a37a8b932262fb048f01f5b1495bad6496735eac924c1f9097ac7f7045"})
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
