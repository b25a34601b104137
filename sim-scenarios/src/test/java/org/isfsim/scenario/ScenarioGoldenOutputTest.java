package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden outputs of built-in scenarios whose code paths the baseline's first days do not reach: the force
 * and the police from day 0 (immediate-deployment), the hindcast's decaying lethality and early crossing
 * schedule (observed-2025-26). As sim-core's {@code GoldenOutputTest}: a digest that changes is a result
 * that changed; update it only when the model is meant to change, and say why in the commit.
 */
class ScenarioGoldenOutputTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "immediate-deployment, 150, c42d27c2fb8e3b8fdf241e596fb13a362a783e355de536fe8735c01561fb460d, 570402e9a8a49b9f45cdf37b1dd1a5dce238870f5a7b1f98cc6e3264fc85cbd0",
        "observed-2025-26, 129, da871442b55304ade511f95027e2c9f7008b58ac88cf4aeafda159a4875e9b25, e8cab015f5a18cc38c160bed89917cc482292bda3515671e1cc4b03084d70a84"})
    void theFilesHaveTheirKnownBytes(String scenario, int days, String timeseries, String runs) throws Exception {
        Experiment experiment = new Experiment(scenario, Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), ScenarioCatalog.load(scenario).resolve().withDays(days))), 2,
                20_261_128L);
        Path folder = tmp.resolve(scenario);
        ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(2));
        String why = " of " + scenario + " changed: if the model was meant to change, update the digest and say why"
                + " in the commit; if not, a result changed by mistake";
        assertEquals(timeseries, sha256(folder.resolve("timeseries.csv")), "timeseries.csv" + why);
        assertEquals(runs, sha256(folder.resolve("runs.csv")), "runs.csv" + why);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
