package org.isfsim.experiment.engine;

import java.nio.file.Path;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;

/**
 * A way of executing a sweep: on local threads ({@link LocalSweepEngine}) or on Apache Spark (module
 * {@code sim-spark}, found with {@link java.util.ServiceLoader} so that nothing else depends on Spark).
 * Every engine gives each run the seed {@link org.isfsim.experiment.Seeds} gives it and writes the same
 * files in run order, so the bytes of {@code timeseries.csv} and {@code runs.csv} do not depend on the
 * engine; only the manifest says which engine (and master) ran the sweep.
 *
 * <p>An implementation outside sim-core is listed in
 * {@code META-INF/services/org.isfsim.experiment.engine.SweepEngine} and needs a public no-argument
 * constructor.
 */
public interface SweepEngine {
    /** The name {@code --engine} takes, e.g. {@code local} or {@code spark}. */
    String name();

    /**
     * Runs the experiment's runs that are not yet in {@code folder} (all of them unless the options'
     * folder mode is {@code RESUME}) and writes {@code timeseries.csv}, {@code runs.csv} and {@code manifest.json}.
     *
     * @param experiment the runs to make
     * @param folder the output folder
     * @param options folder mode, progress, provenance; {@code threads} is the local engine's
     * @param master where the engine runs (e.g. {@code local[4]}, {@code spark://host:7077}); null for its
     *        default. An engine without masters refuses one with {@link org.isfsim.InvalidInputException}
     * @return where the results are, how many runs, how many failed
     */
    ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options, String master)
            throws Exception;
}
