package org.isfsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

    private static Experiment experiment(int replications, int days) {
        return new Experiment("baseline", Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), Parameters.defaults().withDays(days))), replications, 7);
    }

    /** A stand-in run whose duration varies inversely with the run number, so later runs finish first. */
    private static final RunFunction SLOW_EARLY_RUNS = spec -> {
        try {
            Thread.sleep((20 - spec.run()) * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MetricsTable table = new MetricsTable(0);
        table.rowFor(0)[Metric.ISF_TROOPS.ordinal()] = spec.run();
        return table;
    };

    @Test
    void resultsArriveInRunOrderWhateverTheThreadCount() throws InterruptedException {
        for (int threads : new int[] {1, 3, 8}) {
            List<Integer> order = new ArrayList<>();
            new ExperimentRunner(threads, SLOW_EARLY_RUNS).run(experiment(19, 1).runs(), r -> {
                order.add(r.spec().run());
                assertEquals(r.spec().run(), r.metrics().value(0, Metric.ISF_TROOPS));
            });
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList(), order);
        }
    }

    @Test
    void aRunThatThrowsIsReportedAndTheOthersGoOn() throws InterruptedException {
        List<RunResult> results = new ArrayList<>();
        RunFunction third = spec -> {
            if (spec.run() == 3) {
                throw new IllegalStateException("boom\non two lines");
            }
            return RunFunction.SIMULATION.run(spec);
        };
        new ExperimentRunner(2, third).run(experiment(5, 10).runs(), results::add);
        assertEquals(5, results.size());
        assertFalse(results.get(2).isOk());
        assertNull(results.get(2).metrics());
        assertEquals("IllegalStateException: boom on two lines", results.get(2).failure());
        assertTrue(results.stream().filter(RunResult::isOk).count() == 4);
    }

    @Test
    void seedsFollowTheRunNumberNotTheReplicationCount() {
        List<RunSpec> three = experiment(3, 10).runs();
        List<RunSpec> one = experiment(1, 10).runs();
        assertEquals(one.get(0).seed(), three.get(0).seed());
        assertEquals(Seeds.forRun(7, 2), three.get(1).seed());
        assertEquals(List.of(1, 2, 3), three.stream().map(RunSpec::replication).toList());
    }
}
