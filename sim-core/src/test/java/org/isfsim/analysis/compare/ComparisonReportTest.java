package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** comparison.csv and report.md: columns, the reference's empty comparison, Holm over all, determinism, round trip. */
class ComparisonReportTest {
    @TempDir
    Path tmp;

    private Path reference;
    private Path other;

    /** runs.csv with final_x (the data of {@link TwoSampleComparisonTest}), mean_x, and a daily metric a. */
    private static Path folder(Path parent, String name, double[] finals, double shift, String extraColumn) {
        StringBuilder runs = new StringBuilder("run,scenario,replication,seed,status,final_x,mean_x"
                + (extraColumn == null ? "" : "," + extraColumn) + "\n");
        StringBuilder series = new StringBuilder("run,scenario,replication,seed,day,date,a\n");
        for (int i = 0; i < finals.length; i++) {
            runs.append(i + 1).append(",s,").append(i + 1).append(',').append(i).append(",ok,").append(finals[i])
                    .append(',').append(finals[i] / 2 + shift * (i % 2)).append(extraColumn == null ? "" : ",1")
                    .append('\n');
            series.append(i + 1).append(",s,").append(i + 1).append(',').append(i).append(",0,2025-10-10,")
                    .append(finals[i] * 10).append('\n');
            series.append(i + 1).append(",s,").append(i + 1).append(',').append(i).append(",30,2025-11-09,")
                    .append(i % 3).append('\n');
        }
        return Folders.folder(parent, name, runs.toString(), series.toString());
    }

    @BeforeEach
    void folders() {
        reference = folder(tmp, "ref", TwoSampleComparisonTest.Y, 0, null);
        other = folder(tmp, "other", TwoSampleComparisonTest.X, 0.3, "only_here");
    }

    private static Comparison compare(List<Path> folders, List<String> metrics, List<Integer> days) {
        List<ResultSet> sets = ResultSets.load(folders, null, 2);
        MetricSelection selection = MetricSelection.resolve(sets, metrics, !days.isEmpty());
        List<DailySeries> series = DailySeries.read(sets, selection.dailyMetrics(), Set.copyOf(days));
        return Comparison.of(sets, selection, days, series);
    }

