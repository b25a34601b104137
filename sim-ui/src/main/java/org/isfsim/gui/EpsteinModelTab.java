package org.isfsim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Model tab of the Epstein GUI: the run as it stands (updated every step; each value can be charted
 * from its menu) and the reference mode's parameters, each with its range and its source as a tooltip.
 * Edits apply when the next run starts. Another scenario means another window: {@code isf-sim gui -s NAME}.
 */
final class EpsteinModelTab extends Inspector {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PROPERTIES = 40;

    private final SimpleInspector now;
    private final SimpleInspector parameters;

    EpsteinModelTab(EpsteinWithUI gui, EpsteinLiveValues live, ParameterGroup group) {
        setLayout(new BorderLayout());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("<html>Scenario <b>" + gui.editor().scenario().name()
                + "</b>.<br>Changes apply when the next run starts (Stop, then Play).</html>"));

        now = new SimpleInspector(live, gui, null, MAX_PROPERTIES);
        now.setVolatile(true);
        now.setBorder(BorderFactory.createTitledBorder("Now (live)"));
        parameters = new SimpleInspector(group, gui, null, MAX_PROPERTIES);
        parameters.setVolatile(true);
        parameters.setBorder(BorderFactory.createTitledBorder("Parameters of the next run"));

        Box body = Box.createVerticalBox();
        body.add(now);
        body.add(parameters);
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
    }

    @Override
    public void updateInspector() {
        now.updateInspector();
    }
}
