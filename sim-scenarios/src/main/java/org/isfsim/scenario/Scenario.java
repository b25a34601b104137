package org.isfsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.model.IsfModel;
import org.isfsim.model.params.Parameters;

/**
 * A named situation to simulate: a description, the sources it encodes, and the parameters it
 * changes from the defaults. {@link #resolve} gives the full parameter tree, with any
 * {@code --set key=value} overrides laid on top.
 *
 * @param name the scenario's name
 * @param description what it represents
 * @param sources the facts or sentences it encodes
 * @param origin where it was read from ("built-in" or a file path), for error messages
 * @param parameterOverrides the partial parameter tree it lays over the defaults (its parent's included)
 * @param parent the name of the scenario it extends, or null
 */
public record Scenario(String name, String description, List<String> sources, String origin,
        JsonNode parameterOverrides, String parent) {

    public Scenario {
        sources = List.copyOf(sources);
        parameterOverrides = parameterOverrides.deepCopy();
    }

    /** The scenario's full parameters. */
    public Parameters resolve() {
        return resolve(List.of());
    }

    /** The scenario's full parameters with {@code key=value} overrides applied in order. */
    public Parameters resolve(List<String> settings) {
        ObjectNode tree = ParameterTree.toTree(Parameters.defaults());
        ParameterTree.overlay(tree, parameterOverrides, "", origin);
        Parameters scenarioParameters = ParameterTree.fromTree(tree, origin);
        if (settings.isEmpty()) {
            return reachable(scenarioParameters, origin);
        }
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--set " + setting + ": expected key=value, e.g. force.battalionSize=600");
            }
            ParameterTree.set(tree, setting.substring(0, eq).strip(), setting.substring(eq + 1), "--set");
        }
        return reachable(ParameterTree.fromTree(tree, "--set"), "--set");
    }

    /** The parameters, once the model's load-time check ({@link IsfModel#checkReachable}) accepts them. */
    private static Parameters reachable(Parameters parameters, String origin) {
        try {
            IsfModel.checkReachable(parameters);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(origin + ": " + e.getMessage(), e.key(), e);
        }
        return parameters;
    }

    /**
     * The scenario's parameters under many sets of overrides (the design points of a sweep), building
     * the scenario's own tree once.
     *
     * @param settingsPerPoint for each point, its {@code key=value} overrides
     * @param origin names the overrides in errors (e.g. the experiment file)
     */
    public List<Parameters> resolveAll(List<List<String>> settingsPerPoint, String origin) {
        ObjectNode base = ParameterTree.toTree(Parameters.defaults());
        ParameterTree.overlay(base, parameterOverrides, "", this.origin);
        List<Parameters> resolved = new java.util.ArrayList<>(settingsPerPoint.size());
        for (List<String> settings : settingsPerPoint) {
            ObjectNode tree = base.deepCopy();
            for (String setting : settings) {
                int eq = setting.indexOf('=');
                ParameterTree.set(tree, setting.substring(0, eq).strip(), setting.substring(eq + 1), origin);
            }
            resolved.add(reachable(ParameterTree.fromTree(tree, origin), origin));
        }
        return resolved;
    }

    /** The {@code --set} overrides as an ordered key → value map, for the manifest. */
    public static Map<String, String> settingsMap(List<String> settings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq > 0) {
                map.put(setting.substring(0, eq).strip(), setting.substring(eq + 1));
            }
        }
        return map;
    }
}
