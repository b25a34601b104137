package org.isfsim.experiment.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes factor values as the text that goes into a design point and its CSV column: plain
 * decimal notation (never an exponent), no trailing zeros, whole numbers without a decimal point
 * ({@code "600"}, {@code "0.1"}, {@code "2"}). Sampled real values keep at most
 * {@link #SIGNIFICANT_DIGITS} significant digits, rounded half-even, so the same double always
 * gives the same text on every platform.
 */
public final class DecimalText {

    /** Significant digits kept when a sampled real value is written. */
    public static final int SIGNIFICANT_DIGITS = 10;

    private static final MathContext SAMPLED = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private DecimalText() {
    }

    /** The exact decimal {@code value} without trailing zeros or exponent, e.g. 0.10 → "0.1", 6E+2 → "600". */
    public static String of(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** A finite double rounded to {@value #SIGNIFICANT_DIGITS} significant digits, written as {@link #of(BigDecimal)}. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a factor value");
        }
        return of(new BigDecimal(value, SAMPLED));
    }

    /** A whole number, e.g. "600" or "-3". */
    public static String of(long value) {
        return Long.toString(value);
    }
}
