package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.engine.LocalSweepEngine;
import org.isfsim.experiment.engine.SweepEngine;
import org.isfsim.experiment.engine.SweepEngines;
import org.isfsim.scenario.SweepJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim sweep}: every design point of an experiment file × its replications, on a thread
 * pool, streamed to CSV in run order (byte-identical at any thread count), with progress on stderr,
 * failed runs isolated, {@code --resume} after an interruption, and Sobol indices after a Sobol design.
 * {@code --engine spark [--master URL]} runs the same sweep on Apache Spark, with the same bytes: the
 * engine is found with {@link java.util.ServiceLoader} ({@link SweepEngines}), so this module never
 * depends on Spark; the launcher puts sim-spark on the class path.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run an experiment file (design x replications) and write timeseries.csv, runs.csv, "
                + "manifest.json (and sensitivity.csv after a sobol or morris design).")
public final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment file.")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; default: results/<experiment>-<date-time>. Required with --resume.")
    private Path out;

    @Option(names = "--threads", paramLabel = "T", converter = BoundedInt.Threads.class,
            description = "Runs at once, 1.." + RunCommand.MAX_THREADS + "; default: the number of cores. Results do not depend on it.")
    private Integer threads;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = LocalSweepEngine.NAME,
            description = "Where the runs go: local (threads of this machine, the default) or spark (Apache Spark,"
                    + " which the isf-sim launcher adds). Results do not depend on it.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[*] (the default: Spark embedded, every core), local[N],"
                    + " spark://host:port; k8s://... and yarn through spark-submit (see README).")
    private String master;

    @Option(names = "--resume", description = "Continue the same experiment in --out, running only what is missing.")
    private boolean resume;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        SweepJob.checkResume(resume, out);
        if (threads != null && !LocalSweepEngine.NAME.equals(engine)) {
            throw new InvalidInputException("--threads: only with --engine local; with --engine " + engine
                    + " the master says how many runs go at once (e.g. --master local[4])");
        }
        SweepEngine sweepEngine = SweepEngines.find(engine);
        SweepJob job = SweepJob.load(file, out, resume);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SweepJob.Done done;
        try (Progress progress = Progress.open("isf-sim sweep", job.experiment().runCount(), quiet)) {
            done = job.run(sweepEngine, master, threadCount, progress);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(done.summary());
        stdout.flush();
        return done.exitStatus();
    }
}
