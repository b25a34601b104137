package org.isfsim.experiment.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.InvalidInputException;

/**
 * One factor of a sweep: the parameter it varies (a dotted key such as
 * {@code force.battalionSize}) and the values it may take. A factor is given either as explicit
 * {@link Levels}, as an evenly stepped {@link Range} (both usable by every design), or as
 * continuous {@link Bounds} to be sampled (Latin hypercube, Sobol/Saltelli). Values are handed on
 * as text, exactly as they will be written to the parameter and to the CSV column, so that a
 * design never loses precision or changes the spelling of an enum name or a date.
 */
public sealed interface FactorSpec permits FactorSpec.Levels, FactorSpec.Range, FactorSpec.Bounds {

    /** The most levels a {@link Range} may expand to; more is almost certainly a typo in the step. */
    int MAX_LEVELS = 100_000;

    /** The dotted parameter key, e.g. {@code force.battalionSize}; also the CSV column name. */
    String key();

    /** Whether the parameter takes whole numbers only; its values are then written without a decimal point. */
    boolean integer();

    /**
     * Explicit values, already as text: numbers, booleans, enum names, dates…
     *
     * <p>{@link #integer()} is derived: true when every value is written as a whole number
     * ({@code "600"}, {@code "-3"}).
     *
     * @param key the dotted parameter key
     * @param values the values, in the order the design should use them; at least one
     */
    record Levels(String key, List<String> values) implements FactorSpec {

        public Levels {
            requireKey(key);
            if (values == null || values.isEmpty()) {
                throw new InvalidInputException(key + ": values must list at least one value", key, null);
            }
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw new InvalidInputException(key + ": values must not be empty, got " + values, key, null);
                }
            }
            values = List.copyOf(values);
        }

        @Override
        public boolean integer() {
            return values.stream().allMatch(v -> v.matches("[+-]?\\d+"));
        }
    }

    /**
     * Evenly stepped values {@code from, from + step, …} up to and including {@code to} when it
     * is reached exactly; computed in exact decimal arithmetic, so 0.1 … 0.3 step 0.1 gives
     * exactly "0.1", "0.2", "0.3".
     *
     * @param key the dotted parameter key
     * @param from the first value
     * @param to the upper limit (inclusive); at least {@code from}
     * @param step the positive increment
     * @param integer whether the parameter is a whole number; from, to and step must then be whole
     */
    record Range(String key, BigDecimal from, BigDecimal to, BigDecimal step, boolean integer) implements FactorSpec {

        public Range {
            requireKey(key);
            if (from == null || to == null || step == null) {
                throw new InvalidInputException(key + ": a range needs from, to and step", key, null);
            }
            if (step.signum() <= 0) {
                throw new InvalidInputException(key + ": step must be > 0, got " + step.toPlainString(), key, null);
            }
            if (from.compareTo(to) > 0) {
                throw new InvalidInputException(key + ": from must be <= to, got from " + from.toPlainString()
                        + " and to " + to.toPlainString(), key, null);
            }
            if (integer && !(isWhole(from) && isWhole(to) && isWhole(step))) {
                throw new InvalidInputException(key + " is a whole number: from, to and step must be whole numbers, got "
                        + from.toPlainString() + ", " + to.toPlainString() + ", " + step.toPlainString(), key, null);
            }
            BigDecimal count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            if (count.compareTo(BigDecimal.valueOf(MAX_LEVELS)) > 0) {
                throw new InvalidInputException(key + ": from " + from.toPlainString() + " to " + to.toPlainString()
                        + " step " + step.toPlainString() + " gives " + count.toPlainString()
                        + " levels; at most " + MAX_LEVELS + " are allowed", key, null);
            }
        }

        /** How many levels the range has. */
        public int levelCount() {
            return to.subtract(from).divide(step, 0, RoundingMode.FLOOR).intValueExact() + 1;
        }

        /** The levels as text without trailing zeros: from, from + step, … ≤ to. */
        public List<String> levels() {
            int count = levelCount();
            List<String> levels = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                levels.add(DecimalText.of(from.add(step.multiply(BigDecimal.valueOf(i)))));
            }
            return List.copyOf(levels);
        }

        private static boolean isWhole(BigDecimal value) {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    /**
     * A continuous interval {@code [min, max]} for the sampled designs, which draw u ∈ [0, 1)
     * and turn it into a value with {@link #value(double)}.
     *
     * @param key the dotted parameter key
     * @param min the lower bound, finite
     * @param max the upper bound, finite, at least {@code min}
     * @param integer whether the parameter is a whole number; the interval must then contain one
     */
    record Bounds(String key, double min, double max, boolean integer) implements FactorSpec {

        /** Whole-number bounds must stay where doubles still represent every integer exactly. */
        private static final double MAX_WHOLE = 0x1p53;

        public Bounds {
            requireKey(key);
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new InvalidInputException(key + ": min and max must be finite numbers, got " + min + " and " + max,
                        key, null);
            }
            if (min > max) {
                throw new InvalidInputException(key + ": min must be <= max, got min " + DecimalText.of(min)
                        + " and max " + DecimalText.of(max), key, null);
            }
            if (integer) {
                if (Math.abs(min) > MAX_WHOLE || Math.abs(max) > MAX_WHOLE) {
                    throw new InvalidInputException(key + " is a whole number: min and max must lie within ±2^53", key,
                            null);
                }
                if (Math.ceil(min) > Math.floor(max)) {
                    throw new InvalidInputException(key + " is a whole number: [" + DecimalText.of(min) + ", "
                            + DecimalText.of(max) + "] contains none", key, null);
                }
            }
        }

        /**
         * The value at {@code u}: {@code min + u·(max − min)}; when {@link #integer()}, rounded to
         * the nearest whole number (halves up) and kept within [min, max]. Written as text by
         * {@link DecimalText}: whole numbers as "600", reals with at most 10 significant digits.
         *
         * <p>Rounding to the nearest whole number gives the two end values half the weight of the
         * others; that is deliberate, so the end points stay exactly min and max.
         *
         * @param u a position in [0, 1] (1 is accepted and gives max)
         * @throws IllegalArgumentException when u is outside [0, 1]
         */
        public String value(double u) {
            if (!(u >= 0.0 && u <= 1.0)) {
                throw new IllegalArgumentException(key + ": u must be in [0, 1], got " + u);
            }
            double x = Math.min(max, Math.max(min, min + u * (max - min)));
            if (integer) {
                double whole = Math.floor(x + 0.5);
                whole = Math.min(Math.floor(max), Math.max(Math.ceil(min), whole));
                return DecimalText.of((long) whole);
            }
            return DecimalText.of(x);
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("a factor needs a parameter key, e.g. force.battalionSize");
        }
    }
}
