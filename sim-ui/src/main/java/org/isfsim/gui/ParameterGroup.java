package org.isfsim.gui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Source;
import sim.util.Properties;

/**
 * One group of the model's parameters as MASON properties for the Model tab: every single-valued
 * parameter of some sections of {@link Parameters} (numbers, switches, choices, dates), read from
 * the parameter records and set through {@link ParameterEditor}. Lists (pledges, training sites,
 * crossing schedules…) are edited as YAML in {@link ListParameterPanel}.
 *
 * <p>Why not hand-written getX/setX/domX beans: the parameters are ~130 immutable, validated record
 * components, each with its source. Generating the properties from the records keeps one list of
 * parameters, defaults and checks (the records') and shows each one's source as its tooltip; the
 * sliders' ranges are declared there too ({@link org.isfsim.model.params.Slider}, beside each source),
 * and a test checks that the model accepts both ends of each.
 */
public final class ParameterGroup extends Properties {
    private static final long serialVersionUID = 1L;

    private final String title;
    private final transient ParameterEditor editor;
    private final transient Consumer<String> onRefused;
    private final transient List<Item> items = new ArrayList<>();

    /** One parameter: its key, its section and component in the records, and its slider or choices. */
    private record Item(String key, List<RecordComponent> path, RecordComponent component, Object domain) {
    }

    /**
     * @param title the group's name in the Model tab
     * @param editor where values are read from and set
     * @param onRefused told the model's message when it refuses a value
     * @param sections names of {@link Parameters} sections (or of a group inside one, {@code insurgency.strategy})
     *     whose single values the group shows
     */
    public ParameterGroup(String title, ParameterEditor editor, Consumer<String> onRefused, String... sections) {
        this(title, editor, onRefused, Set.of(), sections);
    }

    private ParameterGroup(String title, ParameterEditor editor, Consumer<String> onRefused, Set<String> except,
            String... sections) {
        this.title = title;
        this.object = title;
        this.editor = editor;
        this.onRefused = onRefused;
        for (String sectionName : sections) {
            List<RecordComponent> path = new ArrayList<>();
            Class<?> type = Parameters.class;
            for (String part : sectionName.split("\\.")) {
                RecordComponent next = Arrays.stream(type.getRecordComponents())
                        .filter(c -> c.getName().equals(part)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no parameter section " + sectionName));
                path.add(next);
                type = next.getType();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String key = sectionName + "." + component.getName();
                if (editable(component.getType()) && !except.contains(key)) {
                    items.add(new Item(key, List.copyOf(path), component, ParameterDomains.of(component)));
                }
            }
        }
    }

    /** The standard groups of the Model tab, in order. */
    public static List<ParameterGroup> standard(ParameterEditor editor, Consumer<String> onRefused) {
        return List.of(
                new ParameterGroup("Run and map", editor, onRefused, "timeline", "map", "population"),
                new ParameterGroup("ISF", editor, onRefused, "force", "deployment"),
                new ParameterGroup("Police", editor, onRefused, "police"),
                new ParameterGroup("Coordination", editor, onRefused, "coordination"),
                new ParameterGroup("Armed groups", editor, onRefused, "insurgency"),
                new ParameterGroup("Armed groups' strategy", editor, onRefused, "insurgency.strategy"),
                new ParameterGroup("Civilians", editor, onRefused, "civilians", "legitimacy"),
                new ParameterGroup("Civilians' stances", editor, onRefused, "civilians.attitudes"),
                new ParameterGroup("Aid", editor, onRefused, "aid"),
                new ParameterGroup("Israel", editor, onRefused, "israel"),
                new ParameterGroup("Mandate", editor, onRefused, "mandate"),
                new ParameterGroup("Ceasefire", editor, onRefused, "ceasefire"));
    }

    /**
     * The Epstein reference mode's group: its grid, densities, vision, legitimacy, jail term, k and T, and how
     * many steps a run records. Not its {@code enabled} switch: the Epstein GUI runs the reference mode
     * whatever it says.
     */
    public static ParameterGroup epstein(ParameterEditor editor, Consumer<String> onRefused) {
        return new ParameterGroup("Epstein", editor, onRefused,
                Set.of("epstein.enabled", "timeline.startDate"), "epstein", "timeline");
    }

    private static boolean editable(Class<?> type) {
        return type == int.class || type == long.class || type == double.class || type == boolean.class
                || type.isEnum() || type == LocalDate.class || type == String.class;
    }

    public String title() {
        return title;
    }

    /** The dotted key of property {@code index}, as {@code describe} and {@code --set} name it. */
    public String key(int index) {
        return items.get(index).key();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return items.size();
    }

    @Override
    public Object getValue(int index) {
        Item item = items.get(index);
        Object value = read(item);
        if (value instanceof Enum<?> e) {
            return e.ordinal();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return items.get(index).component().getName();
    }

    @Override
    public Class<?> getType(int index) {
        Class<?> type = items.get(index).component().getType();
        if (type.isEnum()) {
            return int.class;
        }
        if (type == LocalDate.class) {
            return String.class;
        }
        return type;
    }

    @Override
    public Object getDomain(int index) {
        return items.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        Item item = items.get(index);
        Source source = item.component().getAnnotation(Source.class);
        return "<html><b>" + item.key() + "</b>" + (source == null ? "" : "<br>" + escape(source.value())) + "</html>";
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Item item = items.get(index);
        Object typed = value;
        Class<?> type = item.component().getType();
        if (type.isEnum()) {
            typed = type.getEnumConstants()[((Number) value).intValue()];
        } else if (type == int.class && value instanceof Number n) {
            typed = n.intValue();
        } else if (type == long.class && value instanceof Number n) {
            typed = n.longValue();
        } else if (type == double.class && value instanceof Number n) {
            typed = n.doubleValue();
        }
        try {
            editor.set(item.key(), typed);
        } catch (InvalidInputException e) {
            onRefused.accept(e.getMessage());
            return null;
        }
        return getValue(index);
    }

    private Object read(Item item) {
        try {
            Object record = editor.parameters();
            for (RecordComponent step : item.path()) {
                record = step.getAccessor().invoke(record);
            }
            return item.component().getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read parameter " + item.key(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        return title;
    }
}
