package org.isfsim.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Objects;
import org.isfsim.model.params.ParameterPath;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ParameterTree;

/**
 * The parameters the next run starts from: a scenario's, with the changes made in the Model tab.
 * A change is made by key, exactly as {@code isf-sim run --set key=value} makes it, so the model's
 * own records validate it and a refused value names the key and what is allowed. Changes take
 * effect when the next run starts (IsfModel rebuilds its world in {@code start()}).
 */
public final class ParameterEditor {
    private static final String ORIGIN = "Model tab";

    private Scenario scenario;
    private Parameters parameters;

    public ParameterEditor(Scenario scenario, Parameters parameters) {
        choose(scenario, parameters);
    }

    /** Starts over from a scenario's parameters (with any command-line overrides already applied). */
    public void choose(Scenario newScenario, Parameters newParameters) {
        scenario = Objects.requireNonNull(newScenario);
        parameters = Objects.requireNonNull(newParameters);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The parameters the next run will use. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * Sets one parameter.
     *
     * @param key a dotted key as {@code describe} prints it, e.g. {@code force.battalionSize}
     * @param value a Boolean, a Number, an enum constant or text (dates as 2026-04-01; a list as YAML)
     * @throws org.isfsim.InvalidInputException if the model refuses the value; nothing changes then
     */
    public void set(String key, Object value) {
        ObjectNode tree = ParameterTree.toTree(parameters);
        ParameterTree.set(tree, key, yaml(value), ORIGIN);
        parameters = ParameterTree.fromTree(tree, ORIGIN);
    }

    /**
     * The value at {@code key} as YAML, as a scenario file would hold it (a list in block style, one entry
     * of several fields a block of its own); {@link #set} takes the same text back.
     *
     * @throws org.isfsim.InvalidInputException if there is no such key
     */
    public String yamlOf(String key) {
        JsonNode node = ParameterPath.find(ParameterTree.toTree(parameters), key, ORIGIN);
        try {
            return ParameterTree.yaml().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + key + " as YAML", e);
        }
    }

    /** The value as YAML text: plain decimals (YAML 1.1 reads 1.0E4 as text), enum names, text as is. */
    static String yaml(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return d > 0 ? ".inf" : d < 0 ? "-.inf" : ".nan";
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
