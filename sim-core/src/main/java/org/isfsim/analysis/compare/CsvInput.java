package org.isfsim.analysis.compare;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isfsim.InvalidInputException;

/**
 * Opens a tidy CSV file (a header line, then rows) for comparison and reads its fields strictly: a
 * number is plain decimal text ({@code 12}, {@code -0.5}, {@code 1e-3}); an empty field, {@code NA} or
 * {@code NaN} (what R and pandas write for a missing value) is "not measured"; anything else is a
 * mistake in the file, reported on one line naming the file, the row and the column.
 */
final class CsvInput {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private CsvInput() {
    }

    /**
     * Opens {@code file} with its header read (a UTF-8 byte-order mark is skipped). The caller closes
     * the parser.
     */
    static CSVParser open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file; allowed: a result folder holding runs.csv and "
                    + "timeseries.csv in the layout isf-sim run writes");
        }
        try {
            Reader reader = skipByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            CSVParser parser = FORMAT.parse(reader);
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new InvalidInputException(file + ": empty; allowed: a header line, then one row per run");
            }
            return parser;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e);
        }
    }

    /** The header of {@code file}. */
    static List<String> header(Path file) {
        try (CSVParser parser = open(file)) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static InvalidInputException unreadable(Path file, Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InvalidInputException(file + ": unreadable CSV (" + reason + "); allowed: comma-separated, "
                + "one header line, RFC 4180 quoting", e);
    }

    /** Fails unless the record has as many fields as the header. */
    static void requireWhole(Path file, CSVRecord record, int columns) {
        if (record.size() != columns) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: line %d has %d fields, the header has %d; "
                    + "allowed: every row with one field per column", file, line(record), record.size(), columns));
        }
    }

    /** The line of the file a record starts on (the header is line 1). */
    static long line(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    /** A field as a number; NaN when it is empty or says "not available". */
    static double number(Path file, CSVRecord record, String column) {
        String text = record.get(column).strip();
        if (text.isEmpty() || text.equals("NA") || text.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw notNumber(file, record, column, text, "a number or an empty field");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw notNumber(file, record, column, text, "a finite number or an empty field");
        }
        return value;
    }

    /** A field as a whole number (a day). */
    static int wholeNumber(Path file, CSVRecord record, String column) {
        String text = record.get(column).strip();
        if (!WHOLE.matcher(text).matches() || text.length() > 10) {
            throw notNumber(file, record, column, text, "a whole number");
        }
        long value = Long.parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw notNumber(file, record, column, text, "a whole number");
        }
        return (int) value;
    }

    private static InvalidInputException notNumber(Path file, CSVRecord record, String column, String text,
            String allowed) {
        return new InvalidInputException(String.format(Locale.ROOT, "%s: line %d, column '%s': '%s' is not a number; "
                + "allowed: %s", file, line(record), column, text, allowed));
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
