package org.isfsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.isfsim.InvalidInputException;

/**
 * The protocol of a results folder (docs/sources.md#design-output-files), whatever the rows say: rows go to
 * {@code timeseries.csv.part} and {@code runs.csv.part}, a run's time series first and then its
 * {@code runs.csv} line, both flushed, so after a crash the {@code .part} files hold whole runs up to the
 * last {@code runs.csv} line. {@link #commit} renames the three files into place only when all are whole,
 * so an interrupted experiment never leaves a half-written file under a real name, nor replaces an
 * earlier result; {@link #resume} cuts the {@code .part} files back to the last whole run and appends.
 * The first field of every data row is its run number.
 */
public final class ResultFolder {
    public static final String TIMESERIES = "timeseries.csv";
    public static final String RUNS = "runs.csv";
    public static final String MANIFEST = Manifest.FILE;
    private static final String PART = ".part";

    private final Path folder;
    private final BufferedWriter timeseries;
    private final BufferedWriter runs;
    private final int resumedRuns;
    private final int resumedFailures;
    private boolean committed;

    private ResultFolder(Path folder, boolean append, int resumedRuns, int resumedFailures) throws IOException {
        this.folder = folder;
        this.resumedRuns = resumedRuns;
        this.resumedFailures = resumedFailures;
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        timeseries = Files.newBufferedWriter(part(TIMESERIES), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, mode);
        runs = Files.newBufferedWriter(part(RUNS), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, mode);
    }

    /** {@code results/<name>-<date-time>}: where a run or sweep goes without {@code --out}. */
    public static Path defaultFor(String name) {
        return Path.of("results", name + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
    }

    /**
     * Starts a new results folder (creating it): the manifest at once as {@code manifest.json.part}, so
     * that a later {@code --resume} can check it continues the same experiment, and the two header lines.
     */
    public static ResultFolder create(Path folder, Manifest manifest, String timeseriesHeader, String runsHeader) {
        try {
            Files.createDirectories(folder);
            manifest.write(folder.resolve(MANIFEST + PART));
            ResultFolder created = new ResultFolder(folder, false, 0, 0);
            created.append(timeseriesHeader + "\n", runsHeader + "\n");
            return created;
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot write the output folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Continues an interrupted experiment in {@code folder}: checks that its manifest describes the same
     * experiment (equal {@link Manifest#experiment() identities}), cuts the {@code .part} files back to the
     * last whole run, and appends from there. A folder holding a finished experiment is reopened from its
     * final files, which then stay in place until the new commit.
     *
     * @param failed tells a failed run's {@code runs.csv} line from a completed one's
     * @return the folder; {@link #resumedRuns()} says how many runs are already written
     */
    public static ResultFolder resume(Path folder, Manifest manifest, FailedRow failed) {
        try {
            Path manifestPart = folder.resolve(MANIFEST + PART);
            Path manifestFile = Files.exists(manifestPart) ? manifestPart : folder.resolve(MANIFEST);
            if (!Files.exists(manifestFile)) {
                throw new InvalidInputException(folder + ": nothing to resume (no manifest of an earlier sweep);"
                        + " allowed: --resume on a folder a sweep has written to, or no --resume");
            }
            Manifest earlier = Manifest.read(manifestFile);
            if (!manifest.experiment().equals(earlier.experiment())) {
                throw new InvalidInputException(folder + ": holds a different experiment (its manifest's experiment"
                        + " differs from this one's); allowed: --resume with the same scenario or"
                        + " experiment file, settings, seed and replications, or a new --out folder");
            }
            for (String name : List.of(TIMESERIES, RUNS, MANIFEST)) {
                Path part = folder.resolve(name + PART);
                if (!Files.exists(part) && Files.exists(folder.resolve(name))) {
                    Files.copy(folder.resolve(name), part);
                }
            }
            if (!Files.exists(folder.resolve(RUNS + PART)) || !Files.exists(folder.resolve(TIMESERIES + PART))) {
                throw new InvalidInputException(folder + ": nothing to resume (no runs.csv and timeseries.csv of an"
                        + " earlier sweep); allowed: --resume on a folder a sweep has written to, or no --resume");
            }
            int[] whole = truncateToWholeRuns(folder, failed);
            return new ResultFolder(folder, true, whole[0], whole[1]);
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot resume (" + e.getMessage() + ")", e);
        }
    }

    /** Tells whether a {@code runs.csv} line is that of a failed run. */
    @FunctionalInterface
    public interface FailedRow {
        boolean test(String runsLine);
    }

    /**
     * Cuts {@code runs.csv.part} after its last whole line and {@code timeseries.csv.part} after the
     * last row of that run; returns {runs kept, failed runs among them}.
     */
    private static int[] truncateToWholeRuns(Path folder, FailedRow failed) throws IOException {
        Path runsPart = folder.resolve(RUNS + PART);
        byte[] runBytes = Files.readAllBytes(runsPart);
        int end = lastNewline(runBytes) + 1;
        String text = new String(runBytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        int kept = 0;
        int failures = 0;
        int lastRun = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            kept++;
            lastRun = Integer.parseInt(lines[i].substring(0, lines[i].indexOf(',')));
            if (failed.test(lines[i])) {
                failures++;
            }
        }
        truncate(runsPart, end);
        Path seriesPart = folder.resolve(TIMESERIES + PART);
        byte[] series = Files.readAllBytes(seriesPart);
        long cut = 0;
        int lineStart = 0;
        for (int i = 0; i < series.length; i++) {
            if (series[i] == '\n') {
                if (lineStart == 0) {
                    cut = i + 1;
                } else {
                    int comma = indexOf(series, (byte) ',', lineStart, i);
                    int run = Integer.parseInt(
                            new String(series, lineStart, comma - lineStart, StandardCharsets.UTF_8));
                    if (run > lastRun) {
                        break;
                    }
                    cut = i + 1;
                }
                lineStart = i + 1;
            }
        }
        truncate(seriesPart, cut);
        return new int[] {kept, failures};
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    /**
     * Appends one run: its time-series rows (flushed), then its {@code runs.csv} line (flushed), each
     * ending in a newline.
     */
    public void append(CharSequence timeseriesRows, CharSequence runsLine) throws IOException {
        timeseries.append(timeseriesRows);
        timeseries.flush();
        runs.append(runsLine);
        runs.flush();
    }

    /** Runs already in the folder when it was resumed (0 for a new folder). */
    public int resumedRuns() {
        return resumedRuns;
    }

    /** Failed runs among {@link #resumedRuns()}. */
    public int resumedFailures() {
        return resumedFailures;
    }

    /** Writes the final manifest and moves all three files into place under their real names. */
    public void commit(Manifest manifest) throws IOException {
        timeseries.close();
        runs.close();
        manifest.write(part(MANIFEST));
        move(TIMESERIES);
        move(RUNS);
        move(MANIFEST);
        committed = true;
    }

    private void move(String name) throws IOException {
        try {
            Files.move(part(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path part(String name) {
        return folder.resolve(name + PART);
    }

    /**
     * Closes the files. A new experiment that was not committed removes its partial files; a resumable
     * one ({@code keepParts}) leaves them for {@code --resume}.
     */
    public void close(boolean keepParts) throws IOException {
        if (committed) {
            return;
        }
        timeseries.close();
        runs.close();
        if (!keepParts) {
            Files.deleteIfExists(part(TIMESERIES));
            Files.deleteIfExists(part(RUNS));
            Files.deleteIfExists(part(MANIFEST));
        }
    }
}
