package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentExecution;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.design.ExperimentDesign;
import org.isfsim.experiment.design.MorrisScreening;
import org.isfsim.experiment.design.SobolSaltelli;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.Parameters;
import org.isfsim.output.OutputOptions;
import org.isfsim.output.ResultWriter;

/**
 * An experiment rebuilt from the {@code manifest.json} of a results folder, so that it can be run again
 * and its files compared byte for byte ({@code isf-sim reproduce}). The manifest holds the first design
 * point's full parameters and every point's factor values; each point is rebuilt by setting its factors
 * on the first one's parameters, and the whole is accepted only if its identity (seed, replications,
 * columns, days written and a digest of every point's full parameters) is the manifest's.
 *
 * @param experiment the experiment, as it was run
 * @param manifest the manifest it was rebuilt from
 * @param file where the manifest was read
 */
public record ManifestExperiment(Experiment experiment, JsonNode manifest, Path file) {
    /**
     * Reads a results folder's manifest and rebuilds its experiment.
     *
     * @throws InvalidInputException when the folder has no manifest, the manifest is not one isf-sim wrote,
     *         or the experiment cannot be rebuilt exactly from it
     */
    public static ManifestExperiment read(Path folder) {
        Path file = folder.resolve(ResultWriter.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(folder + ": no " + ResultWriter.MANIFEST + "; allowed: a folder written by isf-sim run"
                    + " or sweep");
        }
        JsonNode manifest;
        try {
            manifest = ParameterJson.json().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + ": not JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + ")", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode identity = required(manifest, ExperimentExecution.IDENTITY, file);
        String origin = file.toString();
        Parameters first = ParameterTree.fromTree(required(manifest, "parameters", file), origin + ": parameters");
        ObjectNode firstTree = ParameterTree.toTree(first);
        List<DesignPoint> points = new ArrayList<>();
        for (JsonNode factors : required(manifest, "designPoints", file)) {
            ObjectNode tree = firstTree.deepCopy();
            List<FactorValue> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = factors.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> factor = it.next();
                values.add(new FactorValue(factor.getKey(), factor.getValue().asText()));
                ParameterTree.set(tree, factor.getKey(), factor.getValue().asText(), origin + ": designPoints");
            }
            points.add(new DesignPoint(values, ParameterTree.fromTree(tree, origin + ": designPoints")));
        }
        if (points.isEmpty()) {
            throw new InvalidInputException(file + ": designPoints is empty; allowed: at least one design point");
        }
        List<Metric> metrics = new ArrayList<>();
        for (JsonNode column : required(identity, "metrics", file)) {
            metrics.add(Metric.all().stream().filter(m -> m.column().equals(column.asText())).findFirst()
                    .orElseThrow(() -> new InvalidInputException(file + ": metric '" + column.asText()
                            + "' is not one this version writes; allowed: " + Metric.all().stream()
                            .map(Metric::column).toList())));
        }
        Map<String, Object> design = new LinkedHashMap<>();
        JsonNode designNode = manifest.path("design");
        designNode.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("designPoints") && !e.getKey().equals("replications")) {
                design.put(e.getKey(), ParameterJson.json().convertValue(e.getValue(), Object.class));
            }
        });
        Experiment experiment = new Experiment(required(identity, "scenario", file).asText(), design, points,
                required(identity, "replications", file).asInt(), required(identity, "baseSeed", file).asLong(),
                new OutputOptions(metrics, required(identity, "every", file).asInt()));
        ObjectNode rebuilt = ExperimentExecution.identityOf(experiment);
        ObjectNode recorded = identity.deepCopy();
        rebuilt.remove("version");
        recorded.remove("version");
        // As text: a number read back from JSON is an int node where the original was a long one.
        if (!rebuilt.toString().equals(recorded.toString())) {
            throw new InvalidInputException(file + ": the experiment cannot be rebuilt exactly from it (its design"
                    + " points' digest is not the manifest's); allowed: a manifest whose points differ only in"
                    + " their factors, as isf-sim run and sweep write them");
        }
        return new ManifestExperiment(experiment, manifest, file);
    }

    /**
     * The design of a sweep that ends with {@code sensitivity.csv} (Sobol, or Morris with its trajectories
     * and levels as the manifest records them), or null for any other.
     */
    public ExperimentDesign sensitivityDesign() {
        JsonNode design = manifest.path("design");
        int k = experiment.factorKeys().size();
        return switch (design.path("type").asText("")) {
            case SobolSaltelli.NAME -> new SobolSaltelli(experiment.points().size() / SobolSaltelli.blockSize(k));
            case MorrisScreening.NAME -> new MorrisScreening(design.path("trajectories").asInt(),
                    design.path("levels").asInt(4));
            default -> null;
        };
    }

    /** The isf-sim version that wrote the manifest. */
    public String version() {
        return manifest.path("version").asText("unknown");
    }

    /** "isf-sim 0.1.0 at commit abc1234, Java 17.0.15": who made the original files. */
    public String madeBy() {
        String commit = manifest.path("gitCommit").asText("");
        return "isf-sim " + version() + (commit.isEmpty() || commit.equals("unknown") ? ""
                : " at commit " + commit.substring(0, Math.min(7, commit.length())) + (commit.endsWith("-dirty")
                        ? " (with uncommitted changes)" : "")) + ", Java " + manifest.path("javaVersion").asText("?");
    }

    private static JsonNode required(JsonNode node, String key, Path file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(file + ": key '" + key + "' is missing; allowed: a manifest written by"
                    + " isf-sim run or sweep");
        }
        return value;
    }
}
