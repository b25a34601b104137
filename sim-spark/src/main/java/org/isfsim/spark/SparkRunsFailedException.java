package org.isfsim.spark;

import org.isfsim.experiment.engine.SweepAbandonedException;

/**
 * Spark gave up on some runs: their task failed more often than {@code spark.task.maxFailures} allows
 * (an executor lost again and again, a JVM out of memory), or the job was cancelled. A run whose model
 * throws is not this: it is written {@code failed: …} like any other run. The runs before these are
 * written, so the sweep can be continued with {@code --resume}.
 */
public final class SparkRunsFailedException extends SweepAbandonedException {
    private static final long serialVersionUID = 1L;

    SparkRunsFailedException(int firstRun, int lastRun, Throwable cause) {
        super("Spark gave up on run" + (firstRun == lastRun ? " " + firstRun : "s " + firstRun + "-" + lastRun)
                + " after its task retries (" + oneLine(cause) + "); the runs before are written: continue with"
                + " --resume", cause);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
