package org.isfsim.scenario;

/**
 * Finds the line of a scenario file on which a dotted parameter key is written, so an error can
 * point at it ({@code my.yaml:12: force.battalionSize: …}). It follows block-style YAML by
 * indentation: each name segment is a {@code name:} deeper than its parent, a number is the n-th
 * {@code - } item of a list (indented under its key, or at the key's own indentation as
 * {@code describe} writes them). Keys it cannot follow (flow style, anchors) give no line.
 */
final class YamlLines {
    private YamlLines() {
    }

    /** The 1-based line of {@code parameters.<key>} in the document, or -1 when it cannot be found. */
    static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        String[] segments = ("parameters." + key).split("\\.");
        int from = -1;
        int parentIndent = -1;
        for (String segment : segments) {
            boolean index = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
            int found = index ? item(lines, from, parentIndent, Integer.parseInt(segment))
                    : key(lines, from, parentIndent, segment);
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
    private static int item(String[] lines, int from, int parentIndent, int wanted) {
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
}
