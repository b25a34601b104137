package org.isfsim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --set} option of every command that resolves a scenario's parameters: what to override. */
public class ParameterSettings {
    @Option(names = {"--set"}, paramLabel = "KEY=VALUE",
            description = "Override one parameter, e.g. --set force.battalionSize=600 (repeatable; keys as in 'describe').")
    List<String> settings = new ArrayList<>();
}
