package org.isfsim.analysis.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isfsim.InvalidInputException;
import org.isfsim.output.CsvFormat;

/**
 * Writes a {@link Comparison}: {@code comparison.csv}, one row per metric (and day) and set, with the
 * columns {@link #COLUMNS} (numbers as {@link CsvFormat} writes them; {@code day} empty for run-level
 * metrics; the comparison columns empty for the reference), and {@code report.md}, a Markdown table per
 * compared set that a person reads, its numbers rounded from the CSV's text ({@link ReportNumbers}).
 * Same comparison, same bytes.
 */
public final class ComparisonReport {
    public static final String CSV = "comparison.csv";
    public static final String MARKDOWN = "report.md";
    public static final List<String> COLUMNS = List.of("metric", "day", "set", "n", "mean", "sd", "ci_low", "ci_high",
            "diff", "diff_ci_low", "diff_ci_high", "p_welch", "p_mann_whitney", "p_holm", "hedges_g", "cliffs_delta");
    public static final String UP = "↑";
    public static final String DOWN = "↓";

    private final Comparison comparison;

    public ComparisonReport(Comparison comparison) {
        this.comparison = comparison;
    }

    /** The CSV fields of one set's row of a metric, in {@link #COLUMNS} order. */
    public static List<String> fields(Comparison.MetricRows metric, Comparison.SetRow row) {
        List<String> fields = new ArrayList<>(COLUMNS.size());
        SampleSummary s = row.summary();
        fields.add(CsvFormat.text(metric.metric()));
        fields.add(metric.day() == null ? "" : Integer.toString(metric.day()));
        fields.add(CsvFormat.text(row.set()));
        fields.add(Long.toString(s.n()));
        fields.add(CsvFormat.decimal(s.mean()));
        fields.add(CsvFormat.decimal(s.sd()));
        fields.add(CsvFormat.decimal(s.ciLow()));
        fields.add(CsvFormat.decimal(s.ciHigh()));
        TwoSampleComparison c = row.vsReference();
        if (c == null) {
            for (int i = 0; i < 8; i++) {
                fields.add("");
            }
        } else {
            fields.add(CsvFormat.decimal(c.diff()));
            fields.add(CsvFormat.decimal(c.diffLow()));
            fields.add(CsvFormat.decimal(c.diffHigh()));
            fields.add(CsvFormat.decimal(c.pWelch()));
            fields.add(CsvFormat.decimal(c.pMannWhitney()));
            fields.add(CsvFormat.decimal(row.pHolm()));
            fields.add(CsvFormat.decimal(c.hedgesG()));
            fields.add(CsvFormat.decimal(c.cliffsDelta()));
        }
        return fields;
    }

    /** The whole of comparison.csv. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", COLUMNS)).append('\n');
        for (Comparison.MetricRows metric : comparison.metrics()) {
            for (Comparison.SetRow row : metric.rows()) {
                out.append(String.join(",", fields(metric, row))).append('\n');
            }
        }
        return out.toString();
    }

    /** The Markdown report, without a charts section. */
    public String markdown() {
        return markdown(List.of());
    }

