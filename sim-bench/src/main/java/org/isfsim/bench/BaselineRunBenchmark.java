package org.isfsim.bench;

import java.util.concurrent.TimeUnit;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A whole baseline run, the default scenario's 812 days at 1:100, as a sweep makes it (target ≤ 5 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class BaselineRunBenchmark {
    @Benchmark
    public double baselineRun() {
        return Simulation.run(Parameters.defaults(), 7).value(812, Metric.ISF_TROOPS);
    }
}
