package org.isfsim.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.ProgressListener;
import org.isfsim.scenario.SweepJob;

/**
 * The main class of {@code isf-sim-spark.jar}, for spark-submit: the same sweep as
 * {@code isf-sim sweep EXPERIMENT.yaml --engine spark}, with the master spark-submit was given.
 *
 * <pre>
 * spark-submit --master spark://host:7077 sim-spark/target/isf-sim-spark.jar \
 *     examples/troops-and-coordination.yaml --out results/tc [--resume] [--quiet]
 * </pre>
 *
 * Exit status: 0 when every run completed, 1 when some failed (or Spark gave up), 2 for a mistake in the
 * input, as {@code isf-sim sweep}.
 */
public final class SparkSweepMain {
    private static final String USAGE = "usage: spark-submit [spark options] isf-sim-spark.jar EXPERIMENT.yaml"
            + " [--out DIR] [--resume] [--quiet] [--master URL]";

    private SparkSweepMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status (tests call this rather than {@link #main}). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return sweep(args, out, err);
        } catch (InvalidInputException e) {
            err.println("isf-sim sweep: " + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
            return 2;
        } catch (SparkRunsFailedException e) {
            err.println("isf-sim sweep: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("isf-sim sweep: internal error: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static int sweep(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path file = null;
        Path out0 = null;
        String master = null;
        boolean resume = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> out0 = Path.of(value(args, ++i, arg));
                case "--master" -> master = value(args, ++i, arg);
                case "--resume" -> resume = true;
                case "--quiet" -> quiet = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-") || file != null) {
                        throw new InvalidInputException(arg + ": unexpected; " + USAGE);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new InvalidInputException("no experiment file; " + USAGE);
        }
        SweepJob job = SweepJob.load(file, out0, resume);
        ProgressListener progress = quiet ? ProgressListener.NONE : new LineProgress(err);
        SweepJob.Done done = job.run(new SparkSweepEngine(), master, 1, progress);
        out.println(done.summary());
        out.flush();
        return done.exitStatus();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new InvalidInputException(option + ": needs a value; " + USAGE);
        }
        return args[i];
    }

    /** A progress line every 5 seconds and at the end. */
    private static final class LineProgress implements ProgressListener {
        private final PrintStream err;
        private final long start = System.nanoTime();
        private long last = start;
        private int firstDone = -1;

        LineProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void runWritten(int done, int total, int failed) {
            if (firstDone < 0) {
                firstDone = done - 1;
            }
            long now = System.nanoTime();
            if (now - last >= 5_000_000_000L || done == total) {
                last = now;
                double rate = (done - firstDone) / Math.max((now - start) / 1e9, 1e-9);
                err.printf(Locale.ROOT, "isf-sim sweep: %d/%d runs (%.1f%%), %.2f runs/s%s%n", done, total,
                        100.0 * done / total, rate, failed > 0 ? ", " + failed + " failed" : "");
                err.flush();
            }
        }
    }
}
