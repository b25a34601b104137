package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.isfsim.InvalidInputException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML parse failure into one line naming the file, the line where the parser found the
 * problem, and the problem itself (e.g. "found character '\\t(TAB)' that cannot start any token").
 */
final class YamlProblems {
    private YamlProblems() {
    }

    static InvalidInputException invalid(String origin, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String problem = marked.getProblem() == null ? marked.getContext() : marked.getProblem();
                return new InvalidInputException(origin + ":" + (marked.getProblemMark().getLine() + 1)
                        + ": not valid YAML (" + firstLine(problem) + ")", e);
            }
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return new InvalidInputException(origin + (line > 0 ? ":" + line : "") + ": not valid YAML ("
                + firstLine(e.getOriginalMessage()) + ")", e);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
