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
import org.isfsim.output.ResultFolder;

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
     * Writes {@code sensitivity.csv} for a Sobol or a Morris design (see the class description).
     *
     * @param folder the sweep's output folder (holding runs.csv)
     * @param factorKeys the factors, in design order
     * @param replications runs per design point
     * @param seed the experiment's base seed: it seeds the bootstrap, and the Morris trajectories are remade
     *        from it
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

    /** Sobol indices, {@code metric, factor, S1, S1_ci_low, S1_ci_high, ST, ST_ci_low, ST_ci_high}. */
    public static void write(Path folder, List<String> factorKeys, int replications, long seed) throws IOException {
        Runs runs = Runs.read(folder, replications);
        int k = factorKeys.size();
        if (runs.points() % SobolSaltelli.blockSize(k) != 0) {
            throw new IllegalStateException("runs.csv has " + runs.points() + " design points, not a whole number of "
                    + "Saltelli blocks of " + SobolSaltelli.blockSize(k));
        }
        MersenneTwisterFast random = bootstrapRandom(seed);
        writeAtomically(folder, "metric,factor,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high", out -> {
            for (String metric : runs.metrics()) {
                double[] outputs = runs.pointMeans(metric);
                if (SobolIndices.usableBlocks(outputs, k) < 2) {
                    continue;
                }
                for (SobolIndex index : SobolIndices.compute(metric, factorKeys, outputs, BOOTSTRAP, random)) {
                    row(out, CsvFormat.text(index.metric()), CsvFormat.text(index.factor()),
                            CsvFormat.decimal(index.s1()), CsvFormat.decimal(index.s1Low()),
                            CsvFormat.decimal(index.s1High()), CsvFormat.decimal(index.st()),
                            CsvFormat.decimal(index.stLow()), CsvFormat.decimal(index.stHigh()));
                }
            }
        });
    }

    /** Morris's effects, {@code metric, factor, mu, mu_star, mu_star_ci_low, mu_star_ci_high, sigma, trajectories}. */
    private static void writeMorris(Path folder, List<String> factorKeys, int replications, long seed,
            MorrisScreening morris) throws IOException {
        Runs runs = Runs.read(folder, replications);
        int k = factorKeys.size();
        List<MorrisScreening.Trajectory> trajectories = morris.unitTrajectories(k, ExperimentDesign.randomFor(seed));
        if (runs.points() != trajectories.size() * (k + 1)) {
            throw new IllegalStateException("runs.csv has " + runs.points() + " design points, not "
                    + trajectories.size() + " trajectories of " + (k + 1));
        }
        MersenneTwisterFast random = bootstrapRandom(seed);
        writeAtomically(folder, "metric,factor,mu,mu_star,mu_star_ci_low,mu_star_ci_high,sigma,trajectories", out -> {
            for (String metric : runs.metrics()) {
                for (MorrisIndex index : MorrisIndices.compute(metric, factorKeys, runs.pointMeans(metric),
                        trajectories, BOOTSTRAP, random)) {
                    row(out, CsvFormat.text(index.metric()), CsvFormat.text(index.factor()),
                            CsvFormat.decimal(index.mu()), CsvFormat.decimal(index.muStar()),
                            CsvFormat.decimal(index.muStarLow()), CsvFormat.decimal(index.muStarHigh()),
                            CsvFormat.decimal(index.sigma()), Integer.toString(index.trajectories()));
                }
            }
        });
    }

    /** The bootstrap's own generator, from the experiment's seed (apart from the designs' stream). */
    private static MersenneTwisterFast bootstrapRandom(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x5EB5});
    }

    /** The rows of the file, written after its header. */
    @FunctionalInterface
    private interface Rows {
        void write(BufferedWriter out) throws IOException;
    }

    /** Writes {@code sensitivity.csv} under a temporary name and renames it when whole. */
    private static void writeAtomically(Path folder, String header, Rows rows) throws IOException {
        Path part = folder.resolve(FILE + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            rows.write(out);
        }
        Files.move(part, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void row(BufferedWriter out, String... fields) throws IOException {
        out.write(String.join(",", fields));
        out.write('\n');
    }

    /**
     * A sweep's runs.csv: its run-level metric columns and its rows, replications of a design point together.
     *
     * @param metrics the columns after {@code status}
     * @param records the rows, in run order
     * @param replications runs per design point
     */
    private record Runs(List<String> metrics, List<CSVRecord> records, int replications) {
        static Runs read(Path folder, int replications) throws IOException {
            List<CSVRecord> records = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(folder.resolve(ResultFolder.RUNS), StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(reader)) {
                List<String> header = parser.getHeaderNames();
                parser.forEach(records::add);
                return new Runs(header.subList(header.indexOf("status") + 1, header.size()), records, replications);
            }
        }

        int points() {
            return records.size() / replications;
        }

        double[] pointMeans(String column) {
            return SensitivityReport.pointMeans(records, column, points(), replications);
        }
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
