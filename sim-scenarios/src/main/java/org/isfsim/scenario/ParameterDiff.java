package org.isfsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isfsim.model.params.Parameters;

/**
 * The parameters in which two sets of parameters differ, key by key ({@code isf-sim diff}): single values
 * as they are written in a scenario file, lists of entries field by field, lists of plain values whole.
 */
public final class ParameterDiff {
    /** One differing parameter: its dotted key and its value on either side, as text. */
    public record Difference(String key, String left, String right) {
    }

    private ParameterDiff() {
    }

    /**
     * The differing parameters, in the order of the parameter records; a list entry one side lacks shows
     * null on that side.
     */
    public static List<Difference> between(Parameters left, Parameters right) {
        Map<String, String> a = flatten(ParameterTree.toTree(left));
        Map<String, String> b = flatten(ParameterTree.toTree(right));
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, String> entry : a.entrySet()) {
            String other = b.get(entry.getKey());
            if (!Objects.equals(entry.getValue(), other)) {
                differences.add(new Difference(entry.getKey(), entry.getValue(), other));
            }
        }
        for (Map.Entry<String, String> entry : b.entrySet()) {
            if (!a.containsKey(entry.getKey())) {
                differences.add(new Difference(entry.getKey(), null, entry.getValue()));
            }
        }
        return differences;
    }

    /**
     * Dotted key → value text: every single value; a list of entries (pledges, training sites…) entry by entry
     * and field by field, keyed as {@code --set} keys them ({@code force.pledges.0.troops}); a list of plain
     * values (sector order, withdrawal shares) whole, as one line of JSON.
     */
    static Map<String, String> flatten(JsonNode tree) {
        Map<String, String> flat = new LinkedHashMap<>();
        add(flat, "", tree);
        return flat;
    }

    private static void add(Map<String, String> flat, String prefix, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                add(flat, prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                add(flat, prefix + "." + i, node.get(i));
            }
        } else {
            flat.put(prefix, node.isContainerNode() ? node.toString() : node.asText());
        }
    }
}
