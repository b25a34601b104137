package org.isfsim.experiment;

/** Told each time a run is written, in run order, so a command can show progress. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param done runs written so far (including any found when resuming)
     * @param total runs in the experiment
     * @param failed runs written so far that failed
     */
    void runWritten(int done, int total, int failed);

    /** Shows nothing. */
    ProgressListener NONE = (done, total, failed) -> { };
}