    private static List<Map<String, String>> rows(String csv) {
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            assertEquals(header.length, fields.length, lines[i]);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], fields[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void csvHasTheContractColumnsAndTheReferenceRowHasNoComparison() {
        Comparison comparison = compare(List.of(reference, other), List.of(), List.of(0));
        String csv = new ComparisonReport(comparison).csv();
        assertEquals("metric,day,set,n,mean,sd,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_welch,p_mann_whitney,"
                + "p_holm,hedges_g,cliffs_delta", csv.substring(0, csv.indexOf('\n')));
        List<Map<String, String>> rows = rows(csv);
        assertEquals(6, rows.size(), "final_x, mean_x and a on day 0, two sets each");
        Map<String, String> ref = rows.get(0);
        assertEquals("final_x", ref.get("metric"));
        assertEquals("", ref.get("day"));
        assertEquals("ref", ref.get("set"));
        assertEquals("7", ref.get("n"));
        assertEquals("10.914286", ref.get("mean"));
        for (String column : List.of("diff", "diff_ci_low", "diff_ci_high", "p_welch", "p_mann_whitney", "p_holm",
                "hedges_g", "cliffs_delta")) {
            assertEquals("", ref.get(column), column);
        }
        Map<String, String> x = rows.get(1);
        assertEquals("other", x.get("set"));
        assertEquals("2.419048", x.get("diff"));
        assertEquals("0.984143", x.get("diff_ci_low"));
        assertEquals("3.853952", x.get("diff_ci_high"));
        assertEquals("0.004384", x.get("p_welch"));
        assertEquals("0.004662", x.get("p_mann_whitney"));
        assertEquals("2.060316", x.get("hedges_g"));
        assertEquals("0.904762", x.get("cliffs_delta"));
        Map<String, String> daily = rows.get(5);
        assertEquals("a", daily.get("metric"));
        assertEquals("0", daily.get("day"));
        assertEquals("24.190476", daily.get("diff"), "ten times final_x's difference");
    }

    @Test
    void holmAdjustsWelchPOverAllMetricsAndDays() {
        Comparison comparison = compare(List.of(reference, other), List.of(), List.of(0, 30));
        List<Double> p = new ArrayList<>();
        List<Double> adjusted = new ArrayList<>();
        for (Comparison.MetricRows metric : comparison.metrics()) {
            Comparison.SetRow row = metric.rows().get(1);
            p.add(row.vsReference().pWelch());
            adjusted.add(row.pHolm());
        }
        assertEquals(4, p.size(), "final_x, mean_x, a on day 0, a on day 30");
        assertEquals(4, comparison.family());
        double[] expected = Holm.adjust(p.stream().mapToDouble(Double::doubleValue).toArray());
        assertArrayEquals(expected, adjusted.stream().mapToDouble(Double::doubleValue).toArray(), 0);
        assertTrue(adjusted.get(0) > p.get(0));
    }

    @Test
    void sameInputsSameBytes() throws IOException {
        Path out1 = tmp.resolve("out1");
        Path out2 = tmp.resolve("out2");
        new ComparisonReport(compare(List.of(reference, other), List.of(), List.of(0, 30))).write(out1, List.of());
        new ComparisonReport(compare(List.of(reference, other), List.of(), List.of(30, 0))).write(out2, List.of());
        for (String file : List.of(ComparisonReport.CSV, ComparisonReport.MARKDOWN)) {
            assertArrayEquals(Files.readAllBytes(out1.resolve(file)), Files.readAllBytes(out2.resolve(file)), file);
        }
        assertTrue(Files.readString(out1.resolve(ComparisonReport.MARKDOWN), StandardCharsets.UTF_8)
                .startsWith("# Comparison of result sets\n"));
    }

    /** Every number in the report's table is the CSV's number, rounded as {@link ReportNumbers} says. */
    @Test
    void reportRoundTripsItsNumbersFromTheCsv() {
        Path third = folder(tmp, "third", new double[] {10, 10.5, 11, 12, 9.5}, 1, null);
        Comparison comparison = compare(List.of(reference, other, third), List.of(), List.of(0, 30));
        ComparisonReport report = new ComparisonReport(comparison);
        List<Map<String, String>> rows = rows(report.csv());
        String markdown = report.markdown();
        int checked = 0;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `") || line.contains("(reference)") || line.contains("/")) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
            String metric = cells[0].substring(1, cells[0].indexOf('`', 1));
            String day = cells[0].contains(" on day ") ? cells[0].substring(cells[0].lastIndexOf(' ') + 1) : "";
            Map<String, String> ref = find(rows, metric, day, "ref");
            String setName = comparedSetOf(markdown, line);
            Map<String, String> row = find(rows, metric, day, setName);
            assertEquals(mean(ref), cells[1], line);
            assertEquals(mean(row), cells[2], line);
            assertEquals(ReportNumbers.signed(row.get("diff")) + " [" + ReportNumbers.value(row.get("diff_ci_low")) + ", "
                    + ReportNumbers.value(row.get("diff_ci_high")) + "]", cells[3], line);
            assertEquals(ReportNumbers.p(row.get("p_welch")), cells[4], line);
            assertEquals(ReportNumbers.p(row.get("p_mann_whitney")), cells[5], line);
            assertEquals(ReportNumbers.p(row.get("p_holm")), cells[6], line);
            assertEquals(ReportNumbers.value(row.get("hedges_g")), cells[7], line);
            assertEquals(ReportNumbers.value(row.get("cliffs_delta")), cells[8], line);
            boolean significant = !row.get("p_holm").isEmpty() && Double.parseDouble(row.get("p_holm")) < 0.05;
            String arrow = !significant ? "" : Double.parseDouble(row.get("diff")) > 0 ? ComparisonReport.UP
                    : ComparisonReport.DOWN;
            assertEquals(arrow, cells[9], line);
            checked++;
        }
        assertEquals(2 * 4, checked, "four metric rows in each of two tables");
        assertTrue(markdown.contains("## `other` vs `ref`") && markdown.contains("## `third` vs `ref`"));
    }

    private static String mean(Map<String, String> row) {
        return ReportNumbers.value(row.get("mean")) + " [" + ReportNumbers.value(row.get("ci_low")) + ", "
                + ReportNumbers.value(row.get("ci_high")) + "]";
    }

