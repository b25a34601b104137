package org.isfsim.model.params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isfsim.DidYouMean;
import org.isfsim.InvalidInputException;

/**
 * How the parameter tree maps to JSON or YAML: dates as ISO strings, enums by name, fields in
 * declaration order, unknown keys refused. The manifest, scenario files and {@code --set} all use
 * this one configuration, so a tree written by one is read back the same by the others. Turning a
 * tree back into {@link Parameters} runs every record's validation; any failure becomes one
 * {@link InvalidInputException} line naming where the value came from, the key, the bad value and
 * what is allowed.
 */
public final class ParameterJson {
    private static final ObjectMapper TREES = json();

    private ParameterJson() {
    }

    /** Applies the parameter-tree settings to a mapper (JSON or YAML) and returns it. */
    public static <M extends ObjectMapper> M configure(M mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }

    /** A JSON mapper with the parameter-tree settings. */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build());
    }

    /** The parameters as a tree, sections and components in declaration order. */
    public static ObjectNode tree(Parameters parameters) {
        return TREES.valueToTree(parameters);
    }

    /** A value as a tree node: a number, text, an enum's name, a date as ISO text, a list or record as a tree. */
    static JsonNode node(Object value) {
        return TREES.valueToTree(value);
    }

    /**
     * Builds validated parameters from a full tree.
     *
     * @param origin names the file or option the tree came from in errors; null for none
     * @throws InvalidInputException if a record refuses a value, or the tree has a key or kind of value
     *         the records do not
     */
    public static Parameters parameters(JsonNode tree, String origin) {
        try {
            return TREES.treeToValue(tree, Parameters.class);
        } catch (JsonProcessingException e) {
            throw translate(e, origin);
        } catch (IllegalArgumentException e) {
            throw translate(e, origin);
        }
    }

    private static InvalidInputException translate(Exception e, String origin) {
        String at = ParameterPath.at(origin);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                String key = invalid.key();
                String message = invalid.getMessage();
                if (key != null && e instanceof JsonMappingException mapping) {
                    String indexed = withListIndex(key, path(mapping));
                    if (!indexed.equals(key)) {
                        message = message.replaceFirst(Pattern.quote(key), Matcher.quoteReplacement(indexed));
                        key = indexed;
                    }
                }
                return new InvalidInputException(at + message, key, e);
            }
        }
        if (e instanceof JsonMappingException mapping) {
            String key = path(mapping);
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
                String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
                return new InvalidInputException(at + "unknown key '" + key + "'"
                        + DidYouMean.hint(String.valueOf(unknown.getPropertyName()), known, parent) + "; allowed: "
                        + String.join(", ", known), key, e);
            }
            if (mapping instanceof InvalidFormatException format) {
                Class<?> type = format.getTargetType();
                String allowed = type.isEnum()
                        ? "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                .collect(Collectors.joining(", "))
                        : "a " + describe(type);
                return new InvalidInputException(at + key + ": '" + format.getValue()
                        + "' is not allowed; allowed: " + allowed, key, e);
            }
            if (mapping.getOriginalMessage().startsWith("Duplicate field")) {
                return new InvalidInputException(at + key + ": " + mapping.getOriginalMessage()
                        + "; allowed: each key once", key, e);
            }
            if (mapping.getOriginalMessage().startsWith("Missing creator property")) {
                String missing = mapping.getOriginalMessage().replaceAll("^Missing creator property '([^']*)'.*$", "$1");
                String full = key + (key.endsWith(missing) ? "" : "." + missing);
                return new InvalidInputException(at + full
                        + ": missing; every entry needs it (see 'isf-sim describe' for a complete one)", full, e);
            }
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return new InvalidInputException(at + key + ": wrong kind of value; allowed: a "
                        + describe(mismatch.getTargetType()), key, e);
            }
            return new InvalidInputException(at + key + ": " + mapping.getOriginalMessage()
                    .replaceAll("\\s+", " "), key, e);
        }
        return new InvalidInputException(at + e.getMessage(), e);
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
        String list = String.join(".", Arrays.copyOf(parts, last));
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
