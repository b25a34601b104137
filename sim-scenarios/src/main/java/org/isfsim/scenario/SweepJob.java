package org.isfsim.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.analysis.SensitivityReport;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.ProgressListener;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.SweepEngine;
import org.isfsim.output.ResultFolder;

/**
 * The sweep use case, one for {@code isf-sim sweep} and Spark's {@code isf-sim-spark.jar}: an experiment
 * file's design points × replications run by an engine into a results folder ({@code --resume} continues
 * it), then {@code sensitivity.csv} after a Sobol or Morris design, and one line saying what was done.
 * The commands only read their options and print.
 */
public final class SweepJob {
    private final Path file;
    private final ExperimentFile experimentFile;
    private final Experiment experiment;
    private final Path folder;
    private final boolean resume;

    private SweepJob(Path file, ExperimentFile experimentFile, Path folder, boolean resume) {
        this.file = file;
        this.experimentFile = experimentFile;
        this.experiment = experimentFile.toExperiment();
        this.folder = folder;
        this.resume = resume;
    }

    /**
     * Reads the experiment file of a sweep into {@code out} (default {@code results/<experiment>-<date-time>}).
     *
     * @throws InvalidInputException when {@code resume} has no {@code out}, or the file is wrong
     */
    public static SweepJob load(Path file, Path out, boolean resume) {
        checkResume(resume, out);
        ExperimentFile experimentFile = ExperimentFile.load(file);
        return new SweepJob(file, experimentFile, out != null ? out : ResultFolder.defaultFor(experimentFile.name()), resume);
    }

    /**
     * Refuses {@code --resume} without {@code --out}: there is no default folder to continue.
     *
     * @throws InvalidInputException when {@code resume} and {@code out} is null
     */
    public static void checkResume(boolean resume, Path out) {
        if (resume && out == null) {
            throw new InvalidInputException("--resume: needs --out DIR, the folder of the sweep to continue");
        }
    }

    /** The experiment the file describes. */
    public Experiment experiment() {
        return experiment;
    }

    /** Where the results go. */
    public Path folder() {
        return folder;
    }

    /**
     * What a sweep did.
     *
     * @param outcome the runs written and failed
     * @param summary the line the commands print, e.g. {@code isf-sim sweep: 8 runs (4 design points x 2
     *        replications), 0 failed -> results/x}
     */
    public record Done(ExperimentOutcome outcome, String summary) {
        /** 0 when every run completed, 1 when some failed. */
        public int exitStatus() {
            return outcome.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * Runs the sweep on {@code engine} and writes {@code sensitivity.csv} after a design that has one.
     *
     * @param master the engine's master, or null for its default
     * @param threads runs at once on the local engine (recorded in the manifest)
     */
    public Done run(SweepEngine engine, String master, int threads, ProgressListener progress) throws Exception {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "sweep");
        provenance.put("experimentFile", file.toString());
        provenance.put("scenarioOrigin", experimentFile.scenario().origin());
        provenance.put("scenarioSources", experimentFile.scenario().sources());
        ExecutionOptions options = ExecutionOptions.threads(threads).resumingIf(resume).withProgress(progress)
                .withProvenance(provenance);
        ExperimentOutcome outcome = engine.execute(experiment, folder, options, master);
        String extra = "";
        if (SensitivityReport.follows(experimentFile.design())) {
            SensitivityReport.write(folder, experimentFile.factors().stream().map(f -> f.key()).toList(),
                    experiment.replications(), experiment.baseSeed(), experimentFile.design());
            extra = ", sensitivity.csv";
        }
        return new Done(outcome, String.format(Locale.ROOT,
                "isf-sim sweep: %d runs (%d design points x %d replications), %d failed -> %s%s", outcome.runs(),
                experiment.points().size(), experiment.replications(), outcome.failed(), folder, extra));
    }
}
