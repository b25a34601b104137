package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.RunCheckpoints;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunSpec;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.model.params.Parameters;
import org.isfsim.output.ResultFolder;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isf-sim run}: replications of one scenario, headless, written as tidy CSV. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a scenario (default: " + ScenarioCatalog.DEFAULT
                + ") headless and write timeseries.csv, runs.csv and manifest.json.")
public final class RunCommand implements Callable<Integer> {
    static final int MAX_DAYS = 36_500;
    static final int MAX_REPLICATIONS = 100_000;
    static final int MAX_THREADS = 1_024;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Option(names = "--days", paramLabel = "N", converter = BoundedInt.Days.class,
            description = "Days to simulate after day 0 (2025-10-10), 1.." + MAX_DAYS
                    + "; default: the scenario's timeline.days (812 = 2027-12-31).")
    private Integer days;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1", converter = BoundedInt.Replications.class,
            description = "Runs of the scenario, each with its own seed, 1.." + MAX_REPLICATIONS + "; default: ${DEFAULT-VALUE}.")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed; run i gets a seed derived from S and i. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", paramLabel = "T", converter = BoundedInt.Threads.class,
            description = "Runs at once, 1.." + MAX_THREADS + "; default: the number of cores. Results do not depend on it.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; default: results/<scenario>-<date-time>. Files in it are replaced only when the new ones are whole.")
    private Path out;

    @Option(names = "--quiet", description = "No progress on stderr (a bar in a terminal, else a line every 5 s).")
    private boolean quiet;

    @Option(names = "--resume", description = "Continue the same run in --out after an interruption (even kill -9),"
            + " running only the replications missing; the files are those of an uninterrupted run.")
    private boolean resume;

    @Option(names = "--checkpoint-every", paramLabel = "N", converter = BoundedInt.Days.class,
            description = "Write a MASON checkpoint of each run every N days to DIR/checkpoints/run-<i>.checkpoint.")
    private Integer checkpointEvery;

    @Option(names = "--from-checkpoint", paramLabel = "FILE",
            description = "Continue the run saved in FILE to its last day and write its files, as if it had never stopped.")
    private Path fromCheckpoint;

    @Override
    public Integer call() throws Exception {
        if (resume && out == null) {
            throw new InvalidInputException("--resume: needs --out DIR, the folder of the run to continue");
        }
        if (fromCheckpoint != null) {
            if (resume) {
                throw new InvalidInputException("--resume: not with --from-checkpoint, which continues one run of its"
                        + " own; allowed: one of them");
            }
            return continueFromCheckpoint();
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Scenario scenario = options.load();
        Parameters parameters = scenario.resolve(options.settings);
        if (days != null) {
            parameters = parameters.withDays(days);
        }
        Path folder = out != null ? out : ResultFolder.defaultFor(scenario.name());

        Map<String, Object> design = new LinkedHashMap<>();
        design.put("type", "replications");
        design.put("days", parameters.timeline().days());
        design.put("settings", Scenario.settingsMap(options.settings));
        Experiment experiment = new Experiment(scenario.name(), design,
                List.of(new DesignPoint(List.of(), parameters)), replications, seed);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "run");
        provenance.put("scenarioOrigin", scenario.origin());
        provenance.put("scenarioDescription", scenario.description());
        provenance.put("scenarioSources", scenario.sources());

        RunFunction runFunction = checkpointEvery == null ? RunFunction.SIMULATION
                : RunCheckpoints.every(checkpointEvery, folder.resolve("checkpoints"), seed);
        ExperimentOutcome outcome;
        try (Progress progress = Progress.open("isf-sim run", experiment.runCount(), quiet)) {
            outcome = ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(threadCount)
                    .resumingIf(resume).withProgress(progress).withProvenance(provenance).withRunFunction(runFunction));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("isf-sim run: %d run%s of %s, %d day%s each, %d failed -> %s%n", outcome.runs(),
                outcome.runs() == 1 ? "" : "s", scenario.name(), parameters.timeline().days(),
                parameters.timeline().days() == 1 ? "" : "s", outcome.failed(), folder);
        stdout.flush();
        return outcome.failed() == 0 ? 0 : 1;
    }

    /** Continues one checkpointed run and writes its output folder. */
    private int continueFromCheckpoint() throws Exception {
        RunCheckpoints.Resumed resumed = RunCheckpoints.resume(fromCheckpoint);
        RunSpec spec = resumed.result().spec();
        Path folder = out != null ? out : Path.of("results", spec.scenario() + "-run-" + spec.run() + "-continued");
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("type", "replications");
        design.put("days", spec.parameters().timeline().days());
        design.put("continuedFrom", fromCheckpoint.toString());
        Experiment experiment = new Experiment(spec.scenario(), design,
                List.of(new DesignPoint(spec.factors(), spec.parameters())), 1, resumed.baseSeed());
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "run --from-checkpoint");
        ExperimentOutcome outcome = ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(1)
                .withProvenance(provenance).withRunFunction(s -> resumed.result().metrics()).onlyRuns(List.of(spec)));
        PrintWriter stdout = spec().commandLine().getOut();
        stdout.printf("isf-sim run: run %d of %s continued from %s to day %d -> %s%n", spec.run(), spec.scenario(),
                fromCheckpoint, spec.parameters().timeline().days(), folder);
        stdout.flush();
        return outcome.failed() == 0 ? 0 : 1;
    }

    private CommandSpec spec() {
        return spec;
    }
}
