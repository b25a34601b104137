package org.isfsim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.experiment.engine.RunSource;
import org.isfsim.experiment.engine.SweepEngine;

/**
 * {@code isf-sim sweep --engine spark}: the experiment's runs as Spark tasks, their results back on the
 * driver in run order and written there through the same writer as a local sweep, so {@code timeseries.csv}
 * and {@code runs.csv} are byte-identical to {@code --engine local}; the manifest names the engine, the
 * master and the Spark version.
 *
 * <p>The master is, in order: {@code --master}, {@code spark.master} as spark-submit sets it, or
 * {@code local[*]} (Spark embedded in this JVM, on every core). Any Spark setting can be given as a
 * {@code -Dspark.…=…} system property (e.g. in {@code ISF_SIM_JAVA_OPTS}); two are isf-sim's own:
 * {@code spark.isfsim.runsPerTask} (default 1) and {@code spark.isfsim.tasksInFlightPerCore} (default 4).
 */
public final class SparkSweepEngine implements SweepEngine {
    public static final String NAME = "spark";
    /** The master when neither {@code --master} nor spark-submit names one. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** A system property the launcher sets to the jar executors of a cluster need (spark.jars). */
    public static final String APP_JAR_PROPERTY = "isfsim.spark.jar";
    static final String RUNS_PER_TASK = "spark.isfsim.runsPerTask";
    static final String TASKS_IN_FLIGHT_PER_CORE = "spark.isfsim.tasksInFlightPerCore";

    @Override
    public String name() {
        return NAME;
    }

    /** Starts Spark (embedded, or the driver of the cluster spark-submit names), runs the sweep, stops Spark. */
    @Override
    public ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options, String master)
            throws IOException, InterruptedException {
        SparkConf conf = conf(master);
        try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
            return execute(jsc, experiment, folder, options, SparkRunFunction.SIMULATION);
        }
    }

    /**
     * Runs the sweep on a running Spark context (tests share one) with the given way of running each spec.
     *
     * @param options folder mode, progress and provenance; the manifest's {@code threads} becomes Spark's
     *        default parallelism
     */
    public static ExperimentOutcome execute(JavaSparkContext jsc, Experiment experiment, Path folder,
            ExecutionOptions options, SparkRunFunction runFunction)
            throws IOException, InterruptedException {
        SparkContext sc = jsc.sc();
        int runsPerTask = positive(sc.getConf(), RUNS_PER_TASK, 1);
        int inFlightPerCore = positive(sc.getConf(), TASKS_IN_FLIGHT_PER_CORE, 4);
        Map<String, Object> withEngine = new LinkedHashMap<>(options.provenance());
        withEngine.put("engine", NAME);
        withEngine.put("master", sc.master());
        withEngine.put("sparkVersion", sc.version());
        withEngine.put("sparkApplicationId", sc.applicationId());
        withEngine.put("sparkRunsPerTask", runsPerTask);
        ExecutionOptions sparkOptions = options.withThreads(Math.max(1, sc.defaultParallelism()))
                .withProvenance(withEngine).withSource(RunSource.inOrder(
                        missing -> new OrderedRuns(jsc, missing, runFunction, runsPerTask, inFlightPerCore)));
        return ExperimentExecution.execute(experiment, folder, sparkOptions);
    }

    /**
     * The Spark configuration for a sweep: system properties {@code spark.*} (spark-submit's among them), the
     * master, and, for an embedded local master, no web UI and the loopback address.
     */
    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf();
        conf.setIfMissing("spark.app.name", "isf-sim sweep");
        if (master != null) {
            checkMaster(master);
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", DEFAULT_MASTER);
        }
        String chosen = conf.get("spark.master");
        if (chosen.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else {
            checkClusterManager(chosen);
            String jar = System.getProperty(APP_JAR_PROPERTY);
            if (jar != null && !conf.contains("spark.jars") && Files.isRegularFile(Path.of(jar))) {
                conf.set("spark.jars", jar);
            }
        }
        return conf;
    }

    private static void checkMaster(String master) {
        if (!(master.startsWith("local") || master.startsWith("spark://") || master.startsWith("k8s://")
                || master.equals("yarn"))) {
            throw new InvalidInputException("--master " + master + ": not a Spark master; allowed: local[*], local[N], "
                    + "local[N,maxFailures], spark://host:port, k8s://https://host:port, yarn");
        }
    }

    /** YARN and Kubernetes need Spark's modules for them, which spark-submit has and the embedded engine not. */
    private static void checkClusterManager(String master) {
        String manager = master.equals("yarn") ? "org.apache.spark.scheduler.cluster.YarnClusterManager"
                : master.startsWith("k8s://") ? "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager" : null;
        if (manager == null) {
            return;
        }
        try {
            Class.forName(manager, false, SparkSweepEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InvalidInputException("--master " + master + ": this Spark has no "
                    + (master.equals("yarn") ? "YARN" : "Kubernetes") + " support; submit the sweep with spark-submit"
                    + " and sim-spark/target/isf-sim-spark.jar (README \"Sweeps on a cluster: Spark\")");
        }
    }

    private static int positive(SparkConf conf, String key, int fallback) {
        String text = conf.get(key, Integer.toString(fallback)).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(key + "=" + text + ": not a whole number; allowed: 1, 2, 3, ...");
    }
}
