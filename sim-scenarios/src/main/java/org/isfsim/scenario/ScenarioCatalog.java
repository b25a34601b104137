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
import java.util.Set;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.Parameters;

/**
 * The built-in scenarios (YAML resources listed in {@code catalog.txt}) and the loading of a
 * scenario by name or from a file a user wrote.
 */
public final class ScenarioCatalog {
    /** The scenario {@code run} uses when none is given. */
    public static final String DEFAULT = "baseline";
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("name", "description", "sources", "parameters");

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

    /** A built-in scenario by name, or a scenario file by path (anything ending in .yaml/.yml or naming a file). */
    public static Scenario load(String nameOrPath) {
        if (names().contains(nameOrPath)) {
            try (InputStream in = resource(nameOrPath + ".yaml")) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "scenario " + nameOrPath);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            try {
                return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
            } catch (IOException e) {
                throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            throw new InvalidInputException(nameOrPath + ": no such file");
        }
        throw new InvalidInputException("unknown scenario '" + nameOrPath + "'; allowed: "
                + String.join(", ", names()) + ", or a path to a scenario .yaml file");
    }

    /** Reads a scenario document, checking its keys and that its parameters resolve. */
    static Scenario parse(String yaml, String origin) {
        JsonNode document;
        try {
            document = ParameterTree.yaml().readTree(yaml);
        } catch (IOException e) {
            throw new InvalidInputException(origin + ": not valid YAML (" + firstLine(e.getMessage()) + ")", e);
        }
        if (document == null || !document.isObject()) {
            throw new InvalidInputException(origin + ": expected a mapping with keys " + TOP_LEVEL_KEYS);
        }
        Iterator<String> keys = document.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new InvalidInputException(origin + ": unknown key '" + key
                        + "'; allowed: name, description, sources, parameters");
            }
        }
        String name = text(document, "name", origin);
        String description = document.path("description").asText("").strip();
        List<String> sources = new ArrayList<>();
        JsonNode sourceList = document.path("sources");
        if (!sourceList.isMissingNode() && !sourceList.isArray()) {
            throw new InvalidInputException(origin + ": sources must be a list of citations");
        }
        sourceList.forEach(s -> sources.add(s.asText()));
        JsonNode parameters = document.get("parameters");
        ObjectNode overrides = parameters == null || parameters.isNull()
                ? ParameterTree.yaml().createObjectNode() : checkedOverrides(parameters, origin);
        Scenario scenario = new Scenario(name, description, sources, origin, overrides);
        scenario.resolve();
        return scenario;
    }

    private static ObjectNode checkedOverrides(JsonNode parameters, String origin) {
        ObjectNode probe = ParameterTree.toTree(Parameters.defaults());
        ParameterTree.overlay(probe, parameters, "", origin);
        return (ObjectNode) parameters;
    }

    private static String text(JsonNode document, String key, String origin) {
        JsonNode value = document.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(origin + ": " + key + ": missing; a text value is required");
        }
        return value.asText().strip();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static InputStream resource(String name) {
        InputStream in = ScenarioCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("built-in scenario resource missing: " + name);
        }
        return in;
    }
}
