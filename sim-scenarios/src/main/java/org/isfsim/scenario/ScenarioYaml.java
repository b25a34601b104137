package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.isfsim.model.params.Parameters;

/**
 * Writes a scenario with its fully resolved parameters as a YAML scenario document, which loads
 * back to the same parameters ({@code isf-sim describe}).
 */
public final class ScenarioYaml {
    private ScenarioYaml() {
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
