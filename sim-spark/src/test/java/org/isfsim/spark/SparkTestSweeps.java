package org.isfsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.RunSpec;
import org.isfsim.scenario.ExperimentFile;

/** Small experiment files for the tests: a few short runs of the Gaza model. */
final class SparkTestSweeps {
    /**
     * 2 x 2 design points x 2 replications = 8 runs of 40 days, every metric every day. The seed is beyond
     * the int range, so resuming does not depend on how a manifest's int-sized seed reads back.
     */
    static final String SMALL = """
            name: spark-small
            scenario: draft-resolution
            days: 40
            replications: 2
            seed: 5000000011
            design:
              type: full-factorial
            factors:
              force.battalionSize: [600, 800]
              coordination.unifiedCommand: [true, false]
            """;

    private SparkTestSweeps() {
    }

    static Path write(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    static Experiment small(Path dir) throws IOException {
        return ExperimentFile.load(write(dir, "small", SMALL)).toExperiment();
    }

    /** The first {@code count} runs of {@link #SMALL}. */
    static List<RunSpec> firstRuns(Path dir, int count) {
        try {
            return small(dir).runs().subList(0, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
