package org.isfsim.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.RunSpec;
import org.isfsim.model.params.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Sweep throughput: eight 400-day baseline runs at 1:100 on one and on two threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SweepBenchmark {
    @Param({"1", "2"})
    public int threads;

    private List<RunSpec> runs;

    @Setup
    public void setUp() {
        runs = new Experiment("draft-resolution", Map.of(), List.of(new DesignPoint(List.of(),
                Parameters.defaults().withDays(400))), 8, 1).runs();
    }

    @Benchmark
    public int eightRuns() throws InterruptedException {
        int[] count = new int[1];
        new ExperimentRunner(threads).run(runs, r -> count[0]++);
        return count[0];
    }
}
