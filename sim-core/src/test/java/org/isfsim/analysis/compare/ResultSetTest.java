package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading result folders: the layout, the ok runs, tidy CSV from elsewhere, and each kind of bad input. */
class ResultSetTest {
    @TempDir
    Path tmp;

    static final String SWEEP_RUNS = """
            run,scenario,replication,seed,force.troops,coordination.unified,status,final_x,mean_x,day_x_5
            1,s,1,11,2000,true,ok,1.5,1,
            2,s,2,12,2000,true,failed: boom,,,
            3,s,1,13,4000,true,ok,2.5,2,7
            4,s,2,14,4000,false,ok,3.5,3,8
            5,s,1,15,2000,false,ok,0.5,0.25,
            """;

    @Test
    void readsOkRunsFactorsAndMetrics() {
        ResultSet set = ResultSet.read(Folders.folder(tmp, "sweep", SWEEP_RUNS, null));
        assertEquals("sweep", set.name());
        assertEquals(List.of("force.troops", "coordination.unified"), set.factors());
        assertEquals(List.of("final_x", "mean_x", "day_x_5"), set.metrics());
        assertEquals(List.of("1", "3", "4", "5"), set.runIds());
        assertEquals(1, set.excluded());
        assertArrayEquals(new double[] {1.5, 2.5, 3.5, 0.5}, set.values("final_x"));
        assertArrayEquals(new double[] {7, 8}, set.presentValues("day_x_5"));
        assertTrue(Double.isNaN(set.values("day_x_5")[0]));
        assertTrue(set.timeseriesMetrics().isEmpty());
    }

    @Test
    void groupsByAFactorInOrderOfFirstAppearance() {
        List<ResultSet> groups = ResultSet.read(Folders.folder(tmp, "sweep", SWEEP_RUNS, null)).groupBy("force.troops");
        assertEquals(List.of("force.troops=2000", "force.troops=4000"), groups.stream().map(ResultSet::name).toList());
        assertEquals(List.of("1", "5"), groups.get(0).runIds());
        assertArrayEquals(new double[] {2.5, 3.5}, groups.get(1).values("final_x"));
        assertEquals("force.troops=4000", groups.get(1).group());
    }

    @Test
    void acceptsTidyCsvWithoutStatusWithNaAndAByteOrderMark() {
        String runs = "\uFEFFrun,mean_x,final_x\n1,NA,1\n2,2.5,1e-1\n3,NaN,-.5\n";
        ResultSet set = ResultSet.read(Folders.folder(tmp, "other-tool", runs, null));
        assertEquals(List.of("mean_x", "final_x"), set.metrics());
        assertTrue(set.factors().isEmpty());
        assertArrayEquals(new double[] {2.5}, set.presentValues("mean_x"));
        assertArrayEquals(new double[] {1, 0.1, -0.5}, set.values("final_x"));
    }

    @Test
    void readsTheDailyMetricColumns() {
        String series = "run,scenario,replication,seed,day,date,a,b\n1,s,1,1,0,2025-10-10,1,2\n";
        ResultSet set = ResultSet.read(Folders.folder(tmp, "x", Folders.runs("final_a", 1, 2), series));
        assertEquals(List.of("a", "b"), set.timeseriesMetrics().orElseThrow());
    }

    @Test
    void namesTheMissingFolderOrFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultSet.read(tmp.resolve("nope")));
        assertTrue(e.getMessage().startsWith(tmp.resolve("nope") + ": no such folder"), e.getMessage());
        Path empty = Folders.folder(tmp, "empty", null, null);
        e = assertThrows(InvalidInputException.class, () -> ResultSet.read(empty));
        assertTrue(e.getMessage().startsWith(empty.resolve("runs.csv") + ": no such file"), e.getMessage());
    }

    @Test
    void namesTheLineAndColumnOfANonNumericValue() {
        String runs = "run,status,final_x\n1,ok,1\n2,ok,12abc\n";
        Path folder = Folders.folder(tmp, "bad", runs, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultSet.read(folder));
        assertEquals(folder.resolve("runs.csv") + ": line 3, column 'final_x': '12abc' is not a number; allowed: a "
                + "number or an empty field", e.getMessage());
        Path infinite = Folders.folder(tmp, "inf", "run,status,final_x\n1,ok,Infinity\n", null);
        assertThrows(InvalidInputException.class, () -> ResultSet.read(infinite));
    }

    @Test
    void refusesRowsOfTheWrongLengthEmptyFilesAndBrokenQuoting() {
        Path shortRow = Folders.folder(tmp, "short", "run,status,final_x\n1,ok,1\n2,ok\n", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultSet.read(shortRow));
        assertTrue(e.getMessage().contains("line 3 has 2 fields, the header has 3"), e.getMessage());
        Path empty = Folders.folder(tmp, "emptyfile", "", null);
        e = assertThrows(InvalidInputException.class, () -> ResultSet.read(empty));
        assertTrue(e.getMessage().endsWith("runs.csv: empty; allowed: a header line, then one row per run"));
        Path quoting = Folders.folder(tmp, "quote", "run,status,final_x\n1,ok,\"1\n", null);
        e = assertThrows(InvalidInputException.class, () -> ResultSet.read(quoting));
        assertTrue(e.getMessage().contains("unreadable CSV"), e.getMessage());
        Path noRun = Folders.folder(tmp, "norun", "status,final_x\nok,1\n", null);
        e = assertThrows(InvalidInputException.class, () -> ResultSet.read(noRun));
        assertTrue(e.getMessage().contains("no 'run' column"), e.getMessage());
    }

    @Test
    void aSetNeedsTwoOkRuns() {
        String runs = "run,status,final_x\n1,ok,1\n2,failed: x,2\n";
        Path folder = Folders.folder(tmp, "one", runs, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultSet.read(folder).requireRuns(2));
        assertEquals(folder.resolve("runs.csv") + ": 1 run with status ok (1 failed); allowed: at least 2 runs in each "
                + "set to compare", e.getMessage());
    }

    @Test
    void groupByNeedsAFactorWithTwoValues() {
        ResultSet set = ResultSet.read(Folders.folder(tmp, "sweep", SWEEP_RUNS, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> set.groupBy("nosuch"));
        assertTrue(e.getMessage().endsWith("--group-by 'nosuch' is not a factor column; allowed: force.troops, "
                + "coordination.unified"), e.getMessage());
        String oneValue = "run,seed,f,status,final_x\n1,1,a,ok,1\n2,2,a,ok,2\n";
        ResultSet flat = ResultSet.read(Folders.folder(tmp, "flat", oneValue, null));
        e = assertThrows(InvalidInputException.class, () -> flat.groupBy("f"));
        assertTrue(e.getMessage().contains("every run with status ok has f=a"), e.getMessage());
    }

    @Test
    void foldersOfTheSameNameAreToldApart() {
        Path first = Folders.folder(tmp.resolve("one"), "results", Folders.runs("final_x", 1, 2), null);
        Path second = Folders.folder(tmp.resolve("two"), "results", Folders.runs("final_x", 3, 4), null);
        List<ResultSet> sets = ResultSets.load(List.of(first, second), null, 2);
        assertEquals(List.of(first.toString(), second.toString()), sets.stream().map(ResultSet::name).toList());
        assertFalse(sets.get(0).name().equals(sets.get(1).name()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResultSets.load(List.of(first, second), "f", 2));
        assertTrue(e.getMessage().contains("allowed: exactly one result folder"), e.getMessage());
    }
}
