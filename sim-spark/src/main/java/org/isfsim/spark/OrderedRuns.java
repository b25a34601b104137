package org.isfsim.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * The results of an experiment's runs made on Spark, handed to the driver in run order.
 *
 * <p>The runs become an RDD of {@link RunSpec}s cut, in order, into partitions of a few runs each
 * ({@code runsPerTask}). Each partition is collected by a job of its own, submitted asynchronously, with at
 * most {@code tasksInFlight} of them running or done but not yet read: the cluster is kept busy while the
 * driver waits for the earliest, and the driver never holds more than that many partitions' results, so
 * memory stays bounded however many runs there are. Jobs are scheduled first in, first out, so the
 * earliest runs start first. A task lost with its executor is retried by Spark
 * ({@code spark.task.maxFailures}); a run that throws is a failed run, not a failed task.
 */
final class OrderedRuns implements Iterator<RunResult>, AutoCloseable {
    private final SparkContext sc;
    private final List<RunSpec> runs;
    private final RDD<RunOutcome> rdd;
    private final int partitions;
    private final int[] firstRun;
    private final int minInFlight;
    private final int inFlightPerCore;
    private final ArrayDeque<PartitionJob> inFlight = new ArrayDeque<>();
    private int nextPartition;
    private Iterator<RunOutcome> current = List.<RunOutcome>of().iterator();
    private int nextRun;

    /**
     * @param jsc the Spark context
     * @param runs the runs to make, in run order
     * @param runFunction how to run each (on the executors)
     * @param runsPerTask runs in one partition, from 1
     * @param tasksInFlight partitions at once per core of the cluster (at least 2 in all)
     */
    OrderedRuns(JavaSparkContext jsc, List<RunSpec> runs, SparkRunFunction runFunction, int runsPerTask,
            int tasksInFlight) {
        this.sc = jsc.sc();
        this.runs = List.copyOf(runs);
        this.partitions = Math.max(1, (this.runs.size() + runsPerTask - 1) / runsPerTask);
        // Spark's parallelize cuts a list into contiguous slices: slice p starts at p * n / partitions.
        this.firstRun = new int[partitions + 1];
        for (int p = 0; p <= partitions; p++) {
            firstRun[p] = (int) ((long) p * this.runs.size() / partitions);
        }
        JavaRDD<RunSpec> specs = jsc.parallelize(new ArrayList<>(this.runs), partitions);
        this.rdd = specs.mapPartitions(it -> {
            List<RunOutcome> outcomes = new ArrayList<>();
            while (it.hasNext()) {
                outcomes.add(RunOutcome.of(it.next(), runFunction));
            }
            return outcomes.iterator();
        }).rdd();
        this.inFlightPerCore = tasksInFlight;
        this.minInFlight = 2;
    }

    @Override
    public boolean hasNext() {
        return nextRun < runs.size();
    }

    @Override
    public RunResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (!current.hasNext()) {
            submitUpToWindow();
            PartitionJob head = inFlight.pollFirst();
            current = head.await().iterator();
            submitUpToWindow();
        }
        return current.next().toResult(runs.get(nextRun++));
    }

    /** Submits jobs for the next partitions until the window is full (the cluster may have grown). */
    private void submitUpToWindow() {
        int window = Math.max(minInFlight, inFlightPerCore * sc.defaultParallelism());
        while (nextPartition < partitions && inFlight.size() < window) {
            inFlight.addLast(new PartitionJob(nextPartition++));
        }
    }

    /** Cancels the jobs still running (when the sweep stops early). */
    @Override
    public void close() {
        for (PartitionJob job : inFlight) {
            job.future.cancel();
        }
        inFlight.clear();
    }

    /** Collects every element of a partition into a list, on the executor. */
    private static final class Collect implements Function1<scala.collection.Iterator<RunOutcome>,
            ArrayList<RunOutcome>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ArrayList<RunOutcome> apply(scala.collection.Iterator<RunOutcome> it) {
            ArrayList<RunOutcome> list = new ArrayList<>();
            while (it.hasNext()) {
                list.add(it.next());
            }
            return list;
        }
    }

    /** One partition's job and, once it is done, its results. */
    private final class PartitionJob {
        private final int partition;
        private final SimpleFutureAction<BoxedUnit> future;
        private volatile ArrayList<RunOutcome> result;

        PartitionJob(int partition) {
            this.partition = partition;
            Function2<Object, ArrayList<RunOutcome>, BoxedUnit> handler = (index, value) -> {
                result = value;
                return BoxedUnit.UNIT;
            };
            Function0<BoxedUnit> done = () -> BoxedUnit.UNIT;
            List<Object> only = List.of(partition);
            this.future = sc.submitJob(rdd, new Collect(), CollectionConverters.asScala(only).toSeq(), handler, done);
        }

        List<RunOutcome> await() {
            try {
                future.get();
            } catch (Exception e) {
                throw new SparkRunsFailedException(runs.get(firstRun[partition]).run(),
                        runs.get(firstRun[partition + 1] - 1).run(), e);
            }
            List<RunOutcome> outcomes = result;
            if (outcomes == null || outcomes.size() != firstRun[partition + 1] - firstRun[partition]) {
                throw new IllegalStateException("Spark returned " + (outcomes == null ? "nothing" : outcomes.size()
                        + " results") + " for partition " + partition + " of " + partitions);
            }
            return outcomes;
        }
    }
}
