package org.isfsim.analysis.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the Markdown report shows a number: rounded from the very text written to comparison.csv, so
 * the report and the CSV never disagree. Values of 1000 or more are shown as whole numbers, others to
 * four significant digits; p-values to three significant digits, and below 0.0001 as {@code <0.0001}.
 * An empty field (not defined) is shown as an en dash.
 */
public final class ReportNumbers {
    public static final String UNDEFINED = "–";
    private static final MathContext VALUE_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final MathContext P_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal SMALLEST_P = new BigDecimal("0.0001");

    private ReportNumbers() {
    }

    /** A value, from its comparison.csv text. */
    public static String value(String csvText) {
        if (csvText.isEmpty()) {
            return UNDEFINED;
        }
        BigDecimal x = new BigDecimal(csvText);
        BigDecimal rounded = x.abs().compareTo(THOUSAND) >= 0 ? x.setScale(0, RoundingMode.HALF_EVEN) : x.round(VALUE_DIGITS);
        return plain(rounded);
    }

    /** A difference: as {@link #value}, with a plus sign when positive. */
    public static String signed(String csvText) {
        String text = value(csvText);
        return !text.equals(UNDEFINED) && new BigDecimal(csvText).signum() > 0 ? "+" + text : text;
    }

    /** A p-value, from its comparison.csv text. */
    public static String p(String csvText) {
        if (csvText.isEmpty()) {
            return UNDEFINED;
        }
        BigDecimal x = new BigDecimal(csvText);
        if (x.compareTo(SMALLEST_P) < 0) {
            return "<0.0001";
        }
        return plain(x.round(P_DIGITS));
    }

    private static String plain(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
    }
}
