package org.isfsim.experiment.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;

/** The default engine: the runs on a pool of local threads ({@link ExperimentExecution}). */
public final class LocalSweepEngine implements SweepEngine {
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options, String master)
            throws IOException, InterruptedException {
        if (master != null) {
            throw new InvalidInputException("--master " + master + ": only with --engine spark; the local engine"
                    + " runs on this machine's threads (--threads)");
        }
        Map<String, Object> withEngine = new LinkedHashMap<>(options.provenance());
        withEngine.put("engine", NAME);
        return ExperimentExecution.execute(experiment, folder, options.withProvenance(withEngine));
    }
}
