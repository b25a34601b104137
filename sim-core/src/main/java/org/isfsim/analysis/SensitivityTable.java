package org.isfsim.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isfsim.InvalidInputException;

/**
 * A sweep's {@code sensitivity.csv} read back, metric by metric, each metric's factors ranked: by the
 * total-order index ST after a Sobol design, by μ* after a Morris design.
 *
 * @param morris whether the file holds Morris effects (else Sobol indices)
 * @param metrics each metric's rows, most influential factor first, in the file's order of metrics
 */
public record SensitivityTable(boolean morris, Map<String, List<Row>> metrics) {

    /**
     * One factor's figures for one metric: Sobol's S1 and ST with their intervals, or Morris's μ* with its
     * interval, μ and σ (the fields of the other design are NaN).
     */
    public record Row(String factor, double s1, double s1Low, double s1High, double st, double stLow, double stHigh,
            double mu, double muStar, double muStarLow, double muStarHigh, double sigma) {
        /** The figure the factors are ranked by: μ* or ST. */
        public double rank(boolean morris) {
            return morris ? muStar : st;
        }
    }

    /**
     * Reads {@code folder/sensitivity.csv}.
     *
     * @throws InvalidInputException when the folder has none, or the file is not one isf-sim wrote
     */
    public static SensitivityTable read(Path folder) {
        Path file = folder.resolve(SensitivityReport.FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(folder + ": no " + SensitivityReport.FILE + "; allowed: the folder of a sweep"
                    + " with a sobol or morris design");
        }
        List<String> header;
        List<CSVRecord> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            header = parser.getHeaderNames();
            parser.forEach(records::add);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
        boolean morris = header.contains("mu_star");
        if (!morris && !header.contains("ST")) {
            throw new InvalidInputException(file + ": columns " + header + " are neither Sobol's (S1, ST) nor Morris's"
                    + " (mu_star, sigma); allowed: a sensitivity.csv written by isf-sim sweep");
        }
        Map<String, List<Row>> metrics = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            Row row = morris
                    ? new Row(r.get("factor"), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            number(r, "mu"), number(r, "mu_star"), number(r, "mu_star_ci_low"),
                            number(r, "mu_star_ci_high"), number(r, "sigma"))
                    : new Row(r.get("factor"), number(r, "S1"), number(r, "S1_ci_low"), number(r, "S1_ci_high"),
                            number(r, "ST"), number(r, "ST_ci_low"), number(r, "ST_ci_high"), Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN);
            metrics.computeIfAbsent(r.get("metric"), m -> new ArrayList<>()).add(row);
        }
        Comparator<Row> byRank = Comparator.comparingDouble((Row row) -> {
            double rank = row.rank(morris);
            return Double.isNaN(rank) ? Double.NEGATIVE_INFINITY : rank;
        }).reversed();
        metrics.values().forEach(rows -> rows.sort(byRank));
        return new SensitivityTable(morris, metrics);
    }

    private static double number(CSVRecord record, String column) {
        String text = record.get(column);
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }
}
