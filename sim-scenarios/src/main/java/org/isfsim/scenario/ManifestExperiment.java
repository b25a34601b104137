package org.isfsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.OutputOptions;
import org.isfsim.experiment.design.ExperimentDesign;
import org.isfsim.experiment.design.MorrisScreening;
import org.isfsim.experiment.design.SobolSaltelli;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.Parameters;
import org.isfsim.output.Manifest;
import org.isfsim.output.ResultFolder;

/**
 * An experiment rebuilt from the {@link Manifest} of a results folder, so that it can be run again
 * and its files compared byte for byte ({@code isf-sim reproduce}). The manifest holds the first design
 * point's full parameters and every point's factor values; each point is rebuilt by setting its factors
 * on the first one's parameters, and the whole is accepted only if its identity (seed, replications,
 * columns, days written and a digest of every point's full parameters) is the manifest's.
 *
 * @param experiment the experiment, as it was run
 * @param manifest the manifest it was rebuilt from
 * @param file where the manifest was read
 */
public record ManifestExperiment(Experiment experiment, Manifest manifest, Path file) {
    /**
     * Reads a results folder's manifest and rebuilds its experiment.
     *
     * @throws InvalidInputException when the folder has no manifest, the manifest is not one isf-sim wrote
     *         (or of another format version), or the experiment cannot be rebuilt exactly from it
     */
    public static ManifestExperiment read(Path folder) {
        Path file = folder.resolve(ResultFolder.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(folder + ": no " + ResultFolder.MANIFEST + "; allowed: a folder written by"
                    + " isf-sim run or sweep");
        }
        Manifest manifest = Manifest.read(file);
        Manifest.Identity identity = required(manifest.experiment(), "experiment", file);
        String origin = file.toString();
        Parameters first = ParameterTree.fromTree(required(manifest.parameters(), "parameters", file),
                origin + ": parameters");
        ObjectNode firstTree = ParameterTree.toTree(first);
        List<DesignPoint> points = new ArrayList<>();
        for (Map<String, String> factors : required(manifest.designPoints(), "designPoints", file)) {
            ObjectNode tree = firstTree.deepCopy();
            List<FactorValue> values = new ArrayList<>();
            for (Map.Entry<String, String> factor : factors.entrySet()) {
                values.add(new FactorValue(factor.getKey(), factor.getValue()));
                ParameterTree.set(tree, factor.getKey(), factor.getValue(), origin + ": designPoints");
            }
            points.add(new DesignPoint(values, ParameterTree.fromTree(tree, origin + ": designPoints")));
        }
        if (points.isEmpty()) {
            throw new InvalidInputException(file + ": designPoints is empty; allowed: at least one design point");
        }
        List<Metric> metrics = new ArrayList<>();
        for (String column : required(identity.metrics(), "metrics", file)) {
            metrics.add(Metric.all().stream().filter(m -> m.column().equals(column)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(file + ": metric '" + column
                            + "' is not one this version writes; allowed: " + Metric.all().stream()
                            .map(Metric::column).toList())));
        }
        Map<String, Object> design = new LinkedHashMap<>(manifest.design() == null ? Map.of() : manifest.design());
        design.remove("designPoints");
        design.remove("replications");
        Experiment experiment = new Experiment(required(identity.scenario(), "scenario", file), design, points,
                identity.replications(), identity.baseSeed(), new OutputOptions(metrics, identity.every()));
        Manifest.Identity rebuilt = Manifest.identityOf(experiment);
        if (!rebuilt.withVersion(null).equals(identity.withVersion(null))) {
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
        Map<String, Object> design = manifest.design() == null ? Map.of() : manifest.design();
        int k = experiment.factorKeys().size();
        return switch (String.valueOf(design.getOrDefault("type", ""))) {
            case SobolSaltelli.NAME -> new SobolSaltelli(experiment.points().size() / SobolSaltelli.blockSize(k));
            case MorrisScreening.NAME -> new MorrisScreening(number(design.get("trajectories"), 0),
                    number(design.get("levels"), 4));
            default -> null;
        };
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** The isf-sim version that wrote the manifest. */
    public String version() {
        return manifest.versionOrUnknown();
    }

    /** "isf-sim 0.1.0 at commit abc1234, Java 17.0.15": who made the original files. */
    public String madeBy() {
        return manifest.madeBy();
    }

    private static <T> T required(T value, String key, Path file) {
        if (value == null) {
            throw new InvalidInputException(file + ": key '" + key + "' is missing; allowed: a manifest written by"
                    + " isf-sim run or sweep");
        }
        return value;
    }
}
