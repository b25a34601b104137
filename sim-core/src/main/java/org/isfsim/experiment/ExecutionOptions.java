package org.isfsim.experiment;

/**
 * How an experiment is executed (none of it changes the results): on how many threads, whether to
 * continue an interrupted experiment in the output folder, whether partial files are kept when it
 * stops early so that it can be resumed, and who is told of progress.
 *
 * @param threads runs at once
 * @param resume continue the experiment already in the folder
 * @param resumable keep the partial files if the experiment stops early
 * @param progress told of each run written
 */
public record ExecutionOptions(int threads, boolean resume, boolean resumable, ProgressListener progress) {

    public ExecutionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (progress == null) {
            progress = ProgressListener.NONE;
        }
    }

    /** A fresh experiment on {@code threads} threads, removing partial files if it fails. */
    public static ExecutionOptions of(int threads) {
        return new ExecutionOptions(threads, false, false, ProgressListener.NONE);
    }
}
