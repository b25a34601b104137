package org.isfsim.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.isfsim.ToolVersion;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.output.ResultWriter;

/**
 * Runs an experiment into an output folder: the runs on a thread pool, their rows streamed in run
 * order, and a manifest saying what was run, with what, by which version, when. The manifest's
 * {@code experiment} entry identifies the experiment, so {@code --resume} continues only the same one.
 */
public final class ExperimentExecution {
    /** The manifest entry that must match for a folder to be resumed. */
    public static final String IDENTITY = "experiment";

    private ExperimentExecution() {
    }

    /** Runs a fresh experiment on {@code threads} threads. */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, int threads,
            Map<String, Object> provenance) throws IOException, InterruptedException {
        return execute(experiment, folder, ExecutionOptions.of(threads), provenance, RunFunction.SIMULATION);
    }

    /** As {@link #execute(Experiment, Path, int, Map)}, with another way of running each spec. */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, int threads,
            Map<String, Object> provenance, RunFunction runFunction) throws IOException, InterruptedException {
        return execute(experiment, folder, ExecutionOptions.of(threads), provenance, runFunction);
    }

    /**
     * Runs the experiment's runs that are not yet in the folder (all of them unless resuming), writes
     * them in run order, and commits the three files when all are written.
     */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, ExecutionOptions options,
            Map<String, Object> provenance, RunFunction runFunction) throws IOException, InterruptedException {
        return execute(experiment, experiment.runs(), folder, options, provenance, runFunction);
    }

    /** As above, for an explicit list of the experiment's runs (e.g. one run continued from a checkpoint). */
    public static ExperimentOutcome execute(Experiment experiment, List<RunSpec> runs, Path folder,
            ExecutionOptions options, Map<String, Object> provenance, RunFunction runFunction)
            throws IOException, InterruptedException {
        return executeWith(experiment, runs, folder, options, provenance,
                (missing, sink) -> new ExperimentRunner(options.threads(), runFunction).run(missing, sink));
    }

    /**
     * Where the results of the runs still to write come from when another engine (e.g. Spark) runs them:
     * given the runs missing from the folder, in run order, an iterator over their results in the same
     * order. If the iterator is {@link AutoCloseable} it is closed when the experiment ends, whether or
     * not it was read to the end.
     */
    @FunctionalInterface
    public interface ResultSource {
        Iterator<RunResult> results(List<RunSpec> missing) throws IOException, InterruptedException;
    }

    /**
     * As {@link #execute(Experiment, Path, ExecutionOptions, Map, RunFunction)}, but with the results made
     * elsewhere: the same manifest, resume and writer, so the files are byte-identical to a local sweep.
     * {@code options.threads()} is only recorded in the manifest.
     *
     * @throws IllegalStateException if the source gives a result out of run order, or too few or too many
     */
    public static ExperimentOutcome executeFrom(Experiment experiment, Path folder, ExecutionOptions options,
            Map<String, Object> provenance, ResultSource source) throws IOException, InterruptedException {
        return executeWith(experiment, experiment.runs(), folder, options, provenance, (missing, sink) -> {
            Iterator<RunResult> results = source.results(missing);
            try {
                for (RunSpec expected : missing) {
                    if (!results.hasNext()) {
                        throw new IllegalStateException("the engine gave no result for run " + expected.run());
                    }
                    RunResult result = results.next();
                    if (result.spec().run() != expected.run()) {
                        throw new IllegalStateException("the engine gave run " + result.spec().run()
                                + " where run " + expected.run() + " was due");
                    }
                    sink.accept(result);
                }
                if (results.hasNext()) {
                    throw new IllegalStateException("the engine gave more results than runs");
                }
            } finally {
                if (results instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (IOException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("closing the engine's results", e);
                    }
                }
            }
        });
    }

    /** Runs the missing runs and hands each result, in run order, to the sink. */
    @FunctionalInterface
    private interface RunStrategy {
        void run(List<RunSpec> missing, Consumer<RunResult> sink) throws IOException, InterruptedException;
    }

    private static ExperimentOutcome executeWith(Experiment experiment, List<RunSpec> runs, Path folder,
            ExecutionOptions options, Map<String, Object> provenance, RunStrategy strategy)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        ObjectNode manifest = manifest(experiment, options.threads(), provenance);
        manifest.put("startTime", start.toString());
        ResultWriter writer = options.resume()
                ? ResultWriter.resume(folder, experiment.factorKeys(), experiment.output(), manifest, IDENTITY)
                : ResultWriter.create(folder, experiment.factorKeys(), experiment.output(), manifest);
        boolean done = false;
        try {
            int total = runs.size();
            List<RunSpec> missing = runs.subList(Math.min(writer.resumedRuns(), total), total);
            strategy.run(missing, result -> {
                try {
                    writer.write(result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                options.progress().runWritten(writer.written(), total, writer.failed());
            });
            manifest.put("runCount", writer.written());
            manifest.put("failedRuns", writer.failed());
            manifest.put("resumedRuns", writer.resumedRuns());
            manifest.put("endTime", Instant.now().toString());
            writer.commit(manifest);
            done = true;
            return new ExperimentOutcome(folder, writer.written(), writer.failed());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                writer.close(options.resumable() || options.resume());
            }
        }
    }

    private static ObjectNode manifest(Experiment experiment, int threads, Map<String, Object> provenance) {
        ObjectMapper mapper = ParameterJson.json();
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("tool", "isf-sim");
        manifest.put("version", ToolVersion.version());
        manifest.put("gitCommit", ToolVersion.gitCommit());
        manifest.put("scenario", experiment.scenario());
        provenance.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> manifest.set(e.getKey(), mapper.valueToTree(e.getValue())));
        manifest.set(IDENTITY, identity(experiment, mapper));
        ObjectNode design = manifest.putObject("design");
        experiment.design().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> design.set(e.getKey(), mapper.valueToTree(e.getValue())));
        design.put("designPoints", experiment.points().size());
        design.put("replications", experiment.replications());
        manifest.put("baseSeed", experiment.baseSeed());
        manifest.put("seedRule", "run i (from 1) gets SplitMix64(baseSeed + i * 0x9E3779B97F4A7C15)");
        manifest.put("runCount", 0);
        manifest.put("failedRuns", 0);
        manifest.put("threads", threads);
        manifest.set("parameters", mapper.valueToTree(experiment.points().get(0).parameters()));
        ArrayNode points = manifest.putArray("designPoints");
        for (DesignPoint point : experiment.points()) {
            ObjectNode factors = points.addObject();
            point.factors().forEach(f -> factors.put(f.key(), f.value()));
        }
        ArrayNode metrics = manifest.putArray("metrics");
        for (Metric metric : experiment.output().metrics()) {
            metrics.addObject().put("column", metric.column()).put("kind", metric.kind().name().toLowerCase())
                    .put("description", metric.description());
        }
        manifest.put("javaVersion", System.getProperty("java.version"));
        manifest.put("javaVendor", System.getProperty("java.vendor"));
        manifest.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return manifest;
    }

    /**
     * The manifest's {@value #IDENTITY} entry for an experiment: everything that decides the bytes of the
     * CSV files (the version, scenario, replications, seed, columns, days written and a digest of every
     * design point). Two experiments with equal identities write the same bytes.
     */
    public static ObjectNode identityOf(Experiment experiment) {
        return identity(experiment, ParameterJson.json());
    }

    /** What makes two experiments the same: everything that decides the bytes of the CSV files. */
    private static ObjectNode identity(Experiment experiment, ObjectMapper mapper) {
        ObjectNode identity = mapper.createObjectNode();
        identity.put("version", ToolVersion.version());
        identity.put("scenario", experiment.scenario());
        identity.put("replications", experiment.replications());
        identity.put("baseSeed", experiment.baseSeed());
        identity.put("every", experiment.output().every());
        ArrayNode columns = identity.putArray("metrics");
        experiment.output().metrics().forEach(m -> columns.add(m.column()));
        identity.put("designPoints", experiment.points().size());
        identity.put("pointsDigest", digest(experiment, mapper));
        return identity;
    }

    /** SHA-256 of every design point's factor values and full parameters, in order. */
    private static String digest(Experiment experiment, ObjectMapper mapper) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (DesignPoint point : experiment.points()) {
                for (FactorValue factor : point.factors()) {
                    sha.update((factor.key() + "=" + factor.value() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                sha.update(mapper.writeValueAsBytes(point.parameters()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot digest the design", e);
        }
    }
}
