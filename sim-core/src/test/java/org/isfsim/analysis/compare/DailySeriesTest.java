package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily means with 95% bands across runs, read from timeseries.csv for the set's ok runs only. */
class DailySeriesTest {
    @TempDir
    Path tmp;

    static final String RUNS = """
            run,scenario,replication,seed,f,status,final_a
            1,s,1,1,x,ok,1
            2,s,2,2,x,ok,2
            3,s,3,3,x,ok,3
            4,s,4,4,y,failed: boom,
            5,s,5,5,y,ok,5
            6,s,6,6,y,ok,6
            """;
    static final String SERIES = """
            run,scenario,replication,seed,f,day,date,a,b
            1,s,1,1,x,0,2025-10-10,0.2,1
            1,s,1,1,x,1,2025-10-11,1,
            2,s,2,2,x,0,2025-10-10,0.5,1
            2,s,2,2,x,1,2025-10-11,2,
            3,s,3,3,x,0,2025-10-10,0.35,1
            3,s,3,3,x,1,2025-10-11,3,
            4,s,4,4,y,0,2025-10-10,99,1
            5,s,5,5,y,0,2025-10-10,10,1
            6,s,6,6,y,0,2025-10-10,20,1
            """;

    /**
     * Day 0 of runs 1–3: a = 0.2, 0.5, 0.35; SciPy {@code stats.t.interval(0.95, 2, loc=0.35,
     * scale=stats.sem([0.2, 0.5, 0.35]))} = (−0.022620656762549596, 0.7226206567625495).
     */
    @Test
    void bandMatchesScipyAndSkipsFailedRuns() {
        List<ResultSet> groups = ResultSet.read(Folders.folder(tmp, "f", RUNS, SERIES)).groupBy("f");
        List<DailySeries> series = DailySeries.read(groups, List.of("a", "b", "nosuch"), Set.of(0));
        DailyBand x = series.get(0).band("a");
        assertArrayEquals(new int[] {0, 1}, x.days());
        assertArrayEquals(new long[] {3, 3}, x.n());
        assertEquals(0.35, x.mean()[0], 1e-12);
        assertEquals(-0.022620656762549596, x.low()[0], 1e-9);
        assertEquals(0.7226206567625495, x.high()[0], 1e-9);
        assertEquals(2, x.mean()[1], 1e-12);

        DailyBand y = series.get(1).band("a");
        assertArrayEquals(new int[] {0}, y.days());
        assertEquals(15, y.mean()[0], 1e-12);
        assertArrayEquals(new double[] {10, 20}, series.get(1).valuesOn("a", 0));
        assertArrayEquals(new double[] {0.2, 0.5, 0.35}, series.get(0).valuesOn("a", 0));

        DailyBand b = series.get(0).band("b");
        assertArrayEquals(new int[] {0}, b.days(), "empty fields are not measured");
        assertEquals(1, b.low()[0]);
        assertNull(series.get(0).band("nosuch"));
        assertFalse(series.get(0).has("nosuch"));
        assertTrue(series.get(0).hasDay(1));
        assertFalse(series.get(1).hasDay(1));
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        ResultSet set = ResultSet.read(Folders.folder(tmp, "nots", RUNS, null));
        DailySeries series = DailySeries.read(List.of(set), List.of("a"), Set.of()).get(0);
        assertFalse(series.fileFound());
        assertNull(series.band("a"));
    }

    @Test
    void aNonNumericDayOrValueNamesTheLine() {
        String bad = SERIES.replace("3,s,3,3,x,1,2025-10-11,3,", "3,s,3,3,x,1.5,2025-10-11,3,");
        ResultSet set = ResultSet.read(Folders.folder(tmp, "bad", RUNS, bad));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DailySeries.read(List.of(set), List.of("a"), Set.of()));
        assertTrue(e.getMessage().endsWith("timeseries.csv: line 7, column 'day': '1.5' is not a number; allowed: a "
                + "whole number"), e.getMessage());
    }
}
