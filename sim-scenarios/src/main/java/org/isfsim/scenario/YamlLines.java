package org.isfsim.scenario;

/**
 * Finds the line of a scenario file on which a dotted parameter key is written, so an error can
 * point at it ({@code my.yaml:12: force.battalionSize: …}). It follows block-style YAML by
 * indentation: each segment is a {@code name:} deeper than its parent, a number is the n-th
 * {@code - } item of a list. Keys it cannot follow (flow style, anchors) give no line.
 */
final class YamlLines {
    private YamlLines() {
    }

    /** The 1-based line of {@code parameters.<key>} in the document, or -1 when it cannot be found. */
    static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        String[] segments = ("parameters." + key).split("\\.");
        int from = 0;
        int parentIndent = -1;
        int found = -1;
        for (String segment : segments) {
            found = -1;
            boolean index = segment.chars().allMatch(Character::isDigit) && !segment.isEmpty();
            int wanted = index ? Integer.parseInt(segment) : -1;
            int items = 0;
            for (int i = from; i < lines.length; i++) {
                String line = lines[i];
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                int indent = line.indexOf(content.charAt(0));
                if (indent <= parentIndent && i > from) {
                    break;
                }
                if (index && content.startsWith("- ") || index && content.equals("-")) {
                    if (items++ == wanted) {
                        found = i;
                        parentIndent = indent;
                        break;
                    }
                } else if (!index) {
                    String bare = content.startsWith("- ") ? content.substring(2).strip() : content;
                    if (bare.startsWith(segment + ":")) {
                        found = i;
                        parentIndent = content.startsWith("- ") ? indent + 1 : indent;
                        break;
                    }
                }
            }
            if (found < 0) {
                return -1;
            }
            from = found;
        }
        return found + 1;
    }
}
