package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PoliceParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --set key=value} overrides and the tree form of the parameters. */
class ParameterTreeTest {
    private static final Parameters D = Parameters.defaults();

    private static Parameters resolve(String... settings) {
        return ScenarioCatalog.load("draft-resolution").resolve(List.of(settings));
    }

    /**
     * Asserts that {@code actual} equals the defaults except for one top-level section, which equals
     * {@code expected}. Goes over the record's components, so it holds whatever sections Parameters has.
     */
    private static void assertOnlySectionChanged(String section, Object expected, Parameters actual) {
        boolean found = false;
        for (RecordComponent component : Parameters.class.getRecordComponents()) {
            Object defaultValue = value(component, D);
            Object actualValue = value(component, actual);
            if (component.getName().equals(section)) {
                found = true;
                assertNotEquals(defaultValue, expected, "the test must change the section");
                assertEquals(expected, actualValue, section);
            } else {
                assertEquals(defaultValue, actualValue, component.getName() + " must not change");
            }
        }
        assertTrue(found, "no section " + section);
    }

    private static Object value(RecordComponent component, Parameters parameters) {
        try {
            return component.getAccessor().invoke(parameters);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void treeOfTheDefaultsReadsBackToTheDefaults() {
        ObjectNode tree = ParameterTree.toTree(D);
        List<String> sections = new ArrayList<>();
        for (RecordComponent component : Parameters.class.getRecordComponents()) {
            sections.add(component.getName());
        }
        assertEquals(sections, fieldNames(tree), "tree keys are the sections in declaration order");
        assertEquals(List.of("timeline", "map", "population", "civilians", "legitimacy", "force", "police",
                "coordination", "insurgency", "aid", "israel", "mandate", "deployment", "epstein", "ceasefire"), sections);
        assertEquals(800, tree.at("/force/battalionSize").intValue());
        assertEquals("KEREM_SHALOM", tree.at("/force/entryCrossing").textValue());
        assertEquals("2025-10-10", tree.at("/timeline/startDate").textValue());
        assertEquals("Indonesia", tree.at("/force/pledges/0/nation").textValue());
        assertEquals(D, ParameterTree.fromTree(tree, "test"));
    }

    @Test
    void noSettingsIsTheScenario() {
        assertEquals(D, resolve());
    }

    @Test
    void setIntegerChangesExactlyThatField() {
        Parameters p = resolve("force.battalionSize=600");
        assertEquals(600, p.force().battalionSize());
        assertOnlySectionChanged("force", D.with("force.battalionSize", 600).force(), p);
    }

    @Test
    void setToleratesSpacesAroundTheKey() {
        assertEquals(resolve("force.battalionSize=600"), resolve(" force.battalionSize =600"));
    }

    @Test
    void laterSettingOfTheSameKeyWins() {
        assertEquals(650, resolve("force.battalionSize=600", "force.battalionSize=650").force().battalionSize());
    }

    @Test
    void setNestedListElementField() {
        Parameters p = resolve("force.pledges.0.troops=1234");
        assertOnlySectionChanged("force", D.with("force.pledges.0.troops", 1234).force(), p);
        assertEquals("Indonesia", p.force().pledges().get(0).nation());
        assertEquals(1234, p.force().pledges().get(0).troops());
        assertEquals(D.force().pledges().get(4), p.force().pledges().get(4));
    }

    @Test
    void setLastListElement() {
        Parameters p = resolve("force.pledges.4.troops=777");
        assertEquals(777, p.force().pledges().get(4).troops());
        assertEquals(D.force().pledges().subList(0, 4), p.force().pledges().subList(0, 4));
    }

    @Test
    void setListElementByMappingMergesIntoIt() {
        Parameters p = resolve("force.pledges.1={troops: 2000, requiresUnMandate: false}");
        assertEquals(D.with("force.pledges.1.troops", 2000).with("force.pledges.1.requiresUnMandate", false)
                .force().pledges().get(1), p.force().pledges().get(1));
        assertEquals(2000, p.force().pledges().get(1).troops());
        assertFalse(p.force().pledges().get(1).requiresUnMandate());
    }

    @Test
    void setDate() {
        Parameters p = resolve("mandate.endDate=2028-06-30");
        assertEquals(LocalDate.of(2028, 6, 30), p.mandate().endDate());
        assertOnlySectionChanged("mandate", D.with("mandate.endDate", LocalDate.of(2028, 6, 30)).mandate(), p);
    }

    @Test
    void setPledgeDate() {
        Parameters p = resolve("force.pledges.0.firstArrival=2026-05-01");
        assertEquals(LocalDate.of(2026, 5, 1), p.force().pledges().get(0).firstArrival());
    }

    @Test
    void setEnum() {
        Parameters p = resolve("force.entryCrossing=RAFAH");
        assertEquals(Crossing.RAFAH, p.force().entryCrossing());
        assertOnlySectionChanged("force", D.with("force.entryCrossing", Crossing.RAFAH).force(), p);
    }

    @Test
    void setEnumList() {
        Parameters p = resolve("force.sectorOrder=[GAZA, RAFAH]");
        assertEquals(List.of(Governorate.GAZA, Governorate.RAFAH), p.force().sectorOrder());
    }

    @Test
    void setBoolean() {
        Parameters p = resolve("coordination.unifiedCommand=false");
        assertTrue(D.coordination().unifiedCommand(), "precondition: default is unified command");
        assertFalse(p.coordination().unifiedCommand());
        assertOnlySectionChanged("coordination", D.with("coordination.unifiedCommand", false).coordination(), p);
    }

    @Test
    void setBooleanToTrueAndFalse() {
        assertFalse(resolve("police.deployOnlyWithIsf=false").police().deployOnlyWithIsf());
        assertTrue(resolve("police.deployOnlyWithIsf=false", "police.deployOnlyWithIsf=true").police()
                .deployOnlyWithIsf());
    }

    @Test
    void setDouble() {
        Parameters p = resolve("map.idfHeldShare=0.25");
        assertEquals(0.25, p.map().idfHeldShare());
        assertOnlySectionChanged("map", D.with("map.idfHeldShare", 0.25).map(), p);
    }

    @Test
    void setWholeSectionByMappingKeepsOtherKeys() {
        Parameters p = resolve("map={cellSizeMeters: 100}");
        assertEquals(100, p.map().cellSizeMeters());
        assertEquals(D.map().idfHeldShare(), p.map().idfHeldShare());
    }

    @Test
    void setLongAndRangeBoundaries() {
        assertEquals(10_000_000L, resolve("population.residents=10000000").population().residents());
        assertEquals(50, resolve("force.battalionSize=50").force().battalionSize());
        assertEquals(5000, resolve("force.battalionSize=5000").force().battalionSize());
        PoliceParameters police = resolve("police.vettingPassRate=1.0").police();
        assertEquals(1.0, police.vettingPassRate());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("nosuch.key=1", List.of("'nosuch.key'", "allowed: timeline, map, population, civilians,"
                        + " legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein,"
                        + " ceasefire")),
                Arguments.of("force.nosuch.deeper=1", List.of("'force.nosuch.deeper'", "force.battalionSize",
                        "force.pledges")),
                Arguments.of("force.pledges.0.nosuch=1", List.of("'force.pledges.0.nosuch'", "force.pledges.0.nation",
                        "force.pledges.0.troops")),
                Arguments.of("force.batalionSize=1", List.of("force.batalionSize", "allowed:",
                        "force.battalionSize")),
                Arguments.of("force.battalionSize=-1", List.of("force.battalionSize", "-1", "allowed", "50..5000")),
                Arguments.of("force.battalionSize=5001", List.of("force.battalionSize", "5001", "allowed 50..5000")),
                Arguments.of("force.battalionSize=abc", List.of("force.battalionSize", "'abc'", "allowed",
                        "whole number")),
                Arguments.of("force.battalionSize=1.5", List.of("force.battalionSize", "allowed", "whole number")),
                Arguments.of("force.entryCrossing=NOWHERE", List.of("force.entryCrossing", "'NOWHERE'",
                        "ZIKIM, EREZ, KISSUFIM, KEREM_SHALOM, RAFAH")),
                Arguments.of("force.battalionSize", List.of("force.battalionSize", "key=value")),
                Arguments.of("=600", List.of("=600", "key=value")),
                Arguments.of("force.pledges.99.troops=1", List.of("force.pledges.99", "0..6")),
                Arguments.of("force.pledges.-1.troops=1", List.of("force.pledges.-1", "0..6")),
                Arguments.of("force.pledges.first.troops=1", List.of("force.pledges.first", "0..6")),
                Arguments.of("force.pledges.0.troops=-5", List.of("force.pledges.0.troops", "Indonesia", "-5",
                        "allowed 0..100000")),
                Arguments.of("mandate.endDate=2028-02-30", List.of("mandate.endDate", "2028-02-30", "allowed",
                        "date")),
                Arguments.of("mandate.endDate=2020-01-01", List.of("mandate.endDate", "2020-01-01",
                        "mandate.authorisedDate")),
                Arguments.of("coordination.unifiedCommand=perhaps", List.of("coordination.unifiedCommand",
                        "'perhaps'", "true or false")),
                Arguments.of("force.sectorOrder=[RAFAH, RAFAH]", List.of("force.sectorOrder", "distinct")),
                Arguments.of("force.sectorOrder=[ATLANTIS]", List.of("force.sectorOrder", "'ATLANTIS'",
                        "NORTH_GAZA")),
                Arguments.of("force.pledges=7", List.of("force.pledges", "list")),
                Arguments.of("force=7", List.of("force", "mapping")),
                Arguments.of("map.idfHeldShare=1.5", List.of("map.idfHeldShare", "1.5", "allowed 0.0..1.0")),
                Arguments.of("map.cellSizeMeters=", List.of("map.cellSizeMeters", "whole number")),
                Arguments.of("force.entryCrossing=null", List.of("force.entryCrossing", "missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void badSettingIsOneLineNamingKeyAndAllowed(String setting, List<String> expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> resolve(setting));
        String message = e.getMessage();
        ScenarioCatalogTest.assertOneLine(message);
        assertTrue(message.startsWith("--set"), message);
        for (String part : expected) {
            assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
        }
    }

    @Test
    void badSettingAfterAGoodOneIsStillRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> resolve("force.battalionSize=600", "force.battalionSize=abc"));
        assertTrue(e.getMessage().contains("force.battalionSize"), e.getMessage());
    }

    @Test
    void unparseableValueMessageIsOneLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> resolve("force.battalionSize=[1"));
        ScenarioCatalogTest.assertOneLine(e.getMessage());
        assertTrue(e.getMessage().contains("force.battalionSize"), e.getMessage());
    }

    @Test
    void keyBelowAPlainValueSaysWhatIsAllowed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> resolve("force.pledges.0.troops.x=1"));
        String message = e.getMessage();
        assertTrue(message.contains("force.pledges.0.troops.x"), message);
        assertFalse(message.strip().endsWith("allowed:"), "nothing listed as allowed: " + message);
    }

    @Test
    void nullForASectionIsRefused() {
        assertThrows(InvalidInputException.class, () -> resolve("force.pledges.0=null"));
        assertThrows(InvalidInputException.class, () -> resolve("force=null"));
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
