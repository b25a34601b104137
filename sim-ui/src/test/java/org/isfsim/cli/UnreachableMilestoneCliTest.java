package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter set whose withdrawal milestone the permitted actors cannot meet is refused at load, exit 2 with
 * one line naming the stage, what it needs and what is reachable (issue 14 point 4).
 */
class UnreachableMilestoneCliTest {
    @TempDir
    Path tmp;

    @Test
    void aMilestoneNobodyPermittedCanMeetIsRefused() {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("run", "--set", "israel.idfDemolitionKmPerDay=0", "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("isf-sim run: "), line);
        for (String part : List.of("israel.stageInfrastructureDestroyed", "stage 3", "needs 70 %", "314 of 448 km",
                "are reachable", "the IDF demolishes nothing", "allowed: at most")) {
            assertTrue(line.contains(part), "expected '" + part + "' in: " + line);
        }
        assertFalse(line.contains("\tat "), line);
        assertFalse(Files.exists(out), "a refused run writes nothing");

        CliRun describe = CliRun.of("describe", "no-disarmament-role", "--set", "israel.withdrawalShares=[0.53, 0.4, 0.15]",
                "--set", "israel.stageInfrastructureDestroyed=[0.3, 0.7]", "--set", "israel.stageSecuredShare=[0.2, 0.5]");
        assertEquals(2, describe.exit(), describe.err());
        assertTrue(describe.err().contains("stage 3") && describe.err().contains("no contingent may disarm"),
                describe.err());
    }

    @Test
    void theBuiltInScenariosLoad() {
        for (String scenario : List.of("draft-resolution", "no-disarmament-role", "observed-2025-26")) {
            CliRun describe = CliRun.of("describe", scenario);
            assertEquals(0, describe.exit(), scenario + ": " + describe.err());
        }
    }
}
