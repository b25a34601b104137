package org.isfsim.model.params;

import java.time.LocalDate;
import java.util.Locale;
import org.isfsim.InvalidInputException;

/** Range checks used by the parameter records' compact constructors; each failure names the key. */
final class Check {
    private Check() {
    }

    static int range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %d is out of range; allowed %d..%d", key, value, min, max));
        }
        return value;
    }

    static long range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %d is out of range; allowed %d..%d", key, value, min, max));
        }
        return value;
    }

    static double range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %s is out of range; allowed %s..%s", key, value, min, max));
        }
        return value;
    }

    static <T> T present(String key, T value) {
        if (value == null) {
            throw new InvalidInputException(key + ": missing; a value is required");
        }
        return value;
    }

    static String name(String key, String value) {
        present(key, value);
        if (value.isBlank()) {
            throw new InvalidInputException(key + ": must not be blank");
        }
        return value;
    }

    static void notBefore(String key, LocalDate value, String otherKey, LocalDate other) {
        if (value.isBefore(other)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %s is before %s (%s); allowed: on or after it", key, value, otherKey, other));
        }
    }
}
