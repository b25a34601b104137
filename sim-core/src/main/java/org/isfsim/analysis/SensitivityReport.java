package org.isfsim.analysis;

import ec.util.MersenneTwisterFast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isfsim.experiment.design.ExperimentDesign;
import org.isfsim.experiment.design.MorrisScreening;
import org.isfsim.experiment.design.SobolSaltelli;
import org.isfsim.output.CsvFormat;
import org.isfsim.output.ResultWriter;

/**
 * After a Morris sweep, the elementary effects ({@link MorrisIndices}) of every run-level metric for every
 * factor; after a Sobol sweep, the first-order and total Sobol indices of every run-level metric in
 * {@code runs.csv} for every factor, with bootstrap 95% intervals, written to {@code sensitivity.csv}
 * ({@code metric, factor, S1, S1_ci_low, S1_ci_high, ST, ST_ci_low, ST_ci_high}). Each design point's
 * output is the mean of its replications; a point whose runs all failed drops its Saltelli block.
 */
public final class SensitivityReport {
    public static final String FILE = "sensitivity.csv";
    /** Bootstrap resamples for the intervals. */
    public static final int BOOTSTRAP = 500;

    private SensitivityReport() {
    }

    /**
     * @param folder the sweep's output folder (holding runs.csv)
     * @param factorKeys the factors, in design order
     * @param replications runs per design point
     * @param seed seeds the bootstrap, so the intervals are reproducible
     */
    /**
     * Writes {@code sensitivity.csv} for a Sobol or a Morris design: Sobol indices as below, or Morris's
     * {@code metric, factor, mu, mu_star, mu_star_ci_low, mu_star_ci_high, sigma, trajectories}.
     *
     * @param seed the experiment's base seed: the Morris trajectories are remade from it
     * @throws IllegalArgumentException for a design that gives no sensitivity indices
     */
    public static void write(Path folder, List<String> factorKeys, int replications, long seed, ExperimentDesign design)
            throws IOException {
        if (design instanceof SobolSaltelli) {
            write(folder, factorKeys, replications, seed);
        } else if (design instanceof MorrisScreening morris) {
            writeMorris(folder, factorKeys, replications, seed, morris);
        } else {
            throw new IllegalArgumentException(design.name() + " gives no sensitivity indices");
        }
    }

    /** Whether {@code design} is one whose sweep ends with {@code sensitivity.csv}. */
    public static boolean follows(ExperimentDesign design) {
        return design instanceof SobolSaltelli || design instanceof MorrisScreening;
    }

    private static void writeMorris(Path folder, List<String> factorKeys, int replications, long seed,
            MorrisScreening morris) throws IOException {
        List<String> header;
        List<CSVRecord> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(folder.resolve(ResultWriter.RUNS), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            header = parser.getHeaderNames();
            parser.forEach(records::add);
        }
        int k = factorKeys.size();
        List<MorrisScreening.Trajectory> trajectories = morris.unitTrajectories(k, ExperimentDesign.randomFor(seed));
        int points = records.size() / replications;
        if (points != trajectories.size() * (k + 1)) {
            throw new IllegalStateException("runs.csv has " + points + " design points, not " + trajectories.size()
                    + " trajectories of " + (k + 1));
        }
        List<String> metrics = header.subList(header.indexOf("status") + 1, header.size());
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x5EB5});
        Path part = folder.resolve(FILE + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            out.write("metric,factor,mu,mu_star,mu_star_ci_low,mu_star_ci_high,sigma,trajectories\n");
            for (String metric : metrics) {
                double[] outputs = pointMeans(records, metric, points, replications);
                for (MorrisIndex index : MorrisIndices.compute(metric, factorKeys, outputs, trajectories, BOOTSTRAP,
                        random)) {
                    out.write(String.join(",", CsvFormat.text(index.metric()), CsvFormat.text(index.factor()),
                            CsvFormat.decimal(index.mu()), CsvFormat.decimal(index.muStar()),
                            CsvFormat.decimal(index.muStarLow()), CsvFormat.decimal(index.muStarHigh()),
                            CsvFormat.decimal(index.sigma()), Integer.toString(index.trajectories())));
                    out.write('\n');
                }
            }
        }
        Files.move(part, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Sobol indices (see the class description). */
    public static void write(Path folder, List<String> factorKeys, int replications, long seed) throws IOException {
        List<String> header;
        List<CSVRecord> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(folder.resolve(ResultWriter.RUNS), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            header = parser.getHeaderNames();
            parser.forEach(records::add);
        }
        int points = records.size() / replications;
        int k = factorKeys.size();
        if (points % SobolSaltelli.blockSize(k) != 0) {
            throw new IllegalStateException("runs.csv has " + points + " design points, not a whole number of "
                    + "Saltelli blocks of " + SobolSaltelli.blockSize(k));
        }
        List<String> metrics = header.subList(header.indexOf("status") + 1, header.size());
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x5EB5});
        Path part = folder.resolve(FILE + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            out.write("metric,factor,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high\n");
            for (String metric : metrics) {
                double[] outputs = pointMeans(records, metric, points, replications);
                if (SobolIndices.usableBlocks(outputs, k) < 2) {
                    continue;
                }
                for (SobolIndex index : SobolIndices.compute(metric, factorKeys, outputs, BOOTSTRAP, random)) {
                    out.write(String.join(",", CsvFormat.text(index.metric()), CsvFormat.text(index.factor()),
                            CsvFormat.decimal(index.s1()), CsvFormat.decimal(index.s1Low()),
                            CsvFormat.decimal(index.s1High()), CsvFormat.decimal(index.st()),
                            CsvFormat.decimal(index.stLow()), CsvFormat.decimal(index.stHigh())));
                    out.write('\n');
                }
            }
        }
        Files.move(part, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The mean over each point's replications of a run-level column (NaN where all failed or empty). */
    private static double[] pointMeans(List<CSVRecord> records, String column, int points, int replications) {
        double[] means = new double[points];
        for (int p = 0; p < points; p++) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < replications; r++) {
                CSVRecord record = records.get(p * replications + r);
                String value = record.get(column);
                if (!"ok".equals(record.get("status")) || value.isEmpty()) {
                    continue;
                }
                sum += Double.parseDouble(value);
                n++;
            }
            means[p] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }
}
