package org.isfsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.metrics.Milestone;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    /** Three days of casualties 2, 5, 1 and held shares 0.5, 0.5, 0.6. */
    private static MetricsTable threeDays() {
        MetricsTable table = new MetricsTable(2);
        double[][] values = {{2, 0.5}, {5, 0.5}, {1, 0.6}};
        for (int day = 0; day < 3; day++) {
            double[] row = table.rowFor(day);
            row[Metric.CIVILIAN_CASUALTIES.ordinal()] = values[day][0];
            row[Metric.IDF_HELD_SHARE.ordinal()] = values[day][1];
        }
        return table;
    }

    @Test
    void aFlowHasATotalAndEveryMetricAMaximum() {
        List<String> columns = RunSummary.columns(List.of(Metric.CIVILIAN_CASUALTIES, Metric.IDF_HELD_SHARE));
        assertEquals(List.of("final_civilian_casualties", "mean_civilian_casualties", "total_civilian_casualties",
                "max_civilian_casualties", "final_idf_held_share", "mean_idf_held_share", "max_idf_held_share",
                "day_idf_extension"), columns);
        MetricsTable table = threeDays();
        assertEquals(List.of("1", "2.666667", "8", "5", "0.6", "0.533333", "0.6", "2"),
                RunSummary.values(table, List.of(Metric.CIVILIAN_CASUALTIES, Metric.IDF_HELD_SHARE)));
        assertEquals(8, RunSummary.value(table, "total_civilian_casualties"));
        assertEquals(5, RunSummary.value(table, "max_civilian_casualties"));
    }

    @Test
    void aStockHasNoTotal() {
        assertFalse(RunSummary.columns().contains("total_idf_held_share"));
        assertTrue(RunSummary.columns().contains("total_isf_casualties"));
    }

    @Test
    void aMilestoneCanWaitForARiseAboveTheStart() {
        MetricsTable table = threeDays();
        assertEquals(2, Milestone.risingAbove("x", Metric.IDF_HELD_SHARE, 1.0).firstDay(table));
        assertEquals(-1, Milestone.risingAbove("x", Metric.IDF_HELD_SHARE, 1.5).firstDay(table));
        assertEquals(1, Milestone.reaching("x", Metric.CIVILIAN_CASUALTIES, 5).firstDay(table));
        assertEquals(2, Milestone.fallingTo("x", Metric.CIVILIAN_CASUALTIES, 0.5).firstDay(table));
    }
}
