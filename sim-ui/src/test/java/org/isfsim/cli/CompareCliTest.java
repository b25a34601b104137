package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.isfsim.analysis.compare.ComparisonReport;
import org.isfsim.charts.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim compare} and {@code isf-sim chart}, in-process: output files, exit codes, one-line errors. */
class CompareCliTest {
    @TempDir
    Path tmp;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private static CliRun ok(String... args) {
        CliRun result = cli(args);
        assertEquals(0, result.exit(), () -> Arrays.toString(args) + ": " + result.err());
        return result;
    }

    /** A bad input: exit 2 and exactly one line on stderr, holding each of {@code expected}. */
    private static String refused(String[] args, String... expected) {
        CliRun result = cli(args);
        assertEquals(2, result.exit(), () -> Arrays.toString(args) + ": " + result.err());
        String err = result.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertTrue(err.startsWith("isf-sim " + args[0] + ": "), err);
        for (String part : expected) {
            assertTrue(err.contains(part), "'" + part + "' in " + err);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertEquals("", result.out());
        return err;
    }

    private static String[] args(Object... parts) {
        return Stream.of(parts).map(Object::toString).toArray(String[]::new);
    }

    /**
     * A result folder written by hand in the layout isf-sim writes: runs with factor columns
     * {@code force.troopsPerSector} and {@code coordination.unifiedCommand}, metric {@code police_deployed}
     * every 10 days to day 30.
     */
    private static Path sweep(Path parent, String name, int[] troops, boolean[] unified, double[] level) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        StringBuilder runs = new StringBuilder("run,scenario,replication,seed,force.troopsPerSector,"
                + "coordination.unifiedCommand,status,final_police_deployed,mean_police_deployed,day_police_5000\n");
        StringBuilder series = new StringBuilder("run,scenario,replication,seed,force.troopsPerSector,"
                + "coordination.unifiedCommand,day,date,police_deployed,secured_share\n");
        for (int i = 0; i < troops.length; i++) {
            int run = i + 1;
            String id = run + ",draft-resolution," + run + "," + (1000 + run) + "," + troops[i] + "," + unified[i];
            runs.append(id).append(",ok,").append(level[i] * 30).append(',').append(level[i] * 15).append(",\n");
            for (int day = 0; day <= 30; day += 10) {
                series.append(id).append(',').append(day).append(",2025-10-").append(10 + day % 20).append(',')
                        .append(level[i] * day).append(',').append(level[i] / 100).append('\n');
            }
        }
        Files.writeString(folder.resolve("runs.csv"), runs, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("timeseries.csv"), series, StandardCharsets.UTF_8);
        return folder;
    }

    private Path sweep() throws IOException {
        return sweep(tmp, "sweep", new int[] {2000, 2000, 2000, 4000, 4000, 4000, 2000, 4000},
                new boolean[] {true, true, false, true, true, false, false, false},
                new double[] {1.0, 1.2, 0.9, 2.0, 2.4, 2.2, 1.1, 2.1});
    }

    private Path folder(String name, double... levels) throws IOException {
        int[] troops = new int[levels.length];
        boolean[] unified = new boolean[levels.length];
        Arrays.fill(troops, 4000);
        return sweep(tmp, name, troops, unified, levels);
    }

