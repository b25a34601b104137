package org.isfsim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that takes a scenario shares: which scenario and what to override. */
public final class ScenarioOptions {
    @Option(names = {"--set"}, paramLabel = "KEY=VALUE",
            description = "Override one parameter, e.g. --set force.battalionSize=600 (repeatable; keys as in 'describe').")
    List<String> settings = new ArrayList<>();
}
