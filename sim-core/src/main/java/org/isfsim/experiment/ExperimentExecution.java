package org.isfsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.isfsim.ToolVersion;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.output.ResultWriter;

/**
 * Runs an experiment into an output folder: the runs on a thread pool, their rows streamed in run
 * order, and a manifest saying what was run, with what, by which version, when.
 */
public final class ExperimentExecution {
    private ExperimentExecution() {
    }

    /**
     * @param experiment what to run
     * @param folder where to write the three files
     * @param threads how many runs at once
     * @param provenance extra manifest entries (e.g. where the scenario came from, the command)
     */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, int threads,
            Map<String, Object> provenance) throws IOException, InterruptedException {
        return execute(experiment, folder, threads, provenance, RunFunction.SIMULATION);
    }

    /** As {@link #execute(Experiment, Path, int, Map)}, with another way of running each spec. */
    public static ExperimentOutcome execute(Experiment experiment, Path folder, int threads,
            Map<String, Object> provenance, RunFunction runFunction) throws IOException, InterruptedException {
        Instant start = Instant.now();
        try (ResultWriter writer = new ResultWriter(folder, experiment.factorKeys())) {
            new ExperimentRunner(threads, runFunction).run(experiment.runs(), result -> {
                try {
                    writer.write(result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit(manifest(experiment, threads, provenance, start, writer));
            return new ExperimentOutcome(folder, writer.written(), writer.failed());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ObjectNode manifest(Experiment experiment, int threads, Map<String, Object> provenance,
            Instant start, ResultWriter writer) {
        ObjectMapper mapper = ParameterJson.json();
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("tool", "isf-sim");
        manifest.put("version", ToolVersion.version());
        manifest.put("gitCommit", ToolVersion.gitCommit());
        manifest.put("scenario", experiment.scenario());
        provenance.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> manifest.set(e.getKey(), mapper.valueToTree(e.getValue())));
        ObjectNode design = manifest.putObject("design");
        experiment.design().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> design.set(e.getKey(), mapper.valueToTree(e.getValue())));
        design.put("designPoints", experiment.points().size());
        design.put("replications", experiment.replications());
        manifest.put("baseSeed", experiment.baseSeed());
        manifest.put("seedRule", "run i (from 1) gets SplitMix64(baseSeed + i * 0x9E3779B97F4A7C15)");
        manifest.put("runCount", writer.written());
        manifest.put("failedRuns", writer.failed());
        manifest.put("threads", threads);
        manifest.set("parameters", mapper.valueToTree(experiment.points().get(0).parameters()));
        ArrayNode points = manifest.putArray("designPoints");
        for (DesignPoint point : experiment.points()) {
            ObjectNode factors = points.addObject();
            point.factors().forEach(f -> factors.put(f.key(), f.value()));
        }
        ObjectNode columns = manifest.putObject("columns");
        columns.set("timeseries", mapper.valueToTree(writer.timeseriesColumns()));
        columns.set("runs", mapper.valueToTree(writer.runsColumns()));
        ArrayNode metrics = manifest.putArray("metrics");
        for (Metric metric : Metric.all()) {
            metrics.addObject().put("column", metric.column()).put("kind", metric.kind().name().toLowerCase())
                    .put("description", metric.description());
        }
        manifest.put("startTime", start.toString());
        manifest.put("endTime", Instant.now().toString());
        manifest.put("javaVersion", System.getProperty("java.version"));
        manifest.put("javaVendor", System.getProperty("java.vendor"));
        manifest.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return manifest;
    }
}
