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
        "immediate-deployment, 150, 595ceccb6bef83d85a8836157e310678f62980ed45f6fb0cf290ee6e42ee5bd9, 48b6b9d278fcdc90b8dbea54e7c3602be48b2dd6e9a89ef17e6fcb052b2cdb1b",
        "observed-2025-26, 129, b9a3818cbce44ae7764f20d4d068745c9069abb80d9c15ac8e2f9d344d549d34, c23ffac440158a11668f0649eb3b2971d8d3c4b06f1f216092dcddb1a2cc06fd"})
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
