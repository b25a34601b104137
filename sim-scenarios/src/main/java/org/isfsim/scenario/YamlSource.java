package org.isfsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.isfsim.InvalidInputException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document (a scenario or an experiment file) with where it came from, so that every mistake
 * in it can point at its line ({@code my.yaml:12: force.battalionSize: …}): a parse failure at the
 * line where the parser found it, a top-level key at its line, a dotted key at the line it is written
 * on. Where no line can be found, the error names the file alone.
 *
 * @param origin the file path, or "scenario NAME" for a built-in one
 * @param text the document
 */
record YamlSource(String origin, String text) {

    /**
     * The document as a tree.
     *
     * @throws InvalidInputException naming the file, the line and the problem (e.g. "found character
     *         '\\t(TAB)' that cannot start any token") if it is not valid YAML
     */
    JsonNode parse() {
        try {
            return ParameterTree.yaml().readTree(text);
        } catch (JsonProcessingException e) {
            throw notValid(e);
        }
    }

    private InvalidInputException notValid(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String problem = marked.getProblem() == null ? marked.getContext() : marked.getProblem();
                return new InvalidInputException(at(marked.getProblemMark().getLine() + 1) + ": not valid YAML ("
                        + firstLine(problem) + ")", e);
            }
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return new InvalidInputException(at(line) + ": not valid YAML (" + firstLine(e.getOriginalMessage()) + ")", e);
    }

    /** An error at the line of a top-level key ({@code design:}), or naming the file alone. */
    InvalidInputException error(String topLevelKey, String message) {
        return new InvalidInputException(at(topLevelKey) + ": " + message);
    }

    /** An error at the first line whose text (after indentation) starts with {@code start}. */
    InvalidInputException errorAtLine(String start, String message) {
        String[] lines = lines();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return new InvalidInputException(at(i + 1) + ": " + message);
            }
        }
        return new InvalidInputException(origin + ": " + message);
    }

    /**
     * The error of a parameter key (one that starts {@code origin: }) with the line of that key under
     * {@code parameters:} put in after the file, or of the nearest enclosing key that can be found.
     */
    InvalidInputException located(InvalidInputException e) {
        String prefix = origin + ": ";
        if (e.key() == null || !e.getMessage().startsWith(prefix)) {
            return e;
        }
        int line = -1;
        for (String key = e.key(); line < 0 && !key.isEmpty(); key = key.contains(".")
                ? key.substring(0, key.lastIndexOf('.')) : "") {
            line = lineOf("parameters." + key);
        }
        if (line < 0) {
            return e;
        }
        return new InvalidInputException(at(line) + ": " + e.getMessage().substring(prefix.length()), e.key(), e);
    }

    /** "file:line" for a top-level key, or the file alone when the line cannot be found. */
    String at(String topLevelKey) {
        String[] lines = lines();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(topLevelKey + ":")) {
                return at(i + 1);
            }
        }
        return origin;
    }

    private String at(int line) {
        return line > 0 ? origin + ":" + line : origin;
    }

    /**
     * The 1-based line on which a dotted key ({@code parameters.force.pledges.0.troops}) is written, or -1.
     * It follows block-style YAML by indentation: each name is a {@code name:} deeper than its parent, a
     * number is the n-th {@code - } item of a list (indented under its key, or at the key's own
     * indentation as {@code describe} writes them). Keys it cannot follow (flow style, anchors) give -1.
     */
    int lineOf(String dottedKey) {
        String[] lines = lines();
        int from = -1;
        int parentIndent = -1;
        for (String segment : dottedKey.split("\\.")) {
            boolean index = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
            int found = index ? item(lines, from, Integer.parseInt(segment)) : key(lines, from, parentIndent, segment);
            if (found < 0) {
                return -1;
            }
            String content = lines[found].strip();
            int indent = lines[found].indexOf(content.charAt(0));
            parentIndent = index || content.startsWith("- ") ? indent + 1 : indent;
            from = found;
        }
        return from + 1;
    }

    private String[] lines() {
        return text.split("\n", -1);
    }

    /** The line of {@code name:} below line {@code from}, deeper than {@code parentIndent}. */
    private static int key(String[] lines, int from, int parentIndent, String name) {
        for (int i = from + 1; i < lines.length; i++) {
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = lines[i].indexOf(content.charAt(0));
            String bare = content.startsWith("- ") ? content.substring(2).strip() : content;
            int bareIndent = content.startsWith("- ") ? indent + 2 : indent;
            if (bareIndent <= parentIndent && !(from >= 0 && i == from)) {
                if (indent <= parentIndent - (lines[from].strip().startsWith("- ") ? 1 : 0) || indent < parentIndent) {
                    return -1;
                }
            }
            if (bare.startsWith(name + ":") && bareIndent > parentIndent) {
                return i;
            }
            if (from >= 0 && lines[from].strip().startsWith("- ") && i > from && content.startsWith("- ")
                    && indent <= lines[from].indexOf('-')) {
                return -1;
            }
        }
        return -1;
    }

    /** The line of the n-th {@code - } item of the list whose key is on line {@code from}. */
    private static int item(String[] lines, int from, int wanted) {
        int keyIndent = from < 0 ? -1 : lines[from].indexOf(lines[from].strip().charAt(0));
        int itemIndent = -1;
        int count = 0;
        for (int i = from + 1; i < lines.length; i++) {
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = lines[i].indexOf(content.charAt(0));
            boolean isItem = content.startsWith("- ") || content.equals("-");
            if (itemIndent < 0) {
                if (!isItem || indent < keyIndent) {
                    return -1;
                }
                itemIndent = indent;
            }
            if (indent < itemIndent || (indent == itemIndent && !isItem)) {
                return -1;
            }
            if (isItem && indent == itemIndent && count++ == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
