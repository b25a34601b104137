package org.isfsim.model.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.isfsim.DidYouMean;
import org.isfsim.InvalidInputException;

/**
 * The walk through the parameter tree by dotted key: a section, then a component, then, in a list,
 * an entry by index ({@code force.pledges.0.troops}). {@link Parameters#with} and {@link Parameters#get},
 * scenario files and {@code --set} all find a key this one way, so an unknown key is refused alike
 * everywhere: with the nearest key ("did you mean") and the keys allowed where it went wrong.
 *
 * <p>The tree is the JSON form of {@link ParameterJson#tree}. Errors start with {@code origin: }
 * (the file or option the key came from) unless {@code origin} is null.
 */
public final class ParameterPath {
    private ParameterPath() {
    }

    /**
     * The node at {@code key} in {@code root}.
     *
     * @throws InvalidInputException if the tree has no such key
     */
    public static JsonNode find(JsonNode root, String key, String origin) {
        return walk(root, key, key.split("\\.", -1).length, origin);
    }

    /**
     * Sets the node at {@code key}: a group of parameters (an object) takes {@code value}'s keys one by
     * one, as {@link #overlay} lays them; anything else is replaced.
     *
     * @throws InvalidInputException if the tree has no such key
     */
    public static void set(ObjectNode root, String key, JsonNode value, String origin) {
        String[] parts = key.split("\\.", -1);
        JsonNode parent = walk(root, key, parts.length - 1, origin);
        String last = parts[parts.length - 1];
        JsonNode existing = child(parent, last, key, key, origin);
        if (existing.isObject()) {
            overlay((ObjectNode) existing, value, key, origin);
        } else if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /**
     * Lays a partial tree over a full one: objects merge key by key, anything else (numbers, text,
     * lists) replaces. A key the full tree does not have is refused, with the keys it does have.
     *
     * @param path the key of {@code target} in the whole tree ("" for the root)
     */
    public static void overlay(ObjectNode target, JsonNode partial, String path, String origin) {
        if (partial == null || (partial.isNull() && path.isEmpty())) {
            return;
        }
        if (!partial.isObject()) {
            throw new InvalidInputException(at(origin) + (path.isEmpty() ? "parameters" : path)
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

    /**
     * The typed value at {@code key}: a section or entry record, a list, or a single value (boxed).
     *
     * @throws InvalidInputException if there is no such key
     */
    static Object value(Parameters parameters, String key) {
        find(ParameterJson.tree(parameters), key, null);
        Object value = parameters;
        for (String part : key.split("\\.")) {
            value = value instanceof List<?> list ? list.get(Integer.parseInt(part)) : component(value, part);
        }
        return value;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
                }
            }
        }
        throw new IllegalStateException(record.getClass().getSimpleName() + " has no component " + name);
    }

    /** The node reached by the first {@code depth} names of {@code key}. */
    private static JsonNode walk(JsonNode root, String key, int depth, String origin) {
        String[] parts = key.split("\\.", -1);
        JsonNode node = root;
        for (int i = 0; i < depth; i++) {
            node = child(node, parts[i], key, String.join(".", Arrays.copyOf(parts, i + 1)), origin);
        }
        return node;
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
                throw new InvalidInputException(at(origin) + "unknown key '" + key + "'; allowed indexes at "
                        + prefix.substring(0, prefix.lastIndexOf('.')) + ": 0.." + (node.size() - 1), key, null);
            }
            return node.get(index);
        }
        if (!node.isContainerNode()) {
            String parent = prefix.substring(0, prefix.lastIndexOf('.'));
            throw new InvalidInputException(at(origin) + "unknown key '" + key + "'; " + parent
                    + " is a single value with no keys below it", key, null);
        }
        JsonNode child = node.get(name);
        if (child == null || name.isEmpty()) {
            throw unknownKey(origin, key, prefix, node);
        }
        return child;
    }

    /** An unknown key, where {@code prefix} is the part of it up to the first unknown name. */
    private static InvalidInputException unknownKey(String origin, String key, String prefix, JsonNode parent) {
        List<String> known = new ArrayList<>();
        parent.fieldNames().forEachRemaining(known::add);
        String path = prefix.contains(".") ? prefix.substring(0, prefix.lastIndexOf('.') + 1) : "";
        return new InvalidInputException(at(origin) + "unknown key '" + key + "'"
                + DidYouMean.hint(prefix.substring(path.length()), known, path) + "; allowed: "
                + known.stream().map(k -> path + k).collect(Collectors.joining(", ")), prefix, null);
    }

    /** {@code "origin: "}, or nothing when the key comes from code rather than a file or option. */
    static String at(String origin) {
        return origin == null ? "" : origin + ": ";
    }
}