    @Test
    void comparesTwoFoldersToStdout() throws IOException {
        Path a = folder("a", 1, 1.1, 0.9, 1.05);
        Path b = folder("b", 2, 2.2, 1.9, 2.1, 2.05);
        CliRun result = ok("compare", a.toString(), b.toString());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("# Comparison of result sets\n"), result.out());
        assertTrue(result.out().contains("## `b` vs `a`"));
        // a's final_police_deployed = 30, 33, 27, 31.5: mean 30.375, sd √(19.6875/3) = 2.5617,
        // t(0.975, 3) = 3.182446, half-width 3.182446·2.5617/2 = 4.0763 -> [26.30, 34.45]
        assertTrue(result.out().contains("| `final_police_deployed` | 30.38 [26.3, 34.45] |"), result.out());
        assertTrue(result.out().contains("- `day_police_5000`: a has 0 values in 4 runs"), result.out());
        assertFalse(Files.exists(Path.of("report.md")));
    }

    @Test
    void writesReportCsvAndChartsWithOut() throws IOException {
        Path a = folder("a", 1, 1.1, 0.9, 1.05);
        Path b = folder("b", 2, 2.2, 1.9, 2.1, 2.05);
        Path out = tmp.resolve("cmp");
        CliRun result = ok("compare", a.toString(), b.toString(), "--metric", "police_deployed", "--at-day", "10,30",
                "--out", out.toString());
        assertEquals("isf-sim compare: 2 sets, 4 metrics compared, 0 skipped -> " + out
                + " (report.md, comparison.csv, 2 charts in charts/)\n", result.out());
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(1 + 4 * 2, csv.size());
        assertTrue(csv.get(5).startsWith("police_deployed,10,a,4,10.125,"), csv.get(5));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| `police_deployed` on day 30 |"));
        assertTrue(report.contains("![charts/daily-police_deployed.png](charts/daily-police_deployed.png)"));
        for (String chart : List.of("charts/daily-police_deployed.png", "charts/box-police_deployed.png")) {
            BufferedImage image = ImageIO.read(out.resolve(chart).toFile());
            assertEquals(900, image.getWidth());
            assertEquals(500, image.getHeight());
        }
        byte[] before = Files.readAllBytes(out.resolve("comparison.csv"));
        ok("compare", a.toString(), b.toString(), "--metric", "police_deployed", "--at-day", "30,10", "--out",
                out.toString(), "--no-charts");
        assertArrayEquals(before, Files.readAllBytes(out.resolve("comparison.csv")), "same inputs, same bytes");
    }

    @Test
    void groupByComparesTheGroupsOfASweepFolder() throws IOException {
        Path out = tmp.resolve("groups");
        ok("compare", sweep().toString(), "--group-by", "force.troopsPerSector", "--at-day", "30", "--out",
                out.toString());
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        // troopsPerSector=2000: runs 1, 2, 3, 7 with final 30, 36, 27, 33: mean 31.5, sd √(45/3) = 3.872983,
        // half-width t(0.975, 3)·sd/2 = 3.182446·3.872983/2 = 6.162781
        assertTrue(csv.contains("final_police_deployed,,force.troopsPerSector=2000,4,31.5,3.872983,25.337219,37.662781"
                + ",,,,,,,,"), String.join("\n", csv));
        String row = csv.stream().filter(l -> l.startsWith("final_police_deployed,,force.troopsPerSector=4000,4,")).findFirst()
                .orElseThrow();
        assertTrue(row.startsWith("final_police_deployed,,force.troopsPerSector=4000,4,65.25,") && row.contains(",33.75,"),
                row + ": runs 4, 5, 6, 8 with final 60, 72, 66, 63; diff 65.25 − 31.5");
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## `force.troopsPerSector=4000` vs `force.troopsPerSector=2000`"));
        assertTrue(report.contains("| `final_police_deployed` |") && report.contains(ComparisonReport.UP), report);
        assertTrue(Files.exists(out.resolve("charts/daily-police_deployed.png")));

        CliRun byUnified = ok("compare", sweep().toString(), "--group-by", "coordination.unifiedCommand");
        assertTrue(byUnified.out().contains("`coordination.unifiedCommand=true` (reference)"), byUnified.out());
    }

    @Test
    void eachKindOfBadInputIsOneLineAndExitTwo() throws IOException {
        Path a = folder("a", 1, 1.1, 0.9);
        Path b = folder("b", 2, 2.2, 1.9);
        Path missing = tmp.resolve("nope");
        refused(args("compare", a, missing), missing + ": no such folder");

        Path noRuns = Files.createDirectories(tmp.resolve("noruns"));
        refused(args("compare", a, noRuns), noRuns.resolve("runs.csv") + ": no such file");

        Path text = Files.createDirectories(tmp.resolve("text"));
        Files.writeString(text.resolve("runs.csv"), "run,status,final_police_deployed\n1,ok,3\n2,ok,three\n");
        refused(args("compare", a, text), text.resolve("runs.csv") + ": line 3, column 'final_police_deployed': 'three'"
                + " is not a number");

        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("runs.csv"), "run,status,final_police_deployed\n1,ok,3\n2,failed: x,\n");
        refused(args("compare", a, one), one.resolve("runs.csv") + ": 1 run with status ok (1 failed); allowed: at "
                + "least 2 runs");

        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("runs.csv"), "run,status,final_y\n1,ok,3\n2,ok,4\n");
        refused(args("compare", a, other), "no metric common to all sets", other.resolve("runs.csv") + " has final_y");

        Path noDays = Files.createDirectories(tmp.resolve("nodays"));
        Files.copy(a.resolve("runs.csv"), noDays.resolve("runs.csv"));
        refused(args("compare", a, noDays, "--at-day", "10"), noDays.resolve("timeseries.csv") + ": no such file");

        Path badSeries = Files.createDirectories(tmp.resolve("badseries"));
        Files.copy(a.resolve("runs.csv"), badSeries.resolve("runs.csv"));
        Files.writeString(badSeries.resolve("timeseries.csv"), Files.readString(a.resolve("timeseries.csv"))
                .replaceFirst(",10,2025-10-20,10.0,", ",10,2025-10-20,ten,"));
        refused(args("compare", a, badSeries, "--at-day", "10"), badSeries.resolve("timeseries.csv")
                + ": line 3, column 'police_deployed': 'ten' is not a number");

        refused(args("compare", a, b, "--metric", "nosuch"), "--metric 'nosuch'", "allowed: police_deployed");
        refused(args("compare", a), "given 1 folder; allowed: two or more result folders");
        refused(args("compare", a, "--group-by", "nosuch"), "'nosuch' is not a factor column; allowed: "
                + "force.troopsPerSector, coordination.unifiedCommand");
        refused(args("compare", a, "--group-by", "force.troopsPerSector"), "every run with status ok has "
                + "force.troopsPerSector=4000");
        refused(args("compare", a, b, "--group-by", "force.troopsPerSector"), "allowed: exactly one result folder");
        refused(args("compare", a, b, "--at-day", "-3"), "--at-day", "allowed: a whole number 0..36500");
        assertFalse(Files.exists(tmp.resolve("report.md")));
    }

    @Test
    void chartDrawsOnePanelPerMetricForAnyFolders() throws IOException {
        Path a = folder("a", 1, 1.1, 0.9);
        Path b = folder("b", 2, 2.2, 1.9);
        Path png = tmp.resolve("out/chart.png");
        CliRun result = ok("chart", a.toString(), b.toString(), "--metric", "police_deployed", "--metric",
                "secured_share", "--out", png.toString());
        assertEquals("isf-sim chart: 2 metrics x 2 sets -> " + png + " (1000 x 680)\n", result.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(ChartCommand.MARGIN_HEIGHT + 2 * ChartCommand.PANEL_HEIGHT, image.getHeight());
        assertTrue(countColour(image, Palette.color(1).getRGB()) > 100, "b's lines drawn");

        Path grouped = tmp.resolve("grouped.png");
        ok("chart", sweep().toString(), "--group-by", "coordination.unifiedCommand", "--metric", "police_deployed",
                "--out", grouped.toString(), "--width", "500", "--height", "300");
        BufferedImage small = ImageIO.read(grouped.toFile());
        assertEquals(500, small.getWidth());
        assertEquals(300, small.getHeight());
    }

    private static int countColour(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void chartRefusesBadInputOnOneLine() throws IOException {
        Path a = folder("a", 1, 1.1, 0.9);
        refused(args("chart", a, "--metric", "nosuch", "--out", tmp.resolve("x.png")), "--metric 'nosuch'",
                "allowed: police_deployed, secured_share");
        refused(args("chart", tmp.resolve("nope"), "--metric", "police_deployed"), "no such folder");
        Path noSeries = Files.createDirectories(tmp.resolve("noseries"));
        Files.copy(a.resolve("runs.csv"), noSeries.resolve("runs.csv"));
        refused(args("chart", noSeries, "--metric", "police_deployed", "--out", tmp.resolve("y.png")),
                noSeries.resolve("timeseries.csv") + ": no such file");
        refused(args("chart", a, "--metric", "police_deployed", "--out", tmp), "is a folder");
        refused(args("chart", a), "Missing required option: '--metric");
        refused(args("chart", a, "--metric", "police_deployed", "--width", "5"), "--width");
    }

    /** End to end: two scenarios run for a few days, then compared on a day and charted. */
    @Test
    void comparesRealRuns() throws IOException {
        Path base = tmp.resolve("base");
        Path early = tmp.resolve("early");
        ok("run", "--days", "20", "--replications", "3", "--seed", "1", "--threads", "1", "--out", base.toString());
        ok("run", "-s", "immediate-deployment", "--days", "20", "--replications", "3", "--seed", "1", "--threads", "1",
                "--out", early.toString());
        Path out = tmp.resolve("cmp");
        ok("compare", base.toString(), early.toString(), "--metric", "isf_troops", "--metric", "legitimacy",
                "--at-day", "20", "--out", out.toString());
        List<String> rows = new ArrayList<>(Files.readAllLines(out.resolve("comparison.csv")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("isf_troops,20,early,3,")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("final_legitimacy,,base,3,")), String.join("\n", rows));
        assertTrue(Files.exists(out.resolve("charts/daily-legitimacy.png")));
    }
}
