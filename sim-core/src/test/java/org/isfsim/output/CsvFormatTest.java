package org.isfsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isfsim.model.metrics.MetricKind;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void countsAreWholeNumbersAndRealsHaveAtMostSixDecimals() {
        assertEquals("11000", CsvFormat.number(11_000.0, MetricKind.COUNT));
        assertEquals("1", CsvFormat.number(1.0, MetricKind.FLAG));
        assertEquals("0.377049", CsvFormat.number(23.0 / 61.0, MetricKind.QUANTITY));
        assertEquals("3", CsvFormat.number(3.0, MetricKind.QUANTITY));
        assertEquals("0", CsvFormat.number(-0.0, MetricKind.SHARE));
        assertEquals("0", CsvFormat.number(1e-9, MetricKind.SHARE));
        assertEquals("0.1", CsvFormat.number(0.1, MetricKind.SHARE));
        assertEquals("-2.5", CsvFormat.decimal(-2.5));
        assertEquals("123456789.123457", CsvFormat.decimal(123456789.1234567));
    }

    @Test
    void roundingIsHalfEvenOnTheExactBinaryValue() {
        // 0.0000005 is stored as slightly less than 5e-7, so it rounds down.
        assertEquals("0", CsvFormat.decimal(0.0000005));
        assertEquals("0.000002", CsvFormat.decimal(0.0000015));
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertEquals("baseline", CsvFormat.text("baseline"));
        assertEquals("\"failed: a, b\"", CsvFormat.text("failed: a, b"));
        assertEquals("\"say \"\"x\"\"\"", CsvFormat.text("say \"x\""));
    }
}
