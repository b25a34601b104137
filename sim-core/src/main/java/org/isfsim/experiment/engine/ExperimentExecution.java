package org.isfsim.experiment.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.RunSpec;
import org.isfsim.output.Manifest;
import org.isfsim.output.ResultWriter;

/**
 * Runs an experiment into an output folder: the runs from the options' source, their rows written in run
 * order, and a {@link Manifest} saying what was run, with what, by which version, when. The manifest's
 * {@code experiment} entry identifies the experiment, so {@code --resume} continues only the same one.
 */
public final class ExperimentExecution {
    private ExperimentExecution() {
    }

    /**
     * Runs the experiment's runs that are not yet in the folder (all of them unless resuming), writes them
     * in run order, and commits the three files when all are written.
     */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options)
            throws IOException, InterruptedException {
        Manifest manifest = Manifest.starting(experiment, options.threads(), options.provenance());
        ResultWriter writer = options.folder() == ExecutionOptions.FolderMode.RESUME
                ? ResultWriter.resume(folder, experiment, manifest)
                : ResultWriter.create(folder, experiment, manifest);
        boolean done = false;
        try {
            List<RunSpec> runs = options.runs() == null ? experiment.runs() : options.runs();
            int total = runs.size();
            List<RunSpec> missing = runs.subList(Math.min(writer.resumedRuns(), total), total);
            options.source().run(missing, options.threads(), result -> {
                try {
                    writer.write(result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                options.progress().runWritten(writer.written(), total, writer.failed());
            });
            writer.commit(Instant.now());
            done = true;
            return new ExperimentOutcome(folder, writer.written(), writer.failed());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                writer.close(options.folder().keepsParts());
            }
        }
    }
}
