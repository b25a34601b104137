package org.isfsim.cli;

import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import picocli.CommandLine.Option;

/**
 * The options every command that runs a scenario shares ({@code run}, {@code gui}, {@code snapshot}):
 * which scenario ({@code -s}), and what to override ({@code --set}).
 */
public final class ScenarioOptions extends ParameterSettings {
    @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO|FILE",
            description = "A built-in scenario (see 'isf-sim scenarios') or a scenario .yaml file; default: "
                    + ScenarioCatalog.DEFAULT + ".")
    String scenario = ScenarioCatalog.DEFAULT;

    /** The chosen scenario, loaded. */
    Scenario load() {
        return ScenarioCatalog.load(scenario);
    }
}
