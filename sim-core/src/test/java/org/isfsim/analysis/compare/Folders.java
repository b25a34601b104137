package org.isfsim.analysis.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small result folders for the tests: runs.csv and timeseries.csv from lines of text. */
final class Folders {
    private Folders() {
    }

    static Path folder(Path parent, String name, String runsCsv, String timeseriesCsv) {
        try {
            Path folder = Files.createDirectories(parent.resolve(name));
            if (runsCsv != null) {
                Files.writeString(folder.resolve("runs.csv"), runsCsv, StandardCharsets.UTF_8);
            }
            if (timeseriesCsv != null) {
                Files.writeString(folder.resolve("timeseries.csv"), timeseriesCsv, StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** runs.csv with one metric column {@code final_x} holding {@code values}, all runs ok. */
    static String runs(String column, double... values) {
        StringBuilder out = new StringBuilder("run,scenario,replication,seed,status," + column + "\n");
        for (int i = 0; i < values.length; i++) {
            out.append(i + 1).append(",s,").append(i + 1).append(',').append(100 + i).append(",ok,")
                    .append(values[i]).append('\n');
        }
        return out.toString();
    }
}