    /**
     * The Markdown report.
     *
     * @param charts chart files to link at the end, as paths relative to the report
     */
    public String markdown(List<String> charts) {
        List<ResultSet> sets = comparison.sets();
        ResultSet reference = comparison.reference();
        StringBuilder out = new StringBuilder();
        out.append("# Comparison of result sets\n\n");
        out.append("| set | folder | runs compared | runs left out (status not ok) |\n");
        out.append("|---|---|--:|--:|\n");
        for (int s = 0; s < sets.size(); s++) {
            ResultSet set = sets.get(s);
            out.append("| ").append(code(set.name())).append(s == 0 ? " (reference)" : "").append(" | ")
                    .append(code(set.folder().toString())).append(set.group() == null ? "" : ", runs with " + code(set.group()))
                    .append(" | ").append(set.runIds().size()).append(" | ").append(set.excluded()).append(" |\n");
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Each set's mean with its %d%% confidence interval (Student t); the "
                + "difference from the reference (set − reference) with its %d%% Welch interval; two-sided p-values of "
                + "Welch's t-test and the Mann–Whitney U test (normal approximation); p Holm: Welch's p adjusted by "
                + "Holm's method over the %d comparisons in this report that have one; effect sizes Hedges' g and "
                + "Cliff's δ. %s / %s: the set is higher / lower than the reference with adjusted p < %s. %s: not "
                + "defined (Welch's test and g when neither set varies). "
                + "A mean over fewer runs than the set has (empty fields) shows its n. "
                + "Exact values: comparison.csv.\n",
                Math.round(SampleSummary.CONFIDENCE * 100), Math.round(SampleSummary.CONFIDENCE * 100),
                comparison.family(), UP, DOWN, CsvFormat.decimal(Comparison.ALPHA), ReportNumbers.UNDEFINED));
        for (int s = 1; s < sets.size(); s++) {
            ResultSet set = sets.get(s);
            out.append("\n## ").append(code(set.name())).append(" vs ").append(code(reference.name())).append("\n\n");
            out.append("| metric | ").append(code(reference.name())).append(" mean [95% CI] | ").append(code(set.name()))
                    .append(" mean [95% CI] | difference [95% CI] | p Welch | p Mann–Whitney | p Holm | Hedges' g | "
                            + "Cliff's δ | |\n");
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|\n");
            for (Comparison.MetricRows metric : comparison.metrics()) {
                out.append(tableRow(metric, s)).append('\n');
            }
        }
        if (!comparison.notes().isEmpty()) {
            out.append("\n## Skipped\n\n");
            comparison.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        }
        if (!charts.isEmpty()) {
            out.append("\n## Charts\n\n");
            charts.forEach(c -> out.append("![").append(c).append("](").append(c).append(")\n"));
        }
        return out.toString();
    }

    /** One line of a set's table: the metric's reference and set cells, rounded from the CSV fields. */
    public String tableRow(Comparison.MetricRows metric, int setIndex) {
        Comparison.SetRow referenceRow = metric.rows().get(0);
        Comparison.SetRow row = metric.rows().get(setIndex);
        List<String> ref = fields(metric, referenceRow);
        List<String> f = fields(metric, row);
        String label = code(metric.metric()) + (metric.day() == null ? "" : " on day " + metric.day());
        String arrow = switch (row.significantDirection()) {
            case 1 -> UP;
            case -1 -> DOWN;
            default -> "";
        };
        return "| " + label + " | " + meanCell(ref, comparison.sets().get(0)) + " | "
                + meanCell(f, comparison.sets().get(setIndex)) + " | " + ReportNumbers.signed(f.get(8)) + " "
                + interval(f.get(9), f.get(10)) + " | " + ReportNumbers.p(f.get(11)) + " | " + ReportNumbers.p(f.get(12))
                + " | " + ReportNumbers.p(f.get(13)) + " | " + ReportNumbers.value(f.get(14)) + " | "
                + ReportNumbers.value(f.get(15)) + " | " + arrow + " |";
    }

    private static String meanCell(List<String> f, ResultSet set) {
        String cell = ReportNumbers.value(f.get(4)) + " " + interval(f.get(6), f.get(7));
        long n = Long.parseLong(f.get(3));
        return n < set.runIds().size() ? cell + " (n=" + n + ")" : cell;
    }

    private static String interval(String low, String high) {
        return "[" + ReportNumbers.value(low) + ", " + ReportNumbers.value(high) + "]";
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    /** Writes comparison.csv and report.md to {@code folder} (created if needed), each whole or not at all. */
    public void write(Path folder, List<String> charts) {
        try {
            Files.createDirectories(folder);
            writeWhole(folder.resolve(CSV), csv());
            writeWhole(folder.resolve(MARKDOWN), markdown(charts));
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot write the report (" + e.getMessage() + ")", e);
        }
    }

    private static void writeWhole(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
