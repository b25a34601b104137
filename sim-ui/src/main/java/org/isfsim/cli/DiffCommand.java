package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.Parameters;
import org.isfsim.output.Manifest;
import org.isfsim.output.ResultFolder;
import org.isfsim.scenario.ParameterDiff;
import org.isfsim.scenario.ParameterDiff.Difference;
import org.isfsim.scenario.ParameterTree;
import org.isfsim.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim diff A B}: the parameters in which two scenarios, scenario files or result folders differ.
 * {@code compare} tells how two sets of results differ; this tells what went in differently.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the parameters in which two scenarios, scenario files or result folders (their "
                + "manifest.json) differ, as a Markdown table.")
public final class DiffCommand implements Callable<Integer> {
    /** Characters of a value shown before it is cut (pledge lists run long). */
    private static final int SHOWN = 160;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "A", description = "A scenario, a scenario .yaml file or a result folder.")
    private String left;

    @picocli.CommandLine.Parameters(index = "1", paramLabel = "B", description = "Another, compared with A.")
    private String right;

    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() {
        Parameters a = parametersOf(left);
        Parameters b = parametersOf(right);
        List<Difference> differences = ParameterDiff.between(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (differences.isEmpty()) {
            out.println("The parameters of " + left + " and " + right + " are the same.");
        } else {
            out.println("| parameter | " + left + " | " + right + " |");
            out.println("|---|---|---|");
            for (Difference d : differences) {
                out.println("| `" + d.key() + "` | " + cell(d.left()) + " | " + cell(d.right()) + " |");
            }
            out.println();
            out.println(differences.size() + " parameter" + (differences.size() == 1 ? "" : "s") + " differ"
                    + (differences.size() == 1 ? "s" : "") + ".");
        }
        notes.forEach(n -> out.println("Note: " + n + "."));
        out.flush();
        return 0;
    }

    /**
     * A result folder's parameters (the first design point's, from its manifest), or a scenario's or
     * scenario file's, resolved.
     */
    private Parameters parametersOf(String what) {
        Path folder = Path.of(what);
        Path manifest = folder.resolve(ResultFolder.MANIFEST);
        if (Files.isDirectory(folder) && Files.isRegularFile(manifest)) {
            Manifest read = Manifest.read(manifest);
            List<Map<String, String>> points = read.designPoints() == null ? List.of() : read.designPoints();
            if (points.size() > 1) {
                notes.add(what + " is a sweep of " + points.size() + " design points: its first is compared (factors "
                        + ParameterJson.json().valueToTree(points.get(0)) + ")");
            }
            if (read.parameters() == null) {
                throw new InvalidInputException(manifest + ": key 'parameters' is missing; allowed: a manifest"
                        + " written by isf-sim run or sweep");
            }
            return ParameterTree.fromTree(read.parameters(), manifest + ": parameters");
        }
        if (Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + ": no " + ResultFolder.MANIFEST + "; allowed: a scenario, a"
                    + " scenario file or a folder written by isf-sim run or sweep");
        }
        return ScenarioCatalog.load(what).resolve();
    }

    private static String cell(String value) {
        if (value == null) {
            return "–";
        }
        String text = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        return "`" + text.replace("|", "\\|").replace("`", "'") + "`";
    }
}
