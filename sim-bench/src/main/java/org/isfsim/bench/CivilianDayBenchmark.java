package org.isfsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.concurrent.TimeUnit;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.population.CivilianPopulation;
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
 * One day of the civilian rule over the whole strip at 1:100, 1:10 and 1:1 people per agent, with
 * security in about one cell in a hundred: the model's hot loop. Run with {@code -prof gc} to see that
 * it allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CivilianDayBenchmark {
    @Param({"100", "10", "1"})
    public int peoplePerAgent;

    private CivilianPopulation civilians;
    private double[] security;
    private double[] legitimacy;
    private double[] hardship;
    private MersenneTwisterFast random;
    private int day;

    @Setup(Level.Trial)
    public void setUp() {
        GazaMap map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
        random = new MersenneTwisterFast(1);
        civilians = new CivilianPopulation(map, peoplePerAgent, CivilianParameters.defaults(), random);
        int cells = map.width() * map.height();
        security = new double[cells];
        legitimacy = new double[cells];
        hardship = new double[cells];
        for (int i = 0; i < cells; i++) {
            legitimacy[i] = 0.82;
            hardship[i] = 1.0;
            security[i] = i % 97 == 0 ? 800 : 0;
        }
    }

    @Benchmark
    public int civilianDay() {
        civilians.step(day++, security, legitimacy, hardship, random);
        return civilians.activeCount();
    }
}
