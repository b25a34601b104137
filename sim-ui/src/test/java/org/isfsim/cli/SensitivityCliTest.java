package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim sensitivity}: a sweep's factors ranked per metric, and its charts. */
class SensitivityCliTest {
    @TempDir
    Path tmp;

    private Path sweep(String design) throws Exception {
        Path file = tmp.resolve("e.yaml");
        Files.writeString(file, """
                name: s
                scenario: draft-resolution
                days: 20
                replications: 1
                seed: 3
                design: %s
                factors:
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                  force.patrolDiscoveryChance: {min: 0.01, max: 0.2}
                  legitimacy.aidWeight: {min: 0.0, max: 0.2}
                metrics: [incidents]
                every: 10
                """.formatted(design), StandardCharsets.UTF_8);
        Path dir = tmp.resolve("out");
        assertEquals(0, CliRun.of("sweep", file.toString(), "--out", dir.toString(), "--quiet").exit());
        return dir;
    }

    /** Rows of one metric's table: factor and the ranking figure, in the order printed. */
    private static List<Double> ranks(String out, String metric) {
        String section = out.substring(out.indexOf("### `" + metric + "`"));
        section = section.substring(0, section.indexOf("\n\n", section.indexOf("|---")) < 0 ? section.length()
                : section.indexOf("\n\n", section.indexOf("|---")));
        return section.lines().filter(l -> l.startsWith("| `"))
                .map(l -> l.split("\\|")[2].strip().split(" ")[0])
                .map(t -> t.equals("–") ? Double.NEGATIVE_INFINITY : Double.parseDouble(t)).toList();
    }

    @Test
    void morrisFactorsAreRankedByMuStarAndCharted() throws Exception {
        Path dir = sweep("{type: morris, trajectories: 4}");
        CliRun r = CliRun.of("sensitivity", dir.toString(), "--metric", "incidents", "--out", tmp.resolve("charts").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Morris elementary effects, factors ranked by μ*"), r.out());
        for (String metric : List.of("final_incidents", "mean_incidents")) {
            List<Double> ranks = ranks(r.out(), metric);
            assertEquals(3, ranks.size(), r.out());
            for (int i = 1; i < ranks.size(); i++) {
                assertTrue(ranks.get(i - 1) >= ranks.get(i), "ranked by mu*: " + ranks);
            }
            BufferedImage chart = ImageIO.read(tmp.resolve("charts").resolve("sensitivity-" + metric + ".png").toFile());
            assertEquals(900, chart.getWidth());
        }
        assertTrue(r.out().contains("2 charts -> "), r.out());
    }

    @Test
    void sobolFactorsAreRankedByTheTotalIndex() throws Exception {
        Path dir = sweep("{type: sobol, samples: 4}");
        CliRun r = CliRun.of("sensitivity", dir.toString(), "--metric", "mean_incidents");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Sobol indices, factors ranked by ST"), r.out());
        List<Double> ranks = ranks(r.out(), "mean_incidents");
        assertEquals(3, ranks.size(), r.out());
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "ranked by ST: " + ranks);
        }
    }

    @Test
    void aFolderWithoutSensitivityOrAnUnknownMetricIsAnInputError() throws Exception {
        CliRun none = CliRun.of("sensitivity", tmp.toString());
        assertEquals(IsfSim.INPUT_ERROR, none.exit());
        assertEquals("isf-sim sensitivity: " + tmp + ": no sensitivity.csv; allowed: the folder of a sweep with a"
                + " sobol or morris design", none.err().strip());
        Path dir = sweep("{type: morris, trajectories: 2}");
        CliRun unknown = CliRun.of("sensitivity", dir.toString(), "--metric", "nosuch");
        assertEquals(IsfSim.INPUT_ERROR, unknown.exit());
        assertTrue(unknown.err().contains("--metric 'nosuch': not in"), unknown.err());
    }
}
