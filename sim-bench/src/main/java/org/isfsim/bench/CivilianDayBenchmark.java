package org.isfsim.bench;

import ec.util.MersenneTwisterFast;
import java.util.concurrent.TimeUnit;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.population.CivilianDay;
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
    private CivilianDay today;
    private HeldZone zone;
    private MersenneTwisterFast random;
    private int day;

    @Setup(Level.Trial)
    public void setUp() {
        GazaMap map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
        random = new MersenneTwisterFast(1);
        civilians = new CivilianPopulation(map, peoplePerAgent, CivilianParameters.defaults(), random);
        today = CivilianDay.typical(map);
        zone = map.heldZone();
    }

    @Benchmark
    public int civilianDay() {
        if (day % 7 == 0) {
            civilians.killPeople(day % today.cells(), 20, true, random);
        }
        civilians.step(day++, today, random);
        civilians.flee(zone, random);
        return civilians.activeCount();
    }
}
