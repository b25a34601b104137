package org.isfsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.isfsim.DidYouMean;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.Parameters;

/**
 * The built-in scenarios (YAML resources listed in {@code catalog.txt}) and the loading of a
 * scenario by name or from a file a user wrote. A scenario may {@code extends} another (built-in,
 * or a file relative to its own); its parameters are laid over its parent's. Every mistake is one
 * {@link InvalidInputException} line naming the file, the line where it can be found, the key, the
 * bad value and what is allowed.
 */
public final class ScenarioCatalog {
    /** The scenario {@code run} uses when none is given. */
    public static final String DEFAULT = "draft-resolution";
    private static final List<String> TOP_LEVEL_KEYS = List.of("name", "description", "sources", "extends",
            "parameters");

    private ScenarioCatalog() {
    }

    /** The built-in scenarios' names, in catalogue order. */
    public static List<String> names() {
        try (InputStream in = resource("catalog.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built-in scenario by name, or a scenario file by path. */
    public static Scenario load(String nameOrPath) {
        return load(nameOrPath, null, new ArrayList<>());
    }

    private static Scenario load(String reference, Path relativeTo, List<String> chain) {
        Source source = find(reference, relativeTo);
        String identity = source.identity();
        List<String> identities = chain.stream().map(ScenarioCatalog::identityOf).toList();
        if (identities.contains(identity)) {
            List<String> cycle = new ArrayList<>(chain.subList(identities.indexOf(identity), chain.size()));
            cycle.add(source.origin());
            throw new InvalidInputException(chain.get(chain.size() - 1) + ": extends makes a cycle: "
                    + String.join(" -> ", cycle) + "; allowed: a chain that ends at a scenario without extends");
        }
        List<String> longer = new ArrayList<>(chain);
        longer.add(source.origin());
        return parse(source, longer);
    }

    /** What identifies a scenario in a chain: its built-in name, or its file's absolute, normalised path. */
    private static String identityOf(String origin) {
        if (origin.startsWith("scenario ")) {
            return origin;
        }
        try {
            return Path.of(origin).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return origin;
        }
    }

    /** A scenario's document and the directory its {@code extends} is relative to (none for a built-in one). */
    private record Source(YamlSource yaml, Path directory) {
        String origin() {
            return yaml.origin();
        }

        String identity() {
            return identityOf(origin());
        }
    }

    private static Source find(String reference, Path relativeTo) {
        if (names().contains(reference)) {
            try (InputStream in = resource(reference + ".yaml")) {
                return new Source(new YamlSource("scenario " + reference,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path path;
        try {
            path = (relativeTo == null ? Path.of(reference) : relativeTo.resolve(reference)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidInputException("'" + reference + "' is not a scenario name or a file path ("
                    + e.getReason() + "); allowed: " + String.join(", ", names()) + ", or a path to a .yaml file", e);
        }
        if (Files.isRegularFile(path)) {
            try {
                return new Source(new YamlSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8)),
                        path.toAbsolutePath().normalize().getParent());
            } catch (IOException e) {
                throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        if (reference.endsWith(".yaml") || reference.endsWith(".yml")) {
            throw new InvalidInputException(path + ": no such file");
        }
        throw new InvalidInputException("unknown scenario '" + reference + "'"
                + DidYouMean.hint(reference, names()) + "; allowed: " + String.join(", ", names())
                + ", or a path to a scenario .yaml file");
    }

    /** Reads a scenario document for tests and tools: no parent lookup relative to a file. */
    static Scenario parse(String yaml, String origin) {
        List<String> chain = new ArrayList<>();
        chain.add(origin);
        return parse(new Source(new YamlSource(origin, yaml), null), chain);
    }

    private static Scenario parse(Source source, List<String> chain) {
        String origin = source.origin();
        JsonNode document = source.yaml().parse();
        if (document == null || !document.isObject()) {
            throw new InvalidInputException(origin + ": expected a mapping with keys " + String.join(", ", TOP_LEVEL_KEYS));
        }
        Iterator<String> keys = document.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new InvalidInputException(source.yaml().at(key) + ": unknown key '" + key + "'"
                        + DidYouMean.hint(key, TOP_LEVEL_KEYS) + "; allowed: " + String.join(", ", TOP_LEVEL_KEYS));
            }
        }
        String name = text(document, "name", source);
        String description = document.path("description").asText("").strip();
        List<String> sources = new ArrayList<>();
        JsonNode sourceList = document.path("sources");
        if (!sourceList.isMissingNode() && !sourceList.isArray()) {
            throw new InvalidInputException(source.yaml().at("sources") + ": sources must be a list of citations");
        }
        sourceList.forEach(s -> sources.add(s.asText()));

        ObjectNode overrides = ParameterTree.yaml().createObjectNode();
        String parentName = null;
        JsonNode parentReference = document.get("extends");
        if (parentReference != null && !parentReference.isNull()) {
            if (!parentReference.isTextual() || parentReference.asText().isBlank()) {
                throw new InvalidInputException(source.yaml().at("extends")
                        + ": extends must name a built-in scenario or a scenario file");
            }
            Scenario parent;
            try {
                parent = load(parentReference.asText(), source.directory(), chain);
            } catch (InvalidInputException e) {
                if (e.getMessage().startsWith("unknown scenario") || e.getMessage().endsWith("no such file")
                        || e.getMessage().startsWith("'")) {
                    throw new InvalidInputException(source.yaml().at("extends") + ": extends: " + e.getMessage(), e);
                }
                throw e;
            }
            parentName = parent.name();
            overrides = (ObjectNode) parent.parameterOverrides();
        }
        JsonNode parameters = document.get("parameters");
        if (parameters != null && !parameters.isNull()) {
            mergeChecked(overrides, parameters, source);
        }
        Scenario scenario = new Scenario(name, description, sources, origin, overrides, parentName);
        try {
            scenario.resolve();
        } catch (InvalidInputException e) {
            throw source.yaml().located(e);
        }
        return scenario;
    }

    /** Lays the file's parameters over its parent's, after checking every key against the full tree. */
    private static void mergeChecked(ObjectNode overrides, JsonNode parameters, Source source) {
        try {
            ParameterTree.overlay(ParameterTree.toTree(Parameters.defaults()), parameters, "", source.origin());
        } catch (InvalidInputException e) {
            throw source.yaml().located(e);
        }
        ParameterTree.merge(overrides, parameters);
    }

    private static String text(JsonNode document, String key, Source source) {
        JsonNode value = document.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(source.yaml().at(key) + ": " + key + ": missing; a text value is required");
        }
        return value.asText().strip();
    }

    private static InputStream resource(String name) {
        InputStream in = ScenarioCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("built-in scenario resource missing: " + name);
        }
        return in;
    }
}
