package org.isfsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim diff}: what two scenarios or result folders were given differently. */
class DiffCliTest {
    @TempDir
    Path tmp;

    @Test
    void scenariosAndResultFoldersAreComparedKeyByKey() {
        CliRun scenarios = CliRun.of("diff", "draft-resolution", "turkey-included");
        assertEquals(0, scenarios.exit(), scenarios.err());
        assertEquals("| parameter | draft-resolution | turkey-included |\n|---|---|---|\n"
                + "| `israel.vetoLifted` | `false` | `true` |\n\n1 parameter differs.\n", scenarios.out());

        Path folder = tmp.resolve("run");
        assertEquals(0, CliRun.of("run", "--days", "5", "--set", "force.battalionSize=600", "--quiet", "--out",
                folder.toString()).exit());
        CliRun run = CliRun.of("diff", "draft-resolution", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("| `timeline.days` | `812` | `5` |"), run.out());
        assertTrue(run.out().contains("| `force.battalionSize` | `800` | `600` |"), run.out());
        assertTrue(run.out().contains("2 parameters differ."), run.out());

        CliRun same = CliRun.of("diff", "draft-resolution", "draft-resolution");
        assertEquals("The parameters of draft-resolution and draft-resolution are the same.\n", same.out());
    }

    @Test
    void aFolderWithoutAManifestOrAnUnknownScenarioIsAnInputError() {
        CliRun folder = CliRun.of("diff", "draft-resolution", tmp.toString());
        assertEquals(IsfSim.INPUT_ERROR, folder.exit());
        assertTrue(folder.err().contains("no manifest.json"), folder.err());
        CliRun unknown = CliRun.of("diff", "draft-resolution", "nosuch");
        assertEquals(IsfSim.INPUT_ERROR, unknown.exit());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    }
}
