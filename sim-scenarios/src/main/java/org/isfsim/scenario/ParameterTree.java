package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.Parameters;

/**
 * The parameter tree as a YAML/JSON tree: the form in which scenario files override defaults and
 * {@code --set key=value} overrides a scenario. Turning a tree back into {@link Parameters} runs
 * every record's validation; any failure becomes one {@link InvalidInputException} line naming
 * where the value came from, the key, the bad value and what is allowed.
 */
public final class ParameterTree {
    private static final YAMLMapper YAML = ParameterJson.configure(YAMLMapper.builder(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private ParameterTree() {
    }

    /** The YAML mapper with the parameter-tree settings. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    public static ObjectNode toTree(Parameters parameters) {
        return YAML.valueToTree(parameters);
    }

    /** Builds validated parameters from a full tree; {@code origin} names the file or option in errors. */
    public static Parameters fromTree(JsonNode tree, String origin) {
        try {
            return YAML.treeToValue(tree, Parameters.class);
        } catch (JsonProcessingException e) {
            throw translate(e, origin);
        } catch (IllegalArgumentException e) {
            throw translate(e, origin);
        }
    }

    /**
     * Lays a partial tree over a full one: objects merge key by key, anything else (numbers, text,
     * lists) replaces. A key the full tree does not have is refused, with the keys it does have.
     */
    public static void overlay(ObjectNode target, JsonNode partial, String path, String origin) {
        if (partial == null || (partial.isNull() && path.isEmpty())) {
            return;
        }
        if (!partial.isObject()) {
            throw new InvalidInputException(origin + ": " + (path.isEmpty() ? "parameters" : path)
                    + " must be a mapping of keys; found " + partial.getNodeType().toString().toLowerCase(),
                    path.isEmpty() ? null : path, null);
        }
        Iterator<String> names = partial.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String key = path.isEmpty() ? name : path + "." + name;
            JsonNode existing = target.get(name);
            if (existing == null) {
                throw unknownKey(origin, key, key, target);
            }
            JsonNode value = partial.get(name);
            if (existing.isObject()) {
                overlay((ObjectNode) existing, value, key, origin);
            } else {
                target.set(name, value);
            }
        }
    }

    /**
     * Lays a partial tree over another partial tree (a scenario over its parent): objects merge key by
     * key, anything else replaces. Keys are not checked here; {@link #overlay} checks them.
     */
    public static void merge(ObjectNode target, JsonNode partial) {
        Iterator<String> names = partial.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = partial.get(name);
            JsonNode existing = target.get(name);
            if (existing != null && existing.isObject() && value.isObject()) {
                merge((ObjectNode) existing, value);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    /** Sets one value by dotted key ({@code force.pledges.0.troops}), parsing it as YAML. */
    public static void set(ObjectNode root, String key, String rawValue, String origin) {
        String[] parts = key.split("\\.", -1);
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i], key, String.join(".", Arrays.copyOf(parts, i + 1)), origin);
        }
        String last = parts[parts.length - 1];
        JsonNode existing = child(node, last, key, key, origin);
        JsonNode value = parseValue(rawValue, key, origin);
        if (existing.isObject()) {
            overlay((ObjectNode) existing, value, key, origin);
        } else if (node.isArray()) {
            ((ArrayNode) node).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    /** The child {@code name} of {@code node}, where {@code prefix} is the key up to it and {@code key} the whole key. */
    private static JsonNode child(JsonNode node, String name, String key, String prefix, String origin) {
        if (node.isArray()) {
            int index;
            try {
                index = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= node.size()) {
                throw new InvalidInputException(origin + ": unknown key '" + key + "'; allowed indexes at "
                        + prefix.substring(0, prefix.lastIndexOf('.')) + ": 0.." + (node.size() - 1), key, null);
            }
            return node.get(index);
        }
        if (!node.isContainerNode()) {
            String parent = prefix.substring(0, prefix.lastIndexOf('.'));
            throw new InvalidInputException(origin + ": unknown key '" + key + "'; " + parent
                    + " is a single value with no keys below it", key, null);
        }
        JsonNode child = node.get(name);
        if (child == null || name.isEmpty()) {
            throw unknownKey(origin, key, prefix, node);
        }
        return child;
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

    /** An unknown key, where {@code prefix} is the part of it up to the first unknown name. */
    private static InvalidInputException unknownKey(String origin, String key, String prefix, JsonNode parent) {
        List<String> known = new ArrayList<>();
        parent.fieldNames().forEachRemaining(known::add);
        String path = prefix.contains(".") ? prefix.substring(0, prefix.lastIndexOf('.') + 1) : "";
        String nearest = Suggestions.nearest(prefix.substring(path.length()), known);
        String hint = nearest == null ? "" : " (did you mean '" + path + nearest + "'?)";
        return new InvalidInputException(origin + ": unknown key '" + key + "'" + hint + "; allowed: "
                + known.stream().map(k -> path + k).collect(Collectors.joining(", ")), prefix, null);
    }

    private static InvalidInputException translate(Exception e, String origin) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                String key = invalid.key();
                String message = invalid.getMessage();
                if (key != null && e instanceof JsonMappingException mapping) {
                    String indexed = withListIndex(key, path(mapping));
                    if (!indexed.equals(key)) {
                        message = message.replaceFirst(java.util.regex.Pattern.quote(key),
                                java.util.regex.Matcher.quoteReplacement(indexed));
                        key = indexed;
                    }
                }
                return new InvalidInputException(origin + ": " + message, key, e);
            }
        }
        if (e instanceof JsonMappingException mapping) {
            String key = path(mapping);
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
                String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
                String nearest = Suggestions.nearest(String.valueOf(unknown.getPropertyName()), known);
                return new InvalidInputException(origin + ": unknown key '" + key + "'"
                        + (nearest == null ? "" : " (did you mean '" + parent + nearest + "'?)") + "; allowed: "
                        + String.join(", ", known), key, e);
            }
            if (mapping instanceof InvalidFormatException format) {
                Class<?> type = format.getTargetType();
                String allowed = type.isEnum()
                        ? "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                .collect(Collectors.joining(", "))
                        : "a " + describe(type);
                return new InvalidInputException(origin + ": " + key + ": '" + format.getValue()
                        + "' is not allowed; allowed: " + allowed, key, e);
            }
            if (mapping.getOriginalMessage().startsWith("Duplicate field")) {
                return new InvalidInputException(origin + ": " + key + ": " + mapping.getOriginalMessage()
                        + "; allowed: each key once", key, e);
            }
            if (mapping.getOriginalMessage().startsWith("Missing creator property")) {
                String missing = mapping.getOriginalMessage().replaceAll("^Missing creator property '([^']*)'.*$", "$1");
                String full = key + (key.endsWith(missing) ? "" : "." + missing);
                return new InvalidInputException(origin + ": " + full
                        + ": missing; every entry needs it (see 'isf-sim describe' for a complete one)", full, e);
            }
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return new InvalidInputException(origin + ": " + key + ": wrong kind of value; allowed: a "
                        + describe(mismatch.getTargetType()), key, e);
            }
            return new InvalidInputException(origin + ": " + key + ": " + mapping.getOriginalMessage()
                    .replaceAll("\\s+", " "), key, e);
        }
        return new InvalidInputException(origin + ": " + e.getMessage(), e);
    }

    /**
     * A record in a list does not know its index ({@code force.pledges.troops}); the parser's path does
     * ({@code force.pledges.1}): together, {@code force.pledges.1.troops}.
     */
    static String withListIndex(String key, String parserPath) {
        String[] parts = parserPath.split("\\.");
        int last = parts.length - 1;
        if (last < 1 || !parts[last].chars().allMatch(Character::isDigit)) {
            return key;
        }
        String list = String.join(".", java.util.Arrays.copyOf(parts, last));
        if (!key.startsWith(list + ".") || key.substring(list.length() + 1).matches("\\d+(\\..*)?")) {
            return key;
        }
        return parserPath + key.substring(list.length());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('.').append(ref.getIndex());
            }
        }
        return path.length() == 0 ? "parameters" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "whole number";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "date (YYYY-MM-DD)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        return type.getSimpleName();
    }
}
