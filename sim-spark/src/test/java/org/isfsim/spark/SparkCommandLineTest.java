package org.isfsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isfsim.cli.IsfSim;
import org.isfsim.experiment.engine.SweepEngines;
import org.isfsim.output.ResultFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code isf-sim sweep --engine spark} through the real command line (the engine found with
 * ServiceLoader, as when the launcher adds sim-spark), and the spark-submit entry point. Each sweep here
 * starts and stops its own embedded Spark.
 */
class SparkCommandLineTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = IsfSim.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static Result submit(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SparkSweepMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertSameCsv(Path expected, Path actual) throws Exception {
        for (String file : List.of(ResultFolder.TIMESERIES, ResultFolder.RUNS)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    @Test
    void theEngineIsFoundThroughServiceLoader() {
        assertInstanceOf(SparkSweepEngine.class, SweepEngines.find("spark"));
    }

    @Test
    void sweepEngineSparkWritesWhatTheLocalEngineWrites() throws Exception {
        String file = SparkTestSweeps.write(dir, "small", SparkTestSweeps.SMALL).toString();
        Result local = cli("sweep", file, "--out", dir.resolve("local").toString(), "--threads", "2", "--quiet");
        assertEquals(0, local.exit(), local.err());
        Result spark = cli("sweep", file, "--engine", "spark", "--master", "local[2]", "--out",
                dir.resolve("spark").toString(), "--quiet");
        assertEquals(0, spark.exit(), spark.err());
        assertEquals(local.out().replace(dir.resolve("local").toString(), "DIR"),
                spark.out().replace(dir.resolve("spark").toString(), "DIR"));
        assertSameCsv(dir.resolve("local"), dir.resolve("spark"));
        var manifest = new ObjectMapper().readTree(dir.resolve("spark/manifest.json").toFile());
        assertEquals("spark", manifest.get("engine").asText());
        assertEquals("local[2]", manifest.get("master").asText());
        assertEquals("local", new ObjectMapper().readTree(dir.resolve("local/manifest.json").toFile())
                .get("engine").asText());

        // A finished sweep resumed runs nothing and keeps its bytes.
        Result resumed = cli("sweep", file, "--engine", "spark", "--master", "local[2]", "--out",
                dir.resolve("spark").toString(), "--resume", "--quiet");
        assertEquals(0, resumed.exit(), resumed.err());
        assertSameCsv(dir.resolve("local"), dir.resolve("spark"));
    }

    @Test
    void optionsThatDoNotFitTheEngineAreInputErrors() throws Exception {
        String file = SparkTestSweeps.write(dir, "small", SparkTestSweeps.SMALL).toString();
        Result threads = cli("sweep", file, "--engine", "spark", "--threads", "2", "--out", dir.resolve("a").toString());
        assertEquals(2, threads.exit());
        assertEquals("isf-sim sweep: --threads: only with --engine local; with --engine spark the master says how"
                + " many runs go at once (e.g. --master local[4])", threads.err().strip());

        Result master = cli("sweep", file, "--master", "local[2]", "--out", dir.resolve("b").toString());
        assertEquals(2, master.exit());
        assertTrue(master.err().startsWith("isf-sim sweep: --master local[2]: only with --engine spark"), master.err());

        Result yarn = cli("sweep", file, "--engine", "spark", "--master", "yarn", "--out", dir.resolve("c").toString());
        assertEquals(2, yarn.exit());
        assertTrue(yarn.err().contains("--master yarn: this Spark has no YARN support; submit the sweep with"
                + " spark-submit"), yarn.err());

        Result bogus = cli("sweep", file, "--engine", "spark", "--master", "mesos://x:5050", "--out",
                dir.resolve("d").toString());
        assertEquals(2, bogus.exit());
        assertTrue(bogus.err().contains("--master mesos://x:5050: not a Spark master; allowed: local[*]"), bogus.err());

        Result unknown = cli("sweep", file, "--engine", "dask");
        assertEquals(2, unknown.exit());
        assertEquals("isf-sim sweep: --engine dask: unknown; allowed: local, spark", unknown.err().strip());
        for (String folder : List.of("a", "b", "c", "d")) {
            assertFalse(Files.exists(dir.resolve(folder)), folder + " was created");
        }
        assertEquals(List.of("small.yaml"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theSparkSubmitEntryPointRunsTheSameSweep() throws Exception {
        String file = SparkTestSweeps.write(dir, "small", SparkTestSweeps.SMALL).toString();
        Result submitted = submit(file, "--master", "local[2]", "--out", dir.resolve("submitted").toString(), "--quiet");
        assertEquals(0, submitted.exit(), submitted.err());
        assertEquals("isf-sim sweep: 8 runs (4 design points x 2 replications), 0 failed -> " + dir.resolve("submitted"),
                submitted.out().strip());
        Result local = cli("sweep", file, "--out", dir.resolve("local").toString(), "--quiet");
        assertEquals(0, local.exit(), local.err());
        assertSameCsv(dir.resolve("local"), dir.resolve("submitted"));

        Result noOut = submit(file, "--resume");
        assertEquals(2, noOut.exit());
        assertEquals("isf-sim sweep: --resume: needs --out DIR, the folder of the sweep to continue", noOut.err().strip());
        Result missing = submit(dir.resolve("nope.yaml").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("isf-sim sweep: " + dir.resolve("nope.yaml") + ": cannot read"), missing.err());
        Result bad = submit("--frobnicate");
        assertEquals(2, bad.exit());
    }
}
