package org.isfsim.cli;

import java.io.PrintWriter;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.isfsim.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isf-sim describe}: a scenario with its fully resolved parameters, as YAML that loads back. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a scenario's fully resolved parameters as YAML (a scenario file that loads back the same).")
public final class DescribeCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO|FILE",
            description = "A built-in scenario (see 'isf-sim scenarios') or a scenario .yaml file; default: "
                    + ScenarioCatalog.DEFAULT + ".")
    private String scenarioName = ScenarioCatalog.DEFAULT;

    @Mixin
    private ParameterSettings options;

    @Option(names = "--sources", description = "Follow each parameter with a comment: its source, or the default it"
            + " replaces where the scenario or --set changed it.")
    private boolean sources;

    @Override
    public void run() {
        Scenario scenario = ScenarioCatalog.load(scenarioName);
        PrintWriter out = spec.commandLine().getOut();
        org.isfsim.model.params.Parameters resolved = scenario.resolve(options.settings);
        out.print(sources ? ScenarioYaml.writeWithSources(scenario, resolved) : ScenarioYaml.write(scenario, resolved));
        out.flush();
    }
}
