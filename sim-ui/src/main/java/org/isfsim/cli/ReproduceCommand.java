package org.isfsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.ToolVersion;
import org.isfsim.analysis.SensitivityReport;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.ExperimentOutcome;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.LocalSweepEngine;
import org.isfsim.output.ResultFolder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isfsim.scenario.ManifestExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim reproduce DIR}: runs the experiment a results folder's manifest describes once more, into
 * another folder, and compares the files byte for byte. For a reviewer handed someone's results: exit
 * status 0 means this build reproduces them exactly; 1 names the first line of each file that differs.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the experiment in DIR/manifest.json again and compare the CSV files byte for byte "
                + "(exit 0: identical; 1: the first difference in each file).")
public final class ReproduceCommand implements Callable<Integer> {
    /** Characters of a differing line shown. */
    private static final int SHOWN = 120;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by isf-sim run or sweep.")
    private Path original;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the new run; default: DIR-reproduced.")
    private Path out;

    @Option(names = "--threads", paramLabel = "T", converter = BoundedInt.Threads.class,
            description = "Runs at once, 1.." + RunCommand.MAX_THREADS + "; default: the number of cores. Results do not depend on it.")
    private Integer threads;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        ManifestExperiment rebuilt = ManifestExperiment.read(original);
        Experiment experiment = rebuilt.experiment();
        List<String> files = new ArrayList<>(List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS));
        for (String file : files) {
            if (!Files.isRegularFile(original.resolve(file))) {
                throw new InvalidInputException(original + ": no " + file + " (did the run finish? an interrupted sweep"
                        + " is continued with 'isf-sim sweep FILE --resume --out " + original + "')");
            }
        }
        // sensitivity.csv is remade only after a design that writes it (a stray copy elsewhere is not compared).
        boolean sensitivity = Files.isRegularFile(original.resolve(SensitivityReport.FILE))
                && rebuilt.sensitivityDesign() != null;
        if (sensitivity) {
            files.add(SensitivityReport.FILE);
        }
        Path folder = out != null ? out : original.resolveSibling(original.getFileName() + "-reproduced");
        if (folder.toAbsolutePath().normalize().equals(original.toAbsolutePath().normalize())) {
            throw new InvalidInputException("--out " + out + ": is the folder being reproduced; allowed: another folder");
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "reproduce");
        provenance.put("reproducedFrom", original.toString());
        provenance.put("originalMadeBy", rebuilt.madeBy());
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExperimentOutcome outcome;
        try (Progress progress = Progress.open("isf-sim reproduce", experiment.runCount(), quiet)) {
            ExecutionOptions options = ExecutionOptions.threads(threadCount)
                    .with(ExecutionOptions.FolderMode.RESUMABLE).withProgress(progress).withProvenance(provenance);
            outcome = new LocalSweepEngine().execute(experiment, folder, options, null);
        }
        if (sensitivity) {
            SensitivityReport.write(folder, experiment.factorKeys(), experiment.replications(), experiment.baseSeed(),
                    rebuilt.sensitivityDesign());
        }

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "isf-sim reproduce: %d run%s of %s, first made by %s -> %s%n", outcome.runs(),
                outcome.runs() == 1 ? "" : "s", experiment.scenario(), rebuilt.madeBy(), folder);
        if (!rebuilt.version().equals(ToolVersion.version())) {
            stdout.printf(Locale.ROOT, "  note: this is isf-sim %s; another version may change the bytes%n",
                    ToolVersion.version());
        }
        boolean identical = true;
        for (String file : files) {
            String difference = firstDifference(original.resolve(file), folder.resolve(file));
            identical &= difference == null;
            stdout.printf(Locale.ROOT, "  %-16s %s%n", file, difference == null
                    ? "identical (" + Files.size(folder.resolve(file)) + " bytes)" : difference);
        }
        stdout.println(identical ? "reproduced to the byte" : "NOT reproduced: the files differ");
        stdout.flush();
        return identical ? 0 : 1;
    }

    /** Null when the two files hold the same bytes; else where they first part, line by line. */
    static String firstDifference(Path expected, Path actual) throws IOException {
        byte[] a = Files.readAllBytes(expected);
        byte[] b = Files.readAllBytes(actual);
        if (Arrays.equals(a, b)) {
            return null;
        }
        List<String> left = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> right = new String(b, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : null;
            String r = i < right.size() ? right.get(i) : null;
            if (l == null || r == null || !l.equals(r)) {
                String cell = i == 0 || l == null || r == null ? null : firstDifferentCell(left.get(0), l, r);
                return "differs from line " + (i + 1) + (cell != null ? ", " + cell
                        : ": was " + shown(l) + ", now " + shown(r));
            }
        }
        return "differs in line endings or a final newline (" + a.length + " vs " + b.length + " bytes)";
    }

    /**
     * The first cell of a CSV row that differs, named by its column, with the run and day the row is of
     * (e.g. {@code run 3, day 28, column incidents: was 1, now 0}); null if the rows cannot be split alike.
     */
    private static String firstDifferentCell(String headerLine, String was, String now) throws IOException {
        List<String> header = cells(headerLine);
        List<String> a = cells(was);
        List<String> b = cells(now);
        if (a.size() != header.size() || b.size() != header.size()) {
            return null;
        }
        StringBuilder where = new StringBuilder();
        for (String key : List.of("run", "day")) {
            int k = header.indexOf(key);
            if (k >= 0) {
                where.append(key).append(' ').append(a.get(k)).append(", ");
            }
        }
        for (int k = 0; k < header.size(); k++) {
            if (!a.get(k).equals(b.get(k))) {
                return where + "column " + header.get(k) + ": was " + shown(a.get(k)) + ", now " + shown(b.get(k));
            }
        }
        return null;
    }

    private static List<String> cells(String line) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
    }

    private static String shown(String line) {
        if (line == null) {
            return "(no such line)";
        }
        return "'" + (line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line) + "'";
    }
}
