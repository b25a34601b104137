package org.isfsim.experiment.engine;

import java.util.List;
import java.util.Map;
import org.isfsim.experiment.ProgressListener;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunSpec;

/**
 * How an experiment is executed (none of it changes the results): on how many threads, what happens to
 * the output folder, who is told of progress, what the manifest records about who asked, where the
 * results come from, and which of the experiment's runs are made.
 *
 * @param threads runs at once (recorded in the manifest as {@code threads})
 * @param folder new, new and resumable, or continuing the experiment already there
 * @param progress told of each run written
 * @param provenance entries for the manifest (command, experiment file, engine, ...)
 * @param source where the results come from: local threads by default
 * @param runs the runs to make, or null for all of the experiment's (e.g. one run continued from a checkpoint)
 */
public record ExecutionOptions(int threads, FolderMode folder, ProgressListener progress,
        Map<String, Object> provenance, RunSource source, List<RunSpec> runs) {

    /** What an execution does with its output folder. */
    public enum FolderMode {
        /** A new experiment whose partial files are removed if it stops early. */
        FRESH,
        /** A new experiment whose partial files are kept if it stops early, for a later {@link #RESUME}. */
        RESUMABLE,
        /** Continues the same experiment in the folder, running only the runs missing; partial files are kept. */
        RESUME;

        /** Whether the partial files stay when the execution stops before its commit. */
        public boolean keepsParts() {
            return this != FRESH;
        }
    }

    public ExecutionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        folder = folder == null ? FolderMode.FRESH : folder;
        progress = progress == null ? ProgressListener.NONE : progress;
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        source = source == null ? RunSource.local(RunFunction.SIMULATION) : source;
        runs = runs == null ? null : List.copyOf(runs);
    }

    /** A fresh experiment on {@code threads} local threads, removing partial files if it fails. */
    public static ExecutionOptions threads(int threads) {
        return new ExecutionOptions(threads, FolderMode.FRESH, ProgressListener.NONE, Map.of(), null, null);
    }

    /** These options with another folder mode. */
    public ExecutionOptions with(FolderMode mode) {
        return new ExecutionOptions(threads, mode, progress, provenance, source, runs);
    }

    /** {@link FolderMode#RESUME} if {@code resume}, else {@link FolderMode#RESUMABLE}: what the commands do. */
    public ExecutionOptions resumingIf(boolean resume) {
        return with(resume ? FolderMode.RESUME : FolderMode.RESUMABLE);
    }

    /** These options with another progress listener. */
    public ExecutionOptions withProgress(ProgressListener listener) {
        return new ExecutionOptions(threads, folder, listener, provenance, source, runs);
    }

    /** These options with other provenance entries. */
    public ExecutionOptions withProvenance(Map<String, Object> entries) {
        return new ExecutionOptions(threads, folder, progress, entries, source, runs);
    }

    /** These options running each spec with {@code runFunction} on the local threads. */
    public ExecutionOptions withRunFunction(RunFunction runFunction) {
        return withSource(RunSource.local(runFunction));
    }

    /** These options with results from another source. */
    public ExecutionOptions withSource(RunSource resultSource) {
        return new ExecutionOptions(threads, folder, progress, provenance, resultSource, runs);
    }

    /** These options recording another thread count. */
    public ExecutionOptions withThreads(int count) {
        return new ExecutionOptions(count, folder, progress, provenance, source, runs);
    }

    /** These options making only {@code only}, the experiment's runs to write. */
    public ExecutionOptions onlyRuns(List<RunSpec> only) {
        return new ExecutionOptions(threads, folder, progress, provenance, source, only);
    }
}
