package org.isfsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {
    @TempDir
    Path dir;

    private static Experiment experiment(int replications, int days, List<FactorValue> factors) {
        return new Experiment("baseline", Map.of("type", "replications"),
                List.of(new DesignPoint(factors, Parameters.defaults().withDays(days))), replications, 7);
    }

    @Test
    void writesTheThreeFilesWithTheContractColumns() throws Exception {
        ExperimentOutcome outcome = ExperimentExecution.execute(
                experiment(2, 5, List.of(new FactorValue("force.battalionSize", "800"))), dir,
                ExecutionOptions.threads(2));
        assertEquals(2, outcome.runs());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("manifest.json", "runs.csv", "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> ts = Files.readAllLines(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8);
        // The metric columns docs/sources.md#design-metrics lists, in its order (a contract), then the extra
        // stage column.
        assertEquals("run,scenario,replication,seed,force.battalionSize,day,date,isf_troops,isf_contingents,"
                + "isf_casualties,police_in_training,police_deployed,militant_fighters,militant_weapons,"
                + "infrastructure_remaining,militant_control_share,secured_share,idf_held_share,"
                + "active_civilians_share,incidents,ceasefire_violations,civilian_casualties,aid_trucks_entered,"
                + "aid_trucks_delivered,aid_trucks_looted,mean_hardship,legitimacy,coordination_latency_days,"
                + "mandate_active,detained_share,idf_withdrawal_stage,civilians_killed_by_idf,civilians_killed_by_armed_groups,"
                + "isf_troops_in_gaza,isf_nations_present,nations_withdrawn,pledges_suspended,ceasefire_state,idf_killed,"
                + "idf_strikes,isf_killed,police_killed,attacks_on_isf,attacks_on_police,fighters_recruited,fighters_killed,"
                + "weapons_handed_over,support_isf_share,support_hamas_share,active_against_isf_share,"
                + "active_against_hamas_share,detentions,recruitable_share,civilians_fled", ts.get(0));
        assertEquals(1 + 2 * 6, ts.size());
        assertTrue(ts.get(1).startsWith("1,baseline,1,"), ts.get(1));
        assertTrue(ts.get(1).contains(",800,0,2025-10-10,"), ts.get(1));
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertTrue(runs.get(0).startsWith("run,scenario,replication,seed,force.battalionSize,status,final_isf_troops,"
                + "mean_isf_troops,"), runs.get(0));
        assertTrue(runs.get(0).endsWith(",day_isf_5000,day_police_5000,day_infrastructure_half,day_idf_stage2,"
                + "day_first_isf_in_gaza,day_ceasefire_collapse,day_idf_extension"));
        assertEquals(3, runs.size());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("baseSeed").asLong());
        assertEquals(2, manifest.get("runCount").asInt());
        assertEquals("2025-10-10", manifest.at("/parameters/timeline/startDate").asText());
        assertEquals(5, manifest.at("/parameters/timeline/days").asInt());
        assertEquals("Indonesia", manifest.at("/parameters/force/pledges/0/nation").asText());
    }

    @Test
    void aFailedRunIsWrittenAsFailedWithEmptySummary() throws Exception {
        RunFunction failSecond = spec -> {
            if (spec.run() == 2) {
                throw new IllegalArgumentException("bad, really");
            }
            return RunFunction.SIMULATION.run(spec);
        };
        ExperimentOutcome outcome = ExperimentExecution.execute(experiment(3, 5, List.of()), dir,
                ExecutionOptions.threads(2).withRunFunction(failSecond));
        assertEquals(1, outcome.failed());
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        int columns = runs.get(0).split(",", -1).length;
        String failed = runs.get(2);
        assertTrue(failed.contains(",\"failed: IllegalArgumentException: bad, really\","), failed);
        assertEquals(columns, failed.replace("\"failed: IllegalArgumentException: bad, really\"", "x")
                .split(",", -1).length);
        assertEquals(1 + 2 * 6, Files.readAllLines(dir.resolve("timeseries.csv")).size());
    }

    @Test
    void anInterruptedExperimentLeavesEarlierResultsUntouchedAndNoPartFiles() throws Exception {
        ExperimentExecution.execute(experiment(1, 5, List.of()), dir, ExecutionOptions.threads(1));
        byte[] before = Files.readAllBytes(dir.resolve("timeseries.csv"));
        RunFunction crashWriter = spec -> {
            throw new OutOfMemoryError("simulated");
        };
        assertThrows(OutOfMemoryError.class,
                () -> ExperimentExecution.execute(experiment(2, 5, List.of()), dir,
                        ExecutionOptions.threads(1).withRunFunction(crashWriter)));
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".part")));
        }
    }

    @Test
    void anUnwritableFolderIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Manifest manifest = Manifest.starting(experiment(1, 5, List.of()), 1, Map.of());
        assertThrows(org.isfsim.InvalidInputException.class,
                () -> ResultFolder.create(file.resolve("sub"), manifest, "run", "run"));
    }
}
