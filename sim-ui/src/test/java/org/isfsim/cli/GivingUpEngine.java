package org.isfsim.cli;

import java.nio.file.Path;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.SweepAbandonedException;
import org.isfsim.experiment.engine.SweepEngine;

/**
 * A test engine, {@code --engine giving-up}, that gives up at once as Spark does when a task fails more
 * often than its retries allow: the command line must say so in one line, with no stack trace.
 */
public final class GivingUpEngine implements SweepEngine {
    @Override
    public String name() {
        return "giving-up";
    }

    @Override
    public ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options, String master) {
        throw new SweepAbandonedException("gave up on runs 3-5 after the task retries (executor lost\n"
                + "  twice); the runs before are written: continue with --resume", new IllegalStateException("lost"));
    }
}
