package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim precision}: each mean's interval and the runs needed, from a result folder's runs.csv. */
class PrecisionCliTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderGetsARowPerMetricWithTheRunsNeeded() throws Exception {
        Path dir = tmp.resolve("base");
        assertEquals(0, CliRun.of("run", "--days", "60", "--replications", "6", "--seed", "2", "--quiet", "--out",
                dir.toString()).exit());
        CliRun r = CliRun.of("precision", dir.toString(), "--metric", "legitimacy,incidents", "--relative-error", "0.01");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(List.of("final_legitimacy", "mean_legitimacy", "max_legitimacy", "final_incidents",
                "mean_incidents", "total_incidents", "max_incidents"),
                rows.stream().map(l -> l.substring(3, l.indexOf('`', 3))).toList());
        String legitimacy = rows.get(1);
        assertTrue(legitimacy.startsWith("| `mean_legitimacy` | `base` | 6 | "), legitimacy);
        assertTrue(legitimacy.endsWith(" | ✓ |") || legitimacy.endsWith(" | more runs |"), legitimacy);
        assertTrue(r.out().contains("runs for ±1 %"), r.out());
        assertTrue(r.out().contains("means need more runs for ±1 %") || r.out().contains("Every mean"), r.out());
    }

    @Test
    void dailyValuesOnADayAreIncludedWithAtDay() {
        Path dir = tmp.resolve("days");
        assertEquals(0, CliRun.of("run", "--days", "20", "--replications", "4", "--quiet", "--out", dir.toString()).exit());
        CliRun r = CliRun.of("precision", dir.toString(), "--metric", "legitimacy", "--at-day", "10,20");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(5, rows.size(), r.out());
        assertTrue(rows.get(3).startsWith("| `legitimacy` on day 10 | `days` | 4 | "), rows.get(3));
        assertTrue(rows.get(4).startsWith("| `legitimacy` on day 20 | `days` | 4 | "), rows.get(4));
    }

    @Test
    void badInputIsOneLineAndStatus2() {
        CliRun range = CliRun.of("precision", tmp.toString(), "--relative-error", "1.5");
        assertEquals(IsfSim.INPUT_ERROR, range.exit());
        assertEquals("isf-sim precision: --relative-error: 1.5 is out of range; allowed: above 0 and below 1 (0.05 for"
                + " 5 %)", range.err().strip());
        CliRun missing = CliRun.of("precision", tmp.resolve("nosuch").toString());
        assertEquals(IsfSim.INPUT_ERROR, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(Files.notExists(tmp.resolve("nosuch")));
    }
}
