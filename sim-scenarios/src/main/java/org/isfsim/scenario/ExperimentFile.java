package org.isfsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.DidYouMean;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.design.ExperimentDesign;
import org.isfsim.experiment.design.FactorSpec;
import org.isfsim.experiment.design.FullFactorial;
import org.isfsim.experiment.design.LatinHypercube;
import org.isfsim.experiment.design.MorrisScreening;
import org.isfsim.experiment.design.SobolSaltelli;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.params.Parameters;
import org.isfsim.experiment.OutputOptions;

/**
 * An experiment file for {@code isf-sim sweep}: a scenario, a design over factors (parameter keys),
 * replications, a base seed, and what to write. Loading checks every key and value and says, in one
 * line naming the file and line, what is wrong and what is allowed.
 *
 * <pre>
 * name: delay-and-disarm
 * scenario: draft-resolution          # built-in name or scenario file (relative to this file)
 * days: 400
 * replications: 5
 * seed: 42
 * design: {type: latin-hypercube, samples: 20}    # full-factorial | latin-hypercube | sobol | morris
 * factors:
 *   force.battalionSize: [600, 800, 1000]         # values
 *   coordination.members: {from: 20, to: 60, step: 20}
 *   insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
 * metrics: [isf_troops, militant_control_share]   # optional: a subset of columns
 * every: 7                                        # optional: a row every 7th day
 * </pre>
 *
 * @param name the experiment's name
 * @param path where it was read from
 * @param scenario the scenario it sweeps
 * @param days days per run
 * @param replications runs per design point
 * @param seed base seed
 * @param design the design
 * @param factors the factors, in file order
 * @param output the metric columns and row interval
 */
