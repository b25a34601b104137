package org.isfsim.bench;

import java.util.concurrent.TimeUnit;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.params.EpsteinParameters;
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

/** Steps of the Epstein reference mode (Moore vision 7, density 0.7, cops 0.04) at 40 × 40 and 400 × 400. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EpsteinBenchmark {
    /**
     * Days a model is made for: its metrics table holds a row for each (so not "forever"), more than an
     * iteration of two seconds takes at 40 × 40; a model that reaches them is replaced.
     */
    private static final int DAYS = 100_000;

    @Param({"40", "400"})
    public int size;

    private EpsteinModel model;

    @Setup(Level.Iteration)
    public void setUp() {
        EpsteinParameters d = EpsteinParameters.defaults();
        EpsteinParameters p = new EpsteinParameters(true, size, size, d.citizenDensity(), d.copDensity(), d.vision(),
                EpsteinParameters.Neighbourhood.MOORE, d.legitimacy(), d.maxJailTerm(), d.arrestConstant(),
                d.threshold());
        model = new EpsteinModel(1, p, DAYS);
        model.start();
    }

    @Benchmark
    public boolean step() {
        if (model.schedule.getSteps() >= DAYS) {
            setUp();
        }
        return model.schedule.step(model);
    }
}
