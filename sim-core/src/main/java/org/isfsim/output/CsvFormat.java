package org.isfsim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isfsim.model.metrics.MetricKind;

/**
 * How numbers and text are written to CSV: counts as whole numbers, real values rounded half-even
 * to six decimals from their exact binary value (so the text is the same on every JVM), {@code .}
 * as the decimal mark, a value not measured (NaN) as an empty field, and RFC 4180 quoting where a
 * field needs it.
 */
public final class CsvFormat {
    public static final int DECIMALS = 6;

    private CsvFormat() {
    }

    public static String number(double value, MetricKind kind) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (kind == MetricKind.COUNT || kind == MetricKind.FLAG) {
            return Long.toString(Math.round(value));
        }
        return decimal(value);
    }

    public static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** A text field, quoted when it holds a comma, a quote or a line break. */
    public static String text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
