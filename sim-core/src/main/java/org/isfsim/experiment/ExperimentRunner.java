package org.isfsim.experiment;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs an experiment's runs on a pool of threads and hands each result on in run order, as soon
 * as it and all runs before it are done. Only a few runs per thread are in flight at once, so
 * memory does not grow with the number of runs, and the order of the output never depends on the
 * thread count. A run that throws is reported as failed; the others go on.
 */
public final class ExperimentRunner {
    private static final int RUNS_IN_FLIGHT_PER_THREAD = 4;

    private final int threads;
    private final RunFunction runFunction;

    public ExperimentRunner(int threads) {
        this(threads, RunFunction.SIMULATION);
    }

    public ExperimentRunner(int threads, RunFunction runFunction) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.runFunction = runFunction;
    }

    /** Runs every spec and passes the results to {@code sink} in the order of {@code specs}. */
    public void run(List<RunSpec> specs, Consumer<RunResult> sink) throws InterruptedException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "isf-run-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<RunResult>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = threads * RUNS_IN_FLIGHT_PER_THREAD;
            while (next < specs.size() || !inFlight.isEmpty()) {
                while (next < specs.size() && inFlight.size() < window) {
                    RunSpec spec = specs.get(next++);
                    inFlight.addLast(pool.submit(() -> runOne(spec, runFunction)));
                }
                sink.accept(await(inFlight.pollFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one spec, turning any exception or error other than a JVM failure into a failed result. */
    public static RunResult runOne(RunSpec spec, RunFunction runFunction) {
        try {
            return RunResult.ok(spec, runFunction.run(spec));
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return RunResult.failed(spec, describe(e));
        }
    }

    private static RunResult await(Future<RunResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a run failed outside the model", cause);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
