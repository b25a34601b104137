package org.isfsim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Source;

/**
 * The Model tab's lists: pledges, training sites, crossing schedule, membership, withdrawal stages, vetoed
 * nations and sector order, which MASON's property inspector cannot edit. One list at a time is shown as
 * YAML, exactly as a scenario file holds it; Apply hands the text to {@link ParameterEditor#set}, so the
 * model's records check it as they check a scenario file, and a refused list says why and changes nothing.
 */
public final class ListParameterPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient ParameterEditor editor;
    private final transient Consumer<String> onRefused;
    private final List<String> keys = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final JComboBox<String> chooser = new JComboBox<>();
    private final JTextArea text = new JTextArea(10, 40);
    private final JLabel source = new JLabel();
    private final JLabel status = new JLabel(" ");

    /**
     * @param editor where lists are read from and set
     * @param onRefused told the model's message when it refuses a list
     */
    public ListParameterPanel(ParameterEditor editor, Consumer<String> onRefused) {
        super(new BorderLayout());
        this.editor = editor;
        this.onRefused = onRefused;
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            if (section.getName().equals("epstein")) {
                continue;
            }
            for (RecordComponent component : section.getType().getRecordComponents()) {
                if (List.class.isAssignableFrom(component.getType())) {
                    keys.add(section.getName() + "." + component.getName());
                    Source s = component.getAnnotation(Source.class);
                    sources.add(s == null ? "" : s.value());
                    chooser.addItem(section.getName() + "." + component.getName());
                }
            }
        }
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        chooser.addActionListener(e -> reload());

        JButton apply = new JButton("Apply");
        apply.addActionListener(e -> apply());
        JButton revert = new JButton("Revert");
        revert.addActionListener(e -> reload());

        // The buttons above the text, where they are seen without scrolling the Model tab.
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(apply);
        buttons.add(revert);
        buttons.add(status);
        JPanel top = new JPanel(new BorderLayout());
        top.add(chooser, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.CENTER);
        top.add(source, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        reload();
    }

    /** The keys of the lists shown, in the order of the parameter records. */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    /** Shows {@code key}'s list as it stands in the parameters of the next run. */
    public void show(String key) {
        chooser.setSelectedItem(key);
        reload();
    }

    /** The YAML text being edited. */
    public String text() {
        return text.getText();
    }

    public void setText(String yaml) {
        text.setText(yaml);
    }

    /** The line under the text: what the last Apply did. */
    public String status() {
        return status.getText();
    }

    /** Re-reads the chosen list from the parameters (another scenario, or Revert). */
    public void reload() {
        int i = chooser.getSelectedIndex();
        if (i < 0) {
            return;
        }
        text.setText(editor.yamlOf(keys.get(i)));
        text.setCaretPosition(0);
        source.setText("<html><small>" + escape(sources.get(i)) + "</small></html>");
        status.setText(" ");
    }

    /**
     * Sets the chosen list from the text, for the next run.
     *
     * @return whether the model took it
     */
    public boolean apply() {
        String key = keys.get(chooser.getSelectedIndex());
        try {
            editor.set(key, text.getText());
        } catch (InvalidInputException e) {
            status.setText("refused: nothing changed");
            onRefused.accept(e.getMessage());
            return false;
        }
        text.setText(editor.yamlOf(key));
        status.setText("applies when the next run starts");
        return true;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
