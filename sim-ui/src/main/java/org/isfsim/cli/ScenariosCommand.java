package org.isfsim.cli;

import java.io.PrintWriter;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code isf-sim scenarios}: the built-in scenarios, one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the built-in scenarios, one line each.")
public final class ScenariosCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = ScenarioCatalog.names().stream().mapToInt(String::length).max().orElse(0);
        for (String name : ScenarioCatalog.names()) {
            Scenario scenario = ScenarioCatalog.load(name);
            String summary = summary(scenario.description());
            out.printf("%-" + width + "s  %s%s%n", name, summary,
                    name.equals(ScenarioCatalog.DEFAULT) ? " (default)" : "");
        }
        out.flush();
    }

    /** The description's first clause (up to a colon or the end of the first sentence), at most 100 characters. */
    static String summary(String description) {
        String first = description.split("(?<=[.:])\\s", 2)[0].replaceAll("[.:]$", "");
        return first.length() <= 100 ? first : first.substring(0, 97) + "...";
    }
}
