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
            String summary = scenario.description().split("(?<=\\.)\\s", 2)[0];
            out.printf("%-" + width + "s  %s%s%n", name, summary,
                    name.equals(ScenarioCatalog.DEFAULT) ? " (default)" : "");
        }
        out.flush();
    }
}
