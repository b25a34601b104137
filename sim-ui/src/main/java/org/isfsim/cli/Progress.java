package org.isfsim.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.isfsim.experiment.ProgressListener;

/**
 * Shows the progress of a run, sweep or reproduction on stderr: a progress bar (runs done / total, rate, ETA) when stderr is a
 * terminal, a line every few seconds otherwise, nothing when quiet. Runs are counted as they are
 * written, in run order.
 */
final class Progress implements ProgressListener, AutoCloseable {
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final String task;
    private final PrintStream err;
    private final ProgressBar bar;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastLine = System.nanoTime();
    private int firstDone = -1;

    private Progress(String task, PrintStream err, ProgressBar bar, boolean quiet) {
        this.task = task;
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
    }

    static Progress open(String task, int total, boolean quiet) {
        boolean terminal = System.console() != null;
        ProgressBar bar = quiet || !terminal ? null : new ProgressBarBuilder().setTaskName(task)
                .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
        return new Progress(task, System.err, bar, quiet);
    }

    @Override
    public synchronized void runWritten(int done, int total, int failed) {
        if (quiet) {
            return;
        }
        if (firstDone < 0) {
            firstDone = done - 1;
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_INTERVAL_NANOS || done == total) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            double rate = (done - firstDone) / Math.max(seconds, 1e-9);
            double eta = rate > 0 ? (total - done) / rate : Double.NaN;
            err.printf(Locale.ROOT, "%s: %d/%d runs (%.1f%%), %.2f runs/s, ETA %s%s%n", task, done, total,
                    100.0 * done / total, rate, Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.0f s", eta),
                    failed > 0 ? ", " + failed + " failed" : "");
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
