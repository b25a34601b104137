package org.isfsim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.isfsim.InvalidInputException;
import org.isfsim.scenario.ScenarioCatalog;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: which scenario the next run uses (a built-in one or a file), today's
 * values while a run goes on (updated every day; each can be charted from its menu), and the
 * model's parameters in groups, each with its range and its source as a tooltip, the lists as YAML
 * ({@link ListParameterPanel}). Edits apply when the next run starts.
 */
final class ModelTab extends Inspector {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PROPERTIES = 40;
    private static final String OPEN_FILE = "Scenario file…";

    private final IsfModelWithUI gui;
    private final SimpleInspector today;
    private final List<SimpleInspector> groups = new ArrayList<>();
    private final JComboBox<String> chooser = new JComboBox<>();
    private final JLabel note = new JLabel();
    private final ListParameterPanel lists;
    private boolean choosing;

    ModelTab(IsfModelWithUI gui, LiveValues live, List<ParameterGroup> parameterGroups) {
        this.gui = gui;
        setLayout(new BorderLayout());

        for (String name : ScenarioCatalog.names()) {
            chooser.addItem(name);
        }
        chooser.addItem(OPEN_FILE);
        chooser.setSelectedItem(gui.editor().scenario().name());
        chooser.addActionListener(e -> onChoose());
        JPanel scenarioRow = new JPanel(new FlowLayout(FlowLayout.LEFT));
        scenarioRow.add(new JLabel("Scenario:"));
        scenarioRow.add(chooser);
        note.setText("Changes apply when the next run starts (Stop, then Play).");

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(scenarioRow);
        JPanel noteRow = new JPanel(new FlowLayout(FlowLayout.LEFT));
        noteRow.add(note);
        top.add(noteRow);

        today = new SimpleInspector(live, gui, null, MAX_PROPERTIES);
        today.setVolatile(true);
        today.setBorder(BorderFactory.createTitledBorder("Today (live)"));

        JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.WRAP_TAB_LAYOUT);
        for (ParameterGroup group : parameterGroups) {
            SimpleInspector inspector = new SimpleInspector(group, gui, null, MAX_PROPERTIES);
            inspector.setVolatile(true);
            groups.add(inspector);
            tabs.addTab(group.title(), inspector);
        }
        lists = new ListParameterPanel(gui.editor(), gui::refused);
        tabs.addTab("Lists", lists);
        tabs.setBorder(BorderFactory.createTitledBorder("Parameters of the next run"));

        Box body = Box.createVerticalBox();
        body.add(today);
        body.add(tabs);
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
    }

    private void onChoose() {
        if (choosing) {
            return;
        }
        String choice = (String) chooser.getSelectedItem();
        String nameOrPath = choice;
        if (OPEN_FILE.equals(choice)) {
            JFileChooser files = new JFileChooser(new File("."));
            files.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
            if (files.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
                select(gui.editor().scenario().name());
                return;
            }
            nameOrPath = files.getSelectedFile().getPath();
        }
        try {
            gui.chooseScenario(nameOrPath);
            note.setText("Scenario " + gui.editor().scenario().name() + ": applies when the next run starts.");
            if (OPEN_FILE.equals(choice)) {
                select(gui.editor().scenario().name());
            }
        } catch (InvalidInputException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Scenario not loaded", JOptionPane.WARNING_MESSAGE);
            select(gui.editor().scenario().name());
        }
    }

    /** Shows a scenario's name in the chooser without choosing it again. */
    private void select(String name) {
        choosing = true;
        try {
            boolean listed = false;
            for (int i = 0; i < chooser.getItemCount(); i++) {
                listed |= name.equals(chooser.getItemAt(i));
            }
            if (!listed) {
                chooser.insertItemAt(name, chooser.getItemCount() - 1);
            }
            chooser.setSelectedItem(name);
        } finally {
            choosing = false;
        }
    }

    /** Re-reads every parameter (after another scenario was chosen). */
    void refreshParameters() {
        for (SimpleInspector group : groups) {
            group.updateInspector();
        }
        lists.reload();
    }

    @Override
    public void updateInspector() {
        today.updateInspector();
    }
}
