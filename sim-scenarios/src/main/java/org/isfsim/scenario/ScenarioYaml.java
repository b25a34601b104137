package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Source;

/**
 * Writes a scenario with its fully resolved parameters as a YAML scenario document, which loads
 * back to the same parameters ({@code isf-sim describe}).
 */
public final class ScenarioYaml {
    private ScenarioYaml() {
    }

    /**
     * As {@link #write}, with each single-valued parameter followed by a comment: its source, or, where the
     * scenario (or a {@code --set}) changed it, the default it replaces. Lists carry their sources in their
     * entries. The text still loads back to the same parameters.
     */
    public static String writeWithSources(Scenario scenario, Parameters resolved) {
        String yaml = write(scenario, resolved);
        ObjectNode defaults = ParameterTree.toTree(Parameters.defaults());
        ObjectNode values = ParameterTree.toTree(resolved);
        StringBuilder annotated = new StringBuilder(yaml.length() * 2);
        boolean inParameters = false;
        String section = null;
        for (String line : yaml.split("\n", -1)) {
            if (!line.startsWith(" ")) {
                inParameters = line.equals("parameters:");
                section = null;
            } else if (inParameters && line.matches("  [A-Za-z]+:")) {
                section = line.strip().substring(0, line.strip().length() - 1);
            } else if (inParameters && section != null && line.matches("    [A-Za-z]+:.*")) {
                String name = line.strip().substring(0, line.strip().indexOf(':'));
                String comment = comment(section, name, values, defaults);
                if (comment != null) {
                    line = line + "  # " + comment;
                }
            }
            annotated.append(line).append('\n');
        }
        annotated.setLength(annotated.length() - 1);
        return annotated.toString();
    }

    /**
     * The comment for {@code section.name}: its source, or the default it replaces; null for a list with entries
     * (they carry their own sources). An empty list is written on its line, {@code []}, and is commented as a
     * single value.
     */
    private static String comment(String section, String name, ObjectNode values, ObjectNode defaults) {
        JsonNode value = values.path(section).path(name);
        if ((value.isArray() && !value.isEmpty()) || value.isObject()) {
            return null;
        }
        JsonNode fallback = defaults.path(section).path(name);
        if (value.isArray() ? !value.equals(fallback) : !value.asText().equals(fallback.asText())) {
            return "changed from the default " + (fallback.isMissingNode() || fallback.isNull() ? "(none)"
                    : fallback.isArray() ? fallback.toString() : fallback.asText()) + " (see the scenario's sources)";
        }
        for (RecordComponent part : Parameters.class.getRecordComponents()) {
            if (part.getName().equals(section)) {
                for (RecordComponent leaf : part.getType().getRecordComponents()) {
                    if (leaf.getName().equals(name) && leaf.getAnnotation(Source.class) != null) {
                        return leaf.getAnnotation(Source.class).value();
                    }
                }
            }
        }
        return null;
    }

    public static String write(Scenario scenario, Parameters resolved) {
        ObjectNode document = ParameterTree.yaml().createObjectNode();
        document.put("name", scenario.name());
        document.put("description", scenario.description());
        ArrayNode sources = document.putArray("sources");
        scenario.sources().forEach(sources::add);
        document.set("parameters", ParameterTree.toTree(resolved));
        try {
            return ParameterTree.yaml().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