public record ExperimentFile(String name, Path path, Scenario scenario, int days, int replications, long seed,
        ExperimentDesign design, List<FactorSpec> factors, OutputOptions output) {

    private static final List<String> KEYS = List.of("name", "description", "scenario", "days", "replications",
            "seed", "design", "factors", "metrics", "every");
    private static final List<String> DESIGNS = List.of("full-factorial", "latin-hypercube", "sobol", "morris");
    static final int MAX_POINTS = 1_000_000;

    /** Reads and checks an experiment file. */
    public static ExperimentFile load(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
        YamlSource at = new YamlSource(path.toString(), text);
        JsonNode doc = at.parse();
        if (doc == null || !doc.isObject()) {
            throw new InvalidInputException(path + ": expected a mapping with keys " + String.join(", ", KEYS));
        }
        for (Iterator<String> it = doc.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw at.error(key, "unknown key '" + key + "'" + DidYouMean.hint(key, KEYS) + "; allowed: "
                        + String.join(", ", KEYS));
            }
        }
        String name = required(doc, "name", at).asText();
        String scenarioRef = doc.path("scenario").asText(ScenarioCatalog.DEFAULT);
        Scenario scenario;
        try {
            Path dir = path.toAbsolutePath().getParent();
            scenario = ScenarioCatalog.names().contains(scenarioRef) || dir == null
                    ? ScenarioCatalog.load(scenarioRef) : ScenarioCatalog.load(resolveFile(dir, scenarioRef));
        } catch (InvalidInputException e) {
            throw at.error("scenario", "scenario: " + e.getMessage());
        }
        Parameters base = scenario.resolve();
        int days = wholeNumber(doc, "days", base.timeline().days(), 1, 36_500, at);
        int replications = wholeNumber(doc, "replications", 1, 1, 100_000, at);
        long seed = doc.has("seed") ? longValue(doc, "seed", at) : 1L;
        List<FactorSpec> factors = factors(doc.get("factors"), scenario, at);
        ExperimentDesign design = design(doc.get("design"), at);
        OutputOptions output = output(doc, at);
        return new ExperimentFile(name, path, scenario, days, replications, seed, design, factors, output);
    }

    private static String resolveFile(Path dir, String reference) {
        Path candidate = dir.resolve(reference);
        return Files.exists(candidate) ? candidate.toString() : reference;
    }

    /** The design points and their parameters, as an {@link Experiment} ready to run. */
    public Experiment toExperiment() {
        List<List<String>> points;
        try {
            points = factors.isEmpty() ? List.of(List.of())
                    : design.points(factors, ExperimentDesign.randomFor(seed));
        } catch (InvalidInputException e) {
            throw designError(e);
        }
        if ((long) points.size() * replications > MAX_POINTS * 10L) {
            throw new InvalidInputException(path + ": " + points.size() + " design points x " + replications
                    + " replications is too many runs; allowed: at most " + MAX_POINTS * 10L);
        }
        List<List<String>> settings = new ArrayList<>(points.size());
        for (List<String> values : points) {
            List<String> point = new ArrayList<>(values.size() + 1);
            for (int f = 0; f < factors.size(); f++) {
                point.add(factors.get(f).key() + "=" + values.get(f));
            }
            settings.add(point);
        }
        List<Parameters> resolved = scenario.resolveAll(settings, path + ": factors");
        List<DesignPoint> designPoints = new ArrayList<>(points.size());
        for (int p = 0; p < points.size(); p++) {
            List<FactorValue> values = new ArrayList<>(factors.size());
            for (int f = 0; f < factors.size(); f++) {
                values.add(new FactorValue(factors.get(f).key(), points.get(p).get(f)));
            }
            designPoints.add(new DesignPoint(values, resolved.get(p).withDays(days)));
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("type", design.name());
        described.put("experiment", name);
        described.put("file", path.toString());
        described.put("days", days);
        if (design instanceof MorrisScreening morris) {
            described.put("trajectories", morris.trajectories());
            described.put("levels", morris.levels());
        }
        return new Experiment(scenario.name(), described, designPoints, replications, seed, output);
    }

    /** A design's refusal of a factor, located at that factor's line in the file. */
    private InvalidInputException designError(InvalidInputException e) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException io) {
            text = "";
        }
        YamlSource at = new YamlSource(path.toString(), text);
        for (FactorSpec factor : factors) {
            if (e.getMessage().contains(factor.key())) {
                return at.errorAtLine(factor.key() + ":", "design: " + e.getMessage());
            }
        }
        return at.error("design", "design: " + e.getMessage());
    }

    // ---- parsing helpers ------------------------------------------------------------------------

    private static JsonNode required(JsonNode doc, String key, YamlSource at) {
        JsonNode value = doc.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new InvalidInputException(at.origin() + ": " + key + ": missing; a value is required");
        }
        return value;
    }

    private static int wholeNumber(JsonNode doc, String key, int fallback, int min, int max, YamlSource at) {
        JsonNode value = doc.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw at.error(key, key + ": '" + value.asText() + "' is not allowed; allowed: a whole number " + min + ".."
                    + max);
        }
        int v = value.intValue();
        if (v < min || v > max) {
            throw at.error(key, key + ": " + v + " is out of range; allowed " + min + ".." + max);
        }
        return v;
    }

    private static long longValue(JsonNode doc, String key, YamlSource at) {
        JsonNode value = doc.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw at.error(key, key + ": '" + value.asText() + "' is not allowed; allowed: a whole number");
        }
        return value.longValue();
    }

    private static ExperimentDesign design(JsonNode node, YamlSource at) {
        if (node == null || node.isNull()) {
            return new FullFactorial();
        }
        String type = node.isTextual() ? node.asText() : node.path("type").asText("");
        if (!DESIGNS.contains(type)) {
            throw at.error("design", "design.type: '" + type + "' is not allowed" + DidYouMean.hint(type, DESIGNS)
                    + "; allowed: " + String.join(", ", DESIGNS));
        }
        List<String> keys = type.equals("morris") ? List.of("type", "trajectories", "levels")
                : List.of("type", "samples");
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!keys.contains(key)) {
                    throw at.error("design", "design." + key + ": unknown key; allowed: " + String.join(", ", keys)
                            + " (for " + type + ")");
                }
            }
        }
        if (type.equals("full-factorial")) {
            return new FullFactorial();
        }
        if (type.equals("morris")) {
            JsonNode trajectories = node.path("trajectories");
            if (!trajectories.isIntegralNumber() || trajectories.intValue() < 2 || trajectories.intValue() > MAX_POINTS) {
                throw at.error("design", "design.trajectories: '" + trajectories.asText() + "' is not allowed; allowed:"
                        + " a whole number 2.." + MAX_POINTS + " (morris needs it; 10 to 50 is usual)");
            }
            JsonNode levels = node.path("levels");
            if (!levels.isMissingNode() && !levels.isIntegralNumber()) {
                throw at.error("design", "design.levels: '" + levels.asText() + "' is not allowed; allowed: an even"
                        + " whole number 2..100 (4 is usual)");
            }
            try {
                return new MorrisScreening(trajectories.intValue(), levels.isMissingNode() ? 4 : levels.intValue());
            } catch (InvalidInputException e) {
                throw at.error("design", e.getMessage());
            }
        }
        JsonNode samples = node.path("samples");
        if (!samples.isIntegralNumber() || samples.intValue() < 2 || samples.intValue() > MAX_POINTS) {
            throw at.error("design", "design.samples: '" + samples.asText() + "' is not allowed; allowed: a whole number"
                    + " 2.." + MAX_POINTS + " (" + type + " needs it)");
        }
        return type.equals("latin-hypercube") ? new LatinHypercube(samples.intValue())
                : new SobolSaltelli(samples.intValue());
    }

    private static List<FactorSpec> factors(JsonNode node, Scenario scenario, YamlSource at) {
        List<FactorSpec> factors = new ArrayList<>();
        if (node == null || node.isNull()) {
            return factors;
        }
        if (!node.isObject()) {
            throw at.error("factors", "factors: must be a mapping of parameter keys to values, {from, to, step} or"
                    + " {min, max}");
        }
        ObjectNode tree = ParameterTree.toTree(scenario.resolve());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode current = tree.at("/" + key.replace('.', '/'));
            if (current.isContainerNode()) {
                throw at.errorAtLine(key + ":", "factors." + key + ": a group of parameters, not one value; allowed:"
                        + " a single value's key, e.g. force.battalionSize");
            }
            if (current.isMissingNode()) {
                try {
                    ParameterTree.set(tree.deepCopy(), key, "0", at.origin());
                } catch (InvalidInputException e) {
                    throw at.errorAtLine(key + ":", "factors: " + e.getMessage().substring(at.origin().length() + 2));
                }
                throw at.errorAtLine(key + ":", "factors: unknown key '" + key + "'");
            }
            boolean integer = current.isIntegralNumber();
            factors.add(factor(key, entry.getValue(), integer, at));
        }
        return factors;
    }

    private static FactorSpec factor(String key, JsonNode value, boolean integer, YamlSource at) {
        try {
            if (value.isArray()) {
                List<String> levels = new ArrayList<>();
                value.forEach(v -> levels.add(v.asText()));
                return new FactorSpec.Levels(key, levels);
            }
            if (value.isObject() && value.has("from")) {
                return new FactorSpec.Range(key, decimal(value, "from", key), decimal(value, "to", key),
                        decimal(value, "step", key), integer);
            }
            if (value.isObject() && value.has("min")) {
                return new FactorSpec.Bounds(key, decimal(value, "min", key).doubleValue(),
                        decimal(value, "max", key).doubleValue(), integer);
            }
        } catch (InvalidInputException e) {
            throw at.errorAtLine(key + ":", "factors." + e.getMessage());
        }
        throw at.errorAtLine(key + ":", "factors." + key + ": '" + value + "' is not allowed; allowed: a list of values,"
                + " {from, to, step} or {min, max}");
    }

    private static BigDecimal decimal(JsonNode value, String field, String key) {
        JsonNode n = value.get(field);
        if (n == null || !n.isNumber()) {
            throw new InvalidInputException(key + "." + field + ": '" + (n == null ? "" : n.asText())
                    + "' is not allowed; allowed: a number");
        }
        return n.decimalValue();
    }

    private static OutputOptions output(JsonNode doc, YamlSource at) {
        List<Metric> metrics = new ArrayList<>();
        JsonNode list = doc.get("metrics");
        if (list == null || list.isNull()) {
            metrics.addAll(Metric.all());
        } else {
            if (!list.isArray() || list.isEmpty()) {
                throw at.error("metrics", "metrics: must be a list of metric columns");
            }
            List<String> columns = Metric.all().stream().map(Metric::column).toList();
            for (JsonNode name : list) {
                int index = columns.indexOf(name.asText());
                if (index < 0) {
                    throw at.error("metrics", "metrics: '" + name.asText() + "' is not a metric"
                            + DidYouMean.hint(name.asText(), columns) + "; allowed: " + String.join(", ", columns));
                }
                if (!metrics.contains(Metric.all().get(index))) {
                    metrics.add(Metric.all().get(index));
                }
            }
            metrics.sort(java.util.Comparator.comparingInt(Enum::ordinal));
        }
        int every = wholeNumber(doc, "every", 1, 1, 36_500, at);
        return new OutputOptions(metrics, every);
    }
}
