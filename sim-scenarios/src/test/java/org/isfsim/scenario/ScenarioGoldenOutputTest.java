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
        "immediate-deployment, 150, 383271a1827ec64814118742de4c3ed7845c3d7900e687705e782b95cb82e7dc, 01f3408901a823892a9717d196ac62ae81d91a3978c7625aa2882511879a41e2",
        "observed-2025-26, 129, b34b1f93a552c8dc7fe64b70185bd3e28481e243ac218b60c3af5277f1d7881e, 5bbb7e5abf846eb3c01f12ced3159c8bc2d38279864f7eadbc3b6b1860dba424"})
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
