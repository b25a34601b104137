package org.isfsim.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a whole-number option within a range, so a bad value is refused while parsing with a line
 * that says what is allowed ("'x' is not allowed; allowed: a whole number 1..100000").
 */
abstract class BoundedInt implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    BoundedInt(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Integer convert(String value) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw refused(value);
        }
        if (parsed < min || parsed > max) {
            throw refused(value);
        }
        return parsed;
    }

    private TypeConversionException refused(String value) {
        return new TypeConversionException(String.format(Locale.ROOT, "'%s' is not allowed; allowed: a whole number %d..%d",
                value, min, max));
    }

    /** {@code --days}: 1 to 100 years. */
    static final class Days extends BoundedInt {
        Days() {
            super(1, RunCommand.MAX_DAYS);
        }
    }

    /** {@code --replications}. */
    static final class Replications extends BoundedInt {
        Replications() {
            super(1, RunCommand.MAX_REPLICATIONS);
        }
    }

    /** {@code --threads}. */
    static final class Threads extends BoundedInt {
        Threads() {
            super(1, RunCommand.MAX_THREADS);
        }
    }
}
