package org.isfsim.experiment.engine;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;

/**
 * Where the results of the runs still to write come from: local threads ({@link #local}) or another
 * engine that hands them back in run order ({@link #inOrder}, e.g. Spark). Either way the same writer
 * writes them, so the files are byte-identical whatever the source.
 */
@FunctionalInterface
public interface RunSource {
    /**
     * Makes the runs and hands each result to {@code sink}, in the order of {@code missing}.
     *
     * @param threads runs at once, for a source that uses local threads
     */
    void run(List<RunSpec> missing, int threads, Consumer<RunResult> sink) throws IOException, InterruptedException;

    /** Each spec run with {@code runFunction} on a pool of local threads ({@link ExperimentRunner}). */
    static RunSource local(RunFunction runFunction) {
        return (missing, threads, sink) -> new ExperimentRunner(threads, runFunction).run(missing, sink);
    }

    /**
     * Given the runs missing, an iterator over their results in the same order, made elsewhere. If the
     * iterator is {@link AutoCloseable} it is closed when the experiment ends, whether or not it was read to
     * the end.
     */
    @FunctionalInterface
    interface Results {
        Iterator<RunResult> of(List<RunSpec> missing) throws IOException, InterruptedException;
    }

    /**
     * Results made elsewhere, checked to come in run order, one per run.
     *
     * @throws IllegalStateException (when run) if the results come out of run order, or too few or too many
     */
    static RunSource inOrder(Results results) {
        return (missing, threads, sink) -> {
            Iterator<RunResult> iterator = results.of(missing);
            try {
                for (RunSpec expected : missing) {
                    if (!iterator.hasNext()) {
                        throw new IllegalStateException("the engine gave no result for run " + expected.run());
                    }
                    RunResult result = iterator.next();
                    if (result.spec().run() != expected.run()) {
                        throw new IllegalStateException("the engine gave run " + result.spec().run()
                                + " where run " + expected.run() + " was due");
                    }
                    sink.accept(result);
                }
                if (iterator.hasNext()) {
                    throw new IllegalStateException("the engine gave more results than runs");
                }
            } finally {
                if (iterator instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (IOException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("closing the engine's results", e);
                    }
                }
            }
        };
    }
}
