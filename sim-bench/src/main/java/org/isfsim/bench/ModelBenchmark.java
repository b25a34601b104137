package org.isfsim.bench;

import java.util.concurrent.TimeUnit;
import org.isfsim.model.IsfModel;
import org.isfsim.model.params.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole model: one day (after 200 days, with the force deployed) at 1:100, 1:10 and 1:1 people per
 * agent. A whole run is {@link BaselineRunBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ModelBenchmark {
    @Param({"100", "10", "1"})
    public int peoplePerAgent;

    private IsfModel model;

    /** A fresh model advanced to day 200 before each measured iteration. */
    @Setup(Level.Iteration)
    public void setUp() {
        model = new IsfModel(1, Parameters.defaults().with("population.peoplePerAgent", peoplePerAgent));
        model.start();
        for (int d = 0; d < 200; d++) {
            model.schedule.step(model);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public boolean modelDay() {
        if (model.day() >= model.parameters().timeline().days()) {
            setUp();
        }
        return model.schedule.step(model);
    }
}