    /** The set of the table a line is in: the last "## `set` vs" heading above it. */
    private static String comparedSetOf(String markdown, String line) {
        String before = markdown.substring(0, markdown.indexOf(line));
        String heading = before.substring(before.lastIndexOf("## `") + 4);
        return heading.substring(0, heading.indexOf('`'));
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String metric, String day, String set) {
        return rows.stream().filter(r -> r.get("metric").equals(metric) && r.get("day").equals(day)
                && r.get("set").equals(set)).findFirst().orElseThrow(() -> new AssertionError(metric + day + set));
    }

    @Test
    void aColumnMissingFromOneSetIsReportedAndSkipped() {
        Comparison comparison = compare(List.of(other, reference), List.of(), List.of());
        assertEquals(List.of("final_x", "mean_x"), comparison.metrics().stream().map(Comparison.MetricRows::metric)
                .toList());
        assertEquals(1, comparison.notes().size());
        assertTrue(comparison.notes().get(0).startsWith("`only_here`: not in " + reference.resolve("runs.csv")),
                comparison.notes().get(0));
        assertTrue(new ComparisonReport(comparison).markdown().contains("## Skipped\n\n- `only_here`: not in "));
    }

    @Test
    void aDayMissingFromOneSetIsReportedAndSkipped() {
        Comparison comparison = compare(List.of(reference, other), List.of("a"), List.of(30, 45));
        assertEquals(1, comparison.metrics().size());
        assertEquals(30, comparison.metrics().get(0).day());
        assertTrue(comparison.notes().contains("day 45: no row for that day in the timeseries.csv of ref, other; skipped"),
                comparison.notes().toString());
    }

    @Test
    void metricNamesSelectTheirRunLevelColumns() {
        Comparison comparison = compare(List.of(reference, other), List.of("x"), List.of());
        assertEquals(List.of("final_x", "mean_x"), comparison.metrics().stream().map(Comparison.MetricRows::metric)
                .toList());
        comparison = compare(List.of(reference, other), List.of("mean_x"), List.of());
        assertEquals(List.of("mean_x"), comparison.metrics().stream().map(Comparison.MetricRows::metric).toList());
    }

    @Test
    void anUnknownMetricOrNothingInCommonIsAMistake() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> compare(List.of(reference, other), List.of("nosuch"), List.of()));
        assertEquals("--metric 'nosuch': no set has it in runs.csv; allowed: x", e.getMessage());
        Path elsewhere = Folders.folder(tmp, "elsewhere", Folders.runs("final_y", 1, 2, 3), null);
        e = assertThrows(InvalidInputException.class, () -> compare(List.of(reference, elsewhere), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("no metric common to all sets: " + reference.resolve("runs.csv")
                + " has final_x, mean_x; " + elsewhere.resolve("runs.csv") + " has final_y"), e.getMessage());
        Path emptyValues = Folders.folder(tmp, "empties", "run,status,final_x,mean_x\n1,ok,,\n2,ok,,\n", null);
        e = assertThrows(InvalidInputException.class, () -> compare(List.of(reference, emptyValues), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("nothing left to compare: final_x: empties has 0 values in 2 runs (empty "
                + "fields); needs at least 2 in every set; skipped (and 1 more skipped)"), e.getMessage());
    }

    @Test
    void reportNumbersRoundFromTheCsvText() {
        assertEquals("22379", ReportNumbers.value("22378.731343"));
        assertEquals("-1592", ReportNumbers.value("-1592.5"), "half-even");
        assertEquals("0.1235", ReportNumbers.value("0.123456"));
        assertEquals("0.000123", ReportNumbers.value("0.000123"));
        assertEquals("0", ReportNumbers.value("0"));
        assertEquals("+2.419", ReportNumbers.signed("2.419048"));
        assertEquals("-0.5", ReportNumbers.signed("-0.5"));
        assertEquals(ReportNumbers.UNDEFINED, ReportNumbers.value(""));
        assertEquals("<0.0001", ReportNumbers.p("0.000012"));
        assertEquals("<0.0001", ReportNumbers.p("0"));
        assertEquals("0.00438", ReportNumbers.p("0.004384"));
        assertEquals("1", ReportNumbers.p("1"));
    }
}
