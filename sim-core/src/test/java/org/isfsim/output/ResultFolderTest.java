package org.isfsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder protocol on its own, with rows of any content: .part files, cut back to whole runs, commit. */
class ResultFolderTest {
    @TempDir
    Path dir;

    private static Manifest manifest(long seed) {
        return Manifest.starting(new Experiment("baseline", Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), Parameters.defaults().withDays(2))), 3, seed), 1, Map.of());
    }

    @Test
    void aCrashMidRunIsCutBackToTheLastWholeRunAndResumed() throws Exception {
        ResultFolder folder = ResultFolder.create(dir, manifest(1), "run,day", "run,status");
        folder.append("1,0\n1,1\n", "1,ok\n");
        folder.append("", "2,bad\n");
        folder.close(true);
        // A crash in run 3: part of its series written, none of its runs.csv line; then a torn line.
        Files.writeString(dir.resolve("timeseries.csv.part"), "3,0\n3,", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("runs.csv.part"), "3,o", StandardOpenOption.APPEND);
        assertFalse(Files.exists(dir.resolve("runs.csv")), "nothing under a real name before the commit");

        ResultFolder resumed = ResultFolder.resume(dir, manifest(1), line -> line.endsWith(",bad"));
        assertEquals(2, resumed.resumedRuns());
        assertEquals(1, resumed.resumedFailures());
        resumed.append("3,0\n3,1\n", "3,ok\n");
        resumed.commit(manifest(1));
        assertEquals("run,day\n1,0\n1,1\n3,0\n3,1\n",
                Files.readString(dir.resolve(ResultFolder.TIMESERIES), StandardCharsets.UTF_8));
        assertEquals("run,status\n1,ok\n2,bad\n3,ok\n", Files.readString(dir.resolve(ResultFolder.RUNS)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")));
        }
    }

    @Test
    void anotherExperimentIsNotResumed() throws Exception {
        ResultFolder.create(dir, manifest(1), "run", "run").close(true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResultFolder.resume(dir, manifest(2), line -> false));
        assertTrue(e.getMessage().startsWith(dir + ": holds a different experiment"), e.getMessage());
    }
}
