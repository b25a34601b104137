package org.isfsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;
import org.junit.jupiter.api.Test;

/** {@link Parameters#with} and {@link Parameters#get}: one value by its dotted key, validated as a scenario file is. */
class ParametersByKeyTest {
    private static final Parameters D = Parameters.defaults();

    @Test
    void withChangesOneValueAndNothingElse() {
        Parameters p = D.with("force.battalionSize", 600);
        assertEquals(600, p.force().battalionSize());
        assertEquals(List.of("force.battalionSize"), differences(D, p));
        assertEquals(List.of("force.pledges.1.troops"), differences(D, D.with("force.pledges.1.troops", 2_000)));
        assertEquals(D, D.with("force.battalionSize", D.force().battalionSize()));
    }

    /** The keys of the single values that differ between two parameter trees. */
    private static List<String> differences(Parameters a, Parameters b) {
        List<String> keys = new ArrayList<>();
        differences(ParameterJson.tree(a), ParameterJson.tree(b), "", keys);
        return keys;
    }

    private static void differences(JsonNode a, JsonNode b, String path, List<String> keys) {
        if (a.isContainerNode() && b.isContainerNode() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String name = a.isArray() ? String.valueOf(i) : fieldName(a, i);
                differences(a.isArray() ? a.get(i) : a.get(name), b.isArray() ? b.get(i) : b.get(name),
                        path.isEmpty() ? name : path + "." + name, keys);
            }
        } else if (!a.equals(b)) {
            keys.add(path);
        }
    }

    private static String fieldName(JsonNode node, int index) {
        Iterator<String> names = node.fieldNames();
        for (int i = 0; i < index; i++) {
            names.next();
        }
        return names.next();
    }

    @Test
    void withTakesEveryKindOfValue() {
        assertEquals(0.25, D.with("police.vettingPassRate", 0.25).police().vettingPassRate());
        assertEquals(Crossing.ZIKIM, D.with("force.entryCrossing", Crossing.ZIKIM).force().entryCrossing());
        assertEquals(Crossing.ZIKIM, D.with("force.entryCrossing", "ZIKIM").force().entryCrossing());
        assertEquals(MandateParameters.Renewal.NEVER,
                D.with("mandate.renewal", MandateParameters.Renewal.NEVER).mandate().renewal());
        assertEquals(LocalDate.of(2028, 6, 30),
                D.with("mandate.endDate", LocalDate.of(2028, 6, 30)).mandate().endDate());
        assertEquals(false, D.with("coordination.unifiedCommand", false).coordination().unifiedCommand());
        assertEquals(List.of("Turkey"), D.with("israel.vetoedNations", List.of("Turkey")).israel().vetoedNations());
    }

    @Test
    void listEntriesAreReachedByIndex() {
        Parameters p = D.with("force.pledges.1.troops", 2_000);
        assertEquals(2_000, p.force().pledges().get(1).troops());
        assertEquals(D.force().pledges().get(0), p.force().pledges().get(0));
        Pledge first = D.force().pledges().get(0);
        assertEquals(first, D.get("force.pledges.0"));
        assertEquals(first.nation(), D.get("force.pledges.0.nation"));
    }

    @Test
    void aSectionTakesTheKeysItIsGiven() {
        Parameters p = D.with("map", java.util.Map.of("cellSizeMeters", 500));
        assertEquals(500, p.map().cellSizeMeters());
        assertEquals(D.map().idfHeldShare(), p.map().idfHeldShare());
    }

    @Test
    void getReadsTheTypedValue() {
        assertEquals(800, D.get("force.battalionSize"));
        assertEquals(D.force(), D.get("force"));
        assertEquals(D.israel().withdrawalShares(), D.get("israel.withdrawalShares"));
        assertEquals(0.53, D.get("israel.withdrawalShares.0"));
        assertEquals(D.mandate().renewal(), D.get("mandate.renewal"));
    }

    @Test
    void anOutOfRangeValueIsRefusedNamingTheKeyAndTheRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> D.with("force.battalionSize", -1));
        assertEquals("force.battalionSize: -1 is out of range; allowed 50..5000", e.getMessage());
        assertEquals("force.battalionSize", e.key());
        e = assertThrows(InvalidInputException.class, () -> D.with("force.pledges.2.troops", -5));
        assertEquals("force.pledges.2.troops (Kazakhstan): -5 is out of range; allowed 0..100000", e.getMessage());
        assertEquals("force.pledges.2.troops", e.key());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheNearestAndTheKeysAllowed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> D.with("map.cellSize", 100));
        assertEquals("unknown key 'map.cellSize' (did you mean 'map.cellSizeMeters'?); allowed: map.cellSizeMeters,"
                + " map.idfHeldShare", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> D.get("mapp.cellSizeMeters"));
        assertEquals("mapp", e.key());
        assertEquals("unknown key 'force.pledges.7.troops'; allowed indexes at force.pledges: 0..6",
                assertThrows(InvalidInputException.class, () -> D.get("force.pledges.7.troops")).getMessage());
        assertEquals("unknown key 'force.battalionSize.x'; force.battalionSize is a single value with no keys below it",
                assertThrows(InvalidInputException.class, () -> D.with("force.battalionSize.x", 1)).getMessage());
    }
}
