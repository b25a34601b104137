package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.SwingUtilities;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import sim.portrayal.Inspector;
import sim.util.Interval;

/** The Model tab's parameters: every one shown, ranges the model accepts, edits validated by the model. */
class ParameterGroupTest {
    private final List<String> refused = new ArrayList<>();

    private ParameterEditor editor() {
        Scenario scenario = ScenarioCatalog.load(ScenarioCatalog.DEFAULT);
        return new ParameterEditor(scenario, scenario.resolve());
    }

    private static int index(ParameterGroup group, String key) {
        for (int i = 0; i < group.numProperties(); i++) {
            if (group.key(i).equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no property " + key + " in " + group.title());
    }

    private ParameterGroup group(ParameterEditor editor, String title) {
        return ParameterGroup.standard(editor, refused::add).stream().filter(g -> g.title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void everySingleValuedParameterOfTheGazaModelIsShownOnce() {
        Set<String> shown = new HashSet<>();
        for (ParameterGroup group : ParameterGroup.standard(editor(), refused::add)) {
            assertTrue(group.numProperties() <= 40, group.title() + " fits one page");
            for (int i = 0; i < group.numProperties(); i++) {
                assertTrue(shown.add(group.key(i)), "shown twice: " + group.key(i));
                assertNotNull(group.getValue(i), group.key(i));
                assertTrue(group.getDescription(i).contains(group.key(i)), "tooltip names the key");
            }
        }
        Set<String> expected = new HashSet<>();
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            if (section.getName().equals("epstein")) {
                continue;
            }
            for (RecordComponent c : section.getType().getRecordComponents()) {
                if (c.getType().isRecord()) {
                    for (RecordComponent leaf : c.getType().getRecordComponents()) {
                        if (!List.class.isAssignableFrom(leaf.getType())) {
                            expected.add(section.getName() + "." + c.getName() + "." + leaf.getName());
                        }
                    }
                } else if (!List.class.isAssignableFrom(c.getType())) {
                    expected.add(section.getName() + "." + c.getName());
                }
            }
        }
        assertEquals(expected, shown);
    }

    @Test
    void everySlidersEndsAreValuesTheModelAccepts() {
        for (Map.Entry<String, Interval> slider : ParameterDomains.sliders().entrySet()) {
            for (Number end : List.of(slider.getValue().getMin(), slider.getValue().getMax())) {
                ParameterEditor editor = editor();
                Object value = slider.getValue().isDouble() ? (Object) end.doubleValue() : (Object) end.longValue();
                try {
                    editor.set(slider.getKey(), value);
                } catch (InvalidInputException e) {
                    fail(slider.getKey() + " = " + value + ": " + e.getMessage());
                }
            }
        }
    }

    @Test
    void everySliderBelongsToAShownParameter() {
        Set<String> shown = new HashSet<>();
        List<ParameterGroup> groups = new ArrayList<>(ParameterGroup.standard(editor(), refused::add));
        groups.add(ParameterGroup.epstein(editor(), refused::add));
        for (ParameterGroup group : groups) {
            for (int i = 0; i < group.numProperties(); i++) {
                shown.add(group.key(i));
                if (group.getDomain(i) instanceof Interval interval) {
                    assertEquals(interval.isDouble(), group.getType(i) == double.class, group.key(i));
                }
            }
        }
        assertTrue(shown.containsAll(ParameterDomains.sliders().keySet()));
    }

    @Test
    void anEditChangesTheNextRunsParameters() {
        ParameterEditor editor = editor();
        ParameterGroup isf = group(editor, "ISF");
        int i = index(isf, "force.battalionSize");
        assertEquals(800, isf.getValue(i));
        assertEquals(600, isf.setValue(i, "600"));
        assertEquals(600, editor.parameters().force().battalionSize());
        ParameterGroup police = group(editor, "Police");
        int rate = index(police, "police.vettingPassRate");
        assertEquals(0.55, police.setValue(rate, Double.valueOf(0.55)));
        assertEquals(0.55, editor.parameters().police().vettingPassRate());
        assertTrue(refused.isEmpty());
    }

    @Test
    void aValueTheModelRefusesChangesNothingAndSaysWhy() {
        ParameterEditor editor = editor();
        Parameters before = editor.parameters();
        ParameterGroup isf = group(editor, "ISF");
        assertNull(isf.setValue(index(isf, "force.battalionSize"), "-1"));
        assertEquals(before, editor.parameters());
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("force.battalionSize"), refused.get(0));
        assertTrue(refused.get(0).contains("50..5000"), refused.get(0));
    }

    @Test
    void choicesAndDatesAreEditable() {
        ParameterEditor editor = editor();
        ParameterGroup mandate = group(editor, "Mandate");
        int renewal = index(mandate, "mandate.renewal");
        assertTrue(mandate.getDomain(renewal) instanceof String[]);
        mandate.setValue(renewal, Integer.valueOf(MandateParameters.Renewal.NEVER.ordinal()));
        assertEquals(MandateParameters.Renewal.NEVER, editor.parameters().mandate().renewal());
        int end = index(mandate, "mandate.endDate");
        assertEquals("2027-12-31", mandate.getValue(end));
        mandate.setValue(end, "2028-06-30");
        assertEquals(LocalDate.of(2028, 6, 30), editor.parameters().mandate().endDate());
        ParameterGroup coordination = group(editor, "Coordination");
        int unified = index(coordination, "coordination.unifiedCommand");
        coordination.setValue(unified, "false");
        assertEquals(false, editor.parameters().coordination().unifiedCommand());
    }

    @Test
    void theModelTabBuildsAnInspectorForEveryGroup() throws Exception {
        Scenario scenario = ScenarioCatalog.load(ScenarioCatalog.DEFAULT);
        IsfModelWithUI gui = new IsfModelWithUI(scenario, scenario.resolve(), 1L);
        SwingUtilities.invokeAndWait(() -> {
            Inspector tab = gui.getInspector();
            assertTrue(tab instanceof ModelTab);
            assertTrue(tab.isVolatile(), "today's values update every day");
            tab.updateInspector();
            ((ModelTab) tab).refreshParameters();
        });
    }

    @Test
    void decimalsAreWrittenAsYamlReadsThem() {
        assertEquals("0.00001", ParameterEditor.yaml(1.0E-5));
        assertEquals("10000", ParameterEditor.yaml(1.0E4));
        assertEquals("NEVER", ParameterEditor.yaml(MandateParameters.Renewal.NEVER));
        ParameterEditor editor = editor();
        editor.set("insurgency.recruitsPerRecruitablePersonDay", 1.0E-5);
        assertEquals(1.0E-5, editor.parameters().insurgency().recruitsPerRecruitablePersonDay());
    }
}
