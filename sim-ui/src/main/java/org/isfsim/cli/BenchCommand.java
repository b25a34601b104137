package org.isfsim.cli;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.ProgressListener;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.RunSpec;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.IsfModel;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.population.CivilianDay;
import org.isfsim.model.population.CivilianPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim bench}: the speed and allocation figures README quotes, measured on this machine —
 * a whole baseline run, a model day at three population scales, the civilian loop's allocation, the
 * Epstein reference mode and sweep throughput on one and two threads. Timings are wall-clock after
 * warm-up runs; they are for comparing builds on one machine, not a unit test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure speed: a baseline run, a model day at 1:100, 1:10 and 1:1, civilian-loop allocation, "
                + "the Epstein mode and sweep throughput.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Fewer repetitions (a rough figure in about a minute).")
    private boolean quick;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "isf-sim bench on %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        baselineRun();
        modelDayByScale();
        if (!quick) {
            onePersonPerAgentRun();
        }
        civilianLoopAllocation();
        epstein(40, quick ? 3_000 : 30_000);
        epstein(400, quick ? 20 : 200);
        sweepThroughput();
        sweepHeap(quick ? 200 : 1_000);
        out.flush();
        return 0;
    }

    private void baselineRun() {
        Parameters baseline = Parameters.defaults();
        int warm = quick ? 1 : 3;
        int measured = quick ? 2 : 5;
        for (int i = 0; i < warm; i++) {
            Simulation.run(baseline, 100 + i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            Simulation.run(baseline, 200 + i);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / measured;
        report("baseline, 812 days at 1:100, one run", seconds, "s/run");
    }

    private void modelDayByScale() {
        int days = quick ? 10 : 30;
        double tenth = 0;
        for (int ppa : new int[] {100, 10, 1}) {
            Parameters p = Parameters.defaults();
            p = p.withPopulation(new PopulationParameters(p.population().residents(), ppa,
                    p.population().shelterPeoplePerKm2()));
            IsfModel model = new IsfModel(1, p);
            model.start();
            for (int d = 0; d < 200; d++) {
                model.schedule.step(model);
            }
            long start = System.nanoTime();
            for (int d = 0; d < days; d++) {
                model.schedule.step(model);
            }
            double ms = (System.nanoTime() - start) / 1e6 / days;
            report("model day at 1:" + ppa + " (days 200+)", ms, "ms/day");
            if (ppa == 10) {
                tenth = ms;
            } else if (ppa == 1) {
                report("  cost ratio 1:10 -> 1:1", ms / tenth, "x");
            }
        }
    }

    /**
     * A whole baseline run with every person an agent (2.13 million), to the end of the mandate, and the
     * process's peak resident memory so far (Linux's VmHWM: an upper bound for the run, as the process has
     * done other work).
     */
    private void onePersonPerAgentRun() {
        Parameters p = Parameters.defaults();
        p = p.withPopulation(new PopulationParameters(p.population().residents(), 1,
                p.population().shelterPeoplePerKm2()));
        long start = System.nanoTime();
        Simulation.run(p, 300);
        report("baseline, 812 days at 1:1, one run", (System.nanoTime() - start) / 1e9, "s/run");
        long peakKb = peakResidentKb();
        if (peakKb > 0) {
            report("  peak resident memory of this process", peakKb / 1024.0, "MB");
        }
        report("  max heap (-Xmx)", Runtime.getRuntime().maxMemory() / 1048576.0, "MB");
    }

    /** VmHWM from /proc/self/status, in kB; 0 where there is none (not Linux). */
    private static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Bytes allocated by the civilian loop per day, from the JVM's per-thread allocation counter. */
    private void civilianLoopAllocation() {
        GazaMap map = GazaMap.build(250, 0.53, 2_130_000, PopulationParameters.defaults().shelterPeoplePerKm2());
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        CivilianPopulation civilians = new CivilianPopulation(map, 100, CivilianParameters.defaults(), random);
        CivilianDay today = CivilianDay.typical(map);
        HeldZone zone = map.heldZone();
        for (int d = 0; d < 200; d++) {
            civilians.killPeople(d * 31 % today.cells(), 20, true, random);
            civilians.step(d, today, random);
            civilians.flee(zone, random);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        int steps = 500;
        for (int d = 200; d < 200 + steps; d++) {
            civilians.killPeople(d * 31 % today.cells(), 20, true, random);
            civilians.step(d, today, random);
            civilians.flee(zone, random);
        }
        double perStep = (threads.getThreadAllocatedBytes(id) - before) / (double) steps;
        report("civilian loop allocation at 1:100", perStep, "B/day");
    }

    private void epstein(int size, int steps) {
        EpsteinParameters d = EpsteinParameters.defaults();
        EpsteinParameters p = new EpsteinParameters(true, size, size, d.citizenDensity(), d.copDensity(), d.vision(),
                EpsteinParameters.Neighbourhood.MOORE, d.legitimacy(), d.maxJailTerm(), d.arrestConstant(),
                d.threshold());
        EpsteinModel warm = new EpsteinModel(1, p, steps);
        warm.start();
        for (int i = 0; i < Math.min(steps, 10_000); i++) {
            warm.schedule.step(warm);
        }
        EpsteinModel model = new EpsteinModel(2, p, steps);
        model.start();
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            model.schedule.step(model);
        }
        double perSecond = steps / ((System.nanoTime() - start) / 1e9);
        report("Epstein " + size + " x " + size + ", Moore vision 7", perSecond, "steps/s");
    }

    private void sweepThroughput() throws InterruptedException {
        int runs = quick ? 4 : 8;
        Parameters p = Parameters.defaults().withDays(400);
        List<RunSpec> specs = new Experiment("baseline", java.util.Map.of(), List.of(new DesignPoint(List.of(), p)),
                runs, 1).runs();
        double one = 0;
        for (int threads : new int[] {1, 2}) {
            new ExperimentRunner(threads).run(specs.subList(0, Math.min(2, runs)), r -> { });
            List<Object> sink = new ArrayList<>();
            long start = System.nanoTime();
            new ExperimentRunner(threads).run(specs, sink::add);
            double perMinute = runs / ((System.nanoTime() - start) / 6e10);
            report("sweep throughput, 400-day runs, " + threads + " thread" + (threads == 1 ? "" : "s"), perMinute,
                    "runs/min");
            if (threads == 1) {
                one = perMinute;
            } else {
                report("  speed-up with 2 threads", perMinute / one, "x");
            }
        }
    }

    /**
     * Heap in use (after a full collection) every tenth of a long sweep of short runs: flat when
     * results stream to disk instead of piling up in memory.
     */
    private void sweepHeap(int runs) throws Exception {
        Parameters p = Parameters.defaults().withDays(30);
        Experiment experiment = new Experiment("draft-resolution", java.util.Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), p)), runs, 1);
        Path folder = Files.createTempDirectory("isf-sim-bench");
        Runtime runtime = Runtime.getRuntime();
        List<Double> heapMb = new ArrayList<>();
        ProgressListener sampler = (done, total, failed) -> {
            if (done % Math.max(1, total / 10) == 0) {
                System.gc();
                heapMb.add((runtime.totalMemory() - runtime.freeMemory()) / 1e6);
            }
        };
        ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(2).withProgress(sampler));
        report("sweep of " + runs + " runs: heap after GC at 10%", heapMb.get(0), "MB");
        report("sweep of " + runs + " runs: heap after GC at 100%", heapMb.get(heapMb.size() - 1), "MB");
        try (var files = Files.list(folder)) {
            for (java.nio.file.Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    private void report(String what, double value, String unit) {
        out.printf(Locale.ROOT, "%-48s %12.3f %s%n", what, value, unit);
        out.flush();
    }
}
