package org.isfsim.model.params;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isfsim.InvalidInputException;

/** Range checks used by the parameter records' compact constructors; each failure names the key. */
final class Check {
    private Check() {
    }

    static int range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %d is out of range; allowed %d..%d", key, value, min, max), bareKey(key), null);
        }
        return value;
    }

    static long range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %d is out of range; allowed %d..%d", key, value, min, max), bareKey(key), null);
        }
        return value;
    }

    static double range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %s is out of range; allowed %s..%s", key, value, min, max), bareKey(key), null);
        }
        return value;
    }

    /** The key without a trailing " (nation)" qualifier, for locating it in a file. */
    static String bareKey(String key) {
        int paren = key.indexOf(" (");
        return paren < 0 ? key : key.substring(0, paren);
    }

    static <T> T present(String key, T value) {
        if (value == null) {
            throw new InvalidInputException(key + ": missing; a value is required", bareKey(key), null);
        }
        return value;
    }

    /** A list with no missing entries (a YAML {@code - null} or {@code [null]}). */
    static <T> List<T> entries(String key, List<T> list) {
        present(key, list);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidInputException(key + "." + i + ": missing; every entry needs a value",
                        key + "." + i, null);
            }
        }
        return List.copyOf(list);
    }

    static String name(String key, String value) {
        present(key, value);
        if (value.isBlank()) {
            throw new InvalidInputException(key + ": must not be blank", bareKey(key), null);
        }
        return value;
    }

    static void notBefore(String key, LocalDate value, String otherKey, LocalDate other) {
        if (value.isBefore(other)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %s is before %s (%s); allowed: on or after it", key, value, otherKey, other), bareKey(key), null);
        }
    }
}
