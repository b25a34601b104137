package org.isfsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every key a record's check names is the path of the component it checks, as {@code describe},
 * scenario files and {@code --set} spell it. Goes over the whole record tree from
 * {@link Parameters#defaults()}: each component of each record (sections, and the first entry of
 * each list of records) is given a value no check can accept, and the refusal must name that
 * component's path. A component that accepts every such value must be listed as unchecked below.
 */
class CheckKeysTest {
    /** Components no check refuses (besides switches): an end date where none means open to the end. */
    private static final Set<String> UNCHECKED = Set.of("aid.crossingSchedule.openUntil");

    @Test
    void everyCheckNamesItsComponentsPath() {
        List<String> wrong = new ArrayList<>();
        Set<String> unchecked = new TreeSet<>();
        List<String> checked = new ArrayList<>();
        visit(Parameters.defaults(), "", wrong, unchecked, checked);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(new TreeSet<>(UNCHECKED), unchecked, "components no bad value is refused for");
        assertTrue(checked.size() > 150, "checked " + checked.size() + " components");
    }

    private static void visit(Record record, String path, List<String> wrong, Set<String> unchecked,
            List<String> checked) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String key = path.isEmpty() ? component.getName() : path + "." + component.getName();
            Class<?> type = component.getType();
            if (type == boolean.class) {
                continue;
            }
            InvalidInputException refusal = null;
            for (Object bad : badValues(type)) {
                refusal = refusal(record, i, bad);
                if (refusal != null) {
                    break;
                }
            }
            if (refusal == null) {
                unchecked.add(key);
            } else if (!key.equals(refusal.key())
                    || !(refusal.getMessage().startsWith(key + ":") || refusal.getMessage().startsWith(key + " ("))) {
                wrong.add(key + " refused as key " + refusal.key() + ": " + refusal.getMessage());
            } else {
                checked.add(key);
            }
            Object value = value(record, component);
            if (value instanceof Record child) {
                visit(child, key, wrong, unchecked, checked);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record entry) {
                visit(entry, key, wrong, unchecked, checked);
            }
        }
    }

    /** Values below, above or outside every range: the extremes of a number, NaN, or nothing. */
    private static List<Object> badValues(Class<?> type) {
        if (type == int.class) {
            return List.of(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class) {
            return List.of(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == double.class) {
            return List.of(Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        return Arrays.asList((Object) null);
    }

    /** The refusal of {@code record} rebuilt with component {@code index} set to {@code bad}, or null. */
    private static InvalidInputException refusal(Record record, int index, Object bad) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? bad : value(record, components[i]);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.newInstance(values);
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                return invalid;
            }
            throw new AssertionError(components[index].getName() + " = " + bad + " of "
                    + record.getClass().getSimpleName() + " failed without naming a key", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
