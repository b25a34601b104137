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
        "immediate-deployment, 150, 449db8df62ca86d10205fa840971dd34c65b36cbbbb8a86684b53760cd0e82d4, a6c7d9bff300613f58e11f37eca78f175a8e34ddeee895362110b72745a759e5",
        "observed-2025-26, 129, 1c421109387a045b43ee6762256788956bdd5295c4c189d1c157c86febc787d9, 618740e93c9f2cc4fed149632c6f722ce62cec6d8692a1e219dce345635920f5"})
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
