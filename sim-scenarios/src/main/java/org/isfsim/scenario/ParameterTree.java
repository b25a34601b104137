package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.ParameterPath;
import org.isfsim.model.params.Parameters;

/**
 * The parameter tree as YAML: the form in which scenario files override defaults and
 * {@code --set key=value} overrides a scenario. The walk by key and the validation are the core's
 * ({@link ParameterPath}, {@link ParameterJson}); this class adds the YAML mapper and reads a
 * {@code --set} value as YAML text.
 */
public final class ParameterTree {
    private static final YAMLMapper YAML = ParameterJson.configure(YAMLMapper.builder(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private ParameterTree() {
    }

    /** The YAML mapper with the parameter-tree settings. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** The parameters as a tree ({@link ParameterJson#tree}). */
    public static ObjectNode toTree(Parameters parameters) {
        return ParameterJson.tree(parameters);
    }

    /** Builds validated parameters from a full tree; {@code origin} names the file or option in errors. */
    public static Parameters fromTree(JsonNode tree, String origin) {
        return ParameterJson.parameters(tree, origin);
    }

    /** Lays a partial tree over a full one, refusing keys the full tree does not have ({@link ParameterPath#overlay}). */
    public static void overlay(ObjectNode target, JsonNode partial, String path, String origin) {
        ParameterPath.overlay(target, partial, path, origin);
    }

    /** Lays a partial tree over another partial tree ({@link ParameterPath#merge}). */
    public static void merge(ObjectNode target, JsonNode partial) {
        ParameterPath.merge(target, partial);
    }

    /** Sets one value by dotted key ({@code force.pledges.0.troops}), parsing it as YAML. */
    public static void set(ObjectNode root, String key, String rawValue, String origin) {
        ParameterPath.find(root, key, origin);
        ParameterPath.set(root, key, parseValue(rawValue, key, origin), origin);
    }

    private static JsonNode parseValue(String rawValue, String key, String origin) {
        try {
            JsonNode value = YAML.readTree(rawValue);
            return value == null || value.isMissingNode() ? YAML.getNodeFactory().textNode("") : value;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(origin + ": " + key + ": '" + rawValue + "' is not a value ("
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip() + ")", key, e);
        }
    }
}
