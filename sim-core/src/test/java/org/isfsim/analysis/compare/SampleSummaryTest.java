package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Means with Student-t intervals, against SciPy 1.17.1:
 * {@code stats.t.interval(0.95, n - 1, loc=mean, scale=stats.sem(values))} and
 * {@code numpy.std(values, ddof=1)}.
 */
class SampleSummaryTest {
    @Test
    void meanSdAndIntervalMatchScipy() {
        SampleSummary x = SampleSummary.of(TwoSampleComparisonTest.X);
        assertEquals(6, x.n());
        assertEquals(13.333333333333336, x.mean(), 1e-12);
        assertEquals(1.312503968247969, x.sd(), 1e-12);
        assertEquals(11.95594489154901, x.ciLow(), 1e-9);
        assertEquals(14.710721775117662, x.ciHigh(), 1e-9);

        SampleSummary y = SampleSummary.of(TwoSampleComparisonTest.Y);
        assertEquals(10.914285714285713, y.mean(), 1e-12);
        assertEquals(0.8668497975016037, y.sd(), 1e-12);
        assertEquals(10.112583364635997, y.ciLow(), 1e-9);
        assertEquals(11.715988063935429, y.ciHigh(), 1e-9);
    }

    @Test
    void streamedStatisticsGiveTheSameSummary() {
        SummaryStatistics streamed = new SummaryStatistics();
        for (double v : TwoSampleComparisonTest.X) {
            streamed.addValue(v);
        }
        SampleSummary a = SampleSummary.of(streamed);
        SampleSummary b = SampleSummary.of(TwoSampleComparisonTest.X);
        assertEquals(b.mean(), a.mean(), 1e-12);
        assertEquals(b.ciLow(), a.ciLow(), 1e-12);
        assertEquals(b.ciHigh(), a.ciHigh(), 1e-12);
    }

    @Test
    void criticalValuesOfStudentsT() {
        // scipy: stats.t.ppf(0.975, [1, 2, 5, 9, 29])
        assertEquals(12.70620474, SampleSummary.tQuantile(1), 1e-7);
        assertEquals(4.30265273, SampleSummary.tQuantile(2), 1e-7);
        assertEquals(2.57058184, SampleSummary.tQuantile(5), 1e-7);
        assertEquals(2.26215716, SampleSummary.tQuantile(9), 1e-7);
        assertEquals(2.04522964, SampleSummary.tQuantile(29), 1e-7);
    }

    @Test
    void oneValueHasNoIntervalAndNoSpreadAZeroWidthOne() {
        SampleSummary one = SampleSummary.of(new double[] {4});
        assertEquals(4, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        SampleSummary flat = SampleSummary.of(new double[] {2, 2, 2});
        assertEquals(0, flat.sd());
        assertEquals(2, flat.ciLow());
        assertEquals(2, flat.ciHigh());
    }
}
