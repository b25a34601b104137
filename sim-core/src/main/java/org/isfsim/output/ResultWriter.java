package org.isfsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.RunResult;

/**
 * Writes an experiment's results folder: each run's {@link ResultRows rows}, in run order, into a
 * {@link ResultFolder}, counting the runs written and failed, and the {@link Manifest} when committed.
 */
public final class ResultWriter implements AutoCloseable {
    private final ResultFolder folder;
    private final ResultRows rows;
    private final Manifest manifest;
    private final StringBuilder series = new StringBuilder(1 << 16);
    private int written;
    private int failed;

    private ResultWriter(ResultFolder folder, ResultRows rows, Manifest manifest) {
        this.folder = folder;
        this.rows = rows;
        this.manifest = manifest;
        this.written = folder.resumedRuns();
        this.failed = folder.resumedFailures();
    }

    /** Starts a new results folder for the experiment the manifest describes. */
    public static ResultWriter create(Path folder, Experiment experiment, Manifest manifest) {
        ResultRows rows = new ResultRows(experiment.factorKeys(), experiment.output());
        return new ResultWriter(ResultFolder.create(folder, manifest, ResultRows.header(rows.timeseriesColumns()),
                ResultRows.header(rows.runsColumns())), rows, manifest);
    }

    /** Continues the same experiment in {@code folder} ({@link ResultFolder#resume}). */
    public static ResultWriter resume(Path folder, Experiment experiment, Manifest manifest) {
        return new ResultWriter(ResultFolder.resume(folder, manifest, ResultRows::isFailed),
                new ResultRows(experiment.factorKeys(), experiment.output()), manifest);
    }

    /** Appends one run's rows; runs must be written in run order. */
    public void write(RunResult result) throws IOException {
        series.setLength(0);
        rows.appendTimeseries(result, series);
        folder.append(series, rows.runsLine(result));
        if (!result.isOk()) {
            failed++;
        }
        written++;
    }

    /** Runs written so far, including those found when resuming. */
    public int written() {
        return written;
    }

    /** Failed runs written so far. */
    public int failed() {
        return failed;
    }

    /** Runs already in the folder when it was resumed (0 for a new folder). */
    public int resumedRuns() {
        return folder.resumedRuns();
    }

    /** Writes the final manifest, with the counts, and moves the three files into place. */
    public void commit(Instant end) throws IOException {
        folder.commit(manifest.finished(written, failed, folder.resumedRuns(), end));
    }

    /** Closes the files; {@code keepParts} leaves an uncommitted experiment's partial files for {@code --resume}. */
    public void close(boolean keepParts) throws IOException {
        folder.close(keepParts);
    }

    /** Closes the files, removing the partial files of an uncommitted experiment. */
    @Override
    public void close() throws IOException {
        close(false);
    }
}
