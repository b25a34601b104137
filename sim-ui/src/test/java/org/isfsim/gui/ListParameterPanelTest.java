package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;

/** The Model tab's lists: every list offered, shown as YAML that applies back unchanged, edits checked by the model. */
class ListParameterPanelTest {
    private final List<String> refused = new ArrayList<>();

    private ParameterEditor editor() {
        Scenario scenario = ScenarioCatalog.load(ScenarioCatalog.DEFAULT);
        return new ParameterEditor(scenario, scenario.resolve());
    }

    @Test
    void everyListOfTheGazaModelIsOfferedAndAppliesBackUnchanged() {
        ParameterEditor editor = editor();
        ListParameterPanel panel = new ListParameterPanel(editor, refused::add);
        assertEquals(List.of("force.sectorOrder", "force.pledges", "police.trainingSites", "coordination.membership",
                "aid.crossingSchedule", "israel.withdrawalShares", "israel.stageInfrastructureDestroyed",
                "israel.stageSecuredShare", "israel.vetoedNations", "israel.handoverOrder",
                "deployment.waitForDisarmament", "deployment.shocks", "deployment.decisions",
                "ceasefire.disarmamentDeadlines", "ceasefire.stateThresholds", "ceasefire.strikeChanceFactor",
                "ceasefire.strikeLethalityFactor", "ceasefire.strikesPerDay", "ceasefire.lineFireFactor",
                "ceasefire.dangerToForces"), panel.keys());
        Parameters before = editor.parameters();
        for (String key : panel.keys()) {
            panel.show(key);
            assertFalse(panel.text().isBlank(), key);
            assertTrue(panel.apply(), key + ": " + refused);
            assertEquals(before, editor.parameters(), key + " applied back unchanged");
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void anEditedListIsTheNextRunsList() {
        ParameterEditor editor = editor();
        ListParameterPanel panel = new ListParameterPanel(editor, refused::add);
        panel.show("israel.vetoedNations");
        assertEquals("- Turkey\n- Pakistan\n", panel.text());
        panel.setText("[]");
        assertTrue(panel.apply(), refused.toString());
        assertEquals(List.of(), editor.parameters().israel().vetoedNations());
        assertEquals("applies when the next run starts", panel.status());

        panel.show("force.pledges");
        panel.setText(panel.text().replaceFirst("troops: 8000", "troops: 20000"));
        assertTrue(panel.apply(), refused.toString());
        assertEquals("Indonesia", editor.parameters().force().pledges().get(0).nation());
        assertEquals(20_000, editor.parameters().force().pledges().get(0).troops());
    }

    @Test
    void aRefusedListSaysWhyAndChangesNothing() {
        ParameterEditor editor = editor();
        ListParameterPanel panel = new ListParameterPanel(editor, refused::add);
        Parameters before = editor.parameters();
        panel.show("israel.withdrawalShares");
        panel.setText("- 0.53\n- 1.7\n");
        assertFalse(panel.apply());
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("israel.withdrawalShares"), refused.get(0));
        assertEquals("refused: nothing changed", panel.status());
        assertEquals("- 0.53\n- 1.7\n", panel.text(), "the text stays, to be mended");
        assertEquals(before, editor.parameters());

        panel.setText("[0.5, ");
        assertFalse(panel.apply());
        panel.show("force.pledges");
        panel.setText("- nation: Indonesia\n  troopz: 8000\n");
        assertFalse(panel.apply());
        assertTrue(refused.get(2).contains("force.pledges.0.troops: missing"), refused.get(2));
        assertEquals(before, editor.parameters());
    }
}
