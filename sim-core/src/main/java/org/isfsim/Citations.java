package org.isfsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citation names, checked against a checkout of the repository: every file it names must be there,
 * and every anchor of {@code docs/sources.md} it names must be one the page defines. A parameter's
 * source, a scenario's {@code sources:} or a README line that points to a file only its author had (the
 * fact sheets outside the repository that the project began with, say) leaves a reader with nothing to follow.
 */
public final class Citations {
    /** The repository's own list of facts, relative to the repository root. */
    public static final String SOURCES = "docs/sources.md";

    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([A-Za-z0-9_-]+)\"></a>");
    private static final Pattern SOURCES_ANCHOR = Pattern.compile("docs/sources\\.md#([A-Za-z0-9_-]*)");
    /** A path-like word ending in a file extension, not inside a URL or a longer path. */
    private static final Pattern FILE = Pattern.compile(
            "(?<![\\w/.-])([\\w.-]+(?:/[\\w.-]+)*\\.(?:md|ya?ml|txt|csv|json|html?|java|xml|png|pdf))(?![\\w/-])");
    private static final Pattern MARKDOWN_FILE =
            Pattern.compile("(?<![\\w/.-])([\\w.-]+(?:/[\\w.-]+)*\\.md)(?![\\w/-])");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|file)://\\S+");
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\n]*`");

    private final Path root;
    private final Set<String> anchors;

    /**
     * @param root the repository root (the folder holding the reactor's {@code pom.xml})
     */
    public Citations(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.anchors = anchorsOf(this.root.resolve(SOURCES));
    }

    /** @return the anchors {@code docs/sources.md} defines ({@code <a id="..."></a>}), in page order */
    public Set<String> anchors() {
        return anchors;
    }

    /**
     * The problems of one citation (a parameter's source, a scenario's source): each file it names that the
     * repository lacks and each {@code docs/sources.md} anchor the page does not define.
     *
     * @param citation the citation's text
     * @return one line per problem, empty when the citation can be followed
     */
    public List<String> problems(String citation) {
        List<String> problems = new ArrayList<>();
        String text = URL.matcher(citation).replaceAll(" ");
        Matcher file = FILE.matcher(text);
        while (file.find()) {
            missingFile(root, file.group(1), problems);
        }
        missingAnchors(text, problems);
        return problems;
    }

    /**
     * The problems of a Markdown document of the repository (README, a page under {@code docs/}): each
     * relative link whose file is missing (resolved from the document's folder), each {@code .md} file it
     * names that the repository lacks, each {@code docs/sources.md} anchor the page does not define, and,
     * in {@code docs/sources.md} itself, each {@code #anchor} link to an anchor it does not define. File
     * names in code (inline or fenced) and other kinds of file (such as {@code runs.csv}) are not checked
     * as files: a document shows commands and names what a run writes. Anchors are checked everywhere.
     *
     * @param document the document's path
     * @return one line per problem, each naming the document
     */
    public List<String> documentProblems(Path document) {
        Path path = document.toAbsolutePath().normalize();
        String whole = URL.matcher(read(path)).replaceAll(" ");
        String text = CODE.matcher(whole).replaceAll(" ");
        Path folder = path.getParent();
        boolean isSources = path.equals(root.resolve(SOURCES));
        List<String> problems = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1);
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            if (file.isEmpty()) {
                if (isSources && !anchors.contains(target.substring(1))) {
                    problems.add("links to #" + target.substring(1) + ", an anchor " + SOURCES + " does not define");
                }
            } else if (!target.contains(":")) {
                missingFile(folder, file, problems);
                if (hash >= 0 && !SOURCES_ANCHOR.matcher(target).find()
                        && folder.resolve(file).normalize().equals(root.resolve(SOURCES))
                        && !anchors.contains(target.substring(hash + 1))) {
                    problems.add("links to " + target + ", an anchor " + SOURCES + " does not define");
                }
            }
        }
        Matcher markdown = MARKDOWN_FILE.matcher(LINK.matcher(text).replaceAll("]"));
        while (markdown.find()) {
            String name = markdown.group(1);
            if (!inRepository(folder.resolve(name)) && !inRepository(root.resolve(name))) {
                problems.add("names " + name + ", which the repository does not have");
            }
        }
        missingAnchors(whole, problems);
        String name = root.relativize(path).toString();
        problems.replaceAll(problem -> name + ": " + problem);
        return problems;
    }

    /**
     * The {@code docs/sources.md} anchors a text names that the page does not define, whatever else the text
     * is (Java source, Javadoc, a resource).
     *
     * @param text the text to search
     * @return one line per unknown anchor, empty when every anchor exists
     */
    public List<String> anchorProblems(String text) {
        List<String> problems = new ArrayList<>();
        missingAnchors(text, problems);
        return problems;
    }

    private void missingAnchors(String text, List<String> problems) {
        Matcher anchor = SOURCES_ANCHOR.matcher(text);
        while (anchor.find()) {
            if (!anchors.contains(anchor.group(1))) {
                problems.add("names " + anchor.group() + ", an anchor " + SOURCES + " does not define");
            }
        }
    }

    private void missingFile(Path folder, String name, List<String> problems) {
        if (!inRepository(folder.resolve(name))) {
            problems.add("names " + name + ", which the repository does not have");
        }
    }

    /** Whether a path names a file or folder of the repository itself, not one beside or above it. */
    private boolean inRepository(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(root) && Files.exists(normal);
    }

    private static Set<String> anchorsOf(Path sources) {
        if (!Files.isRegularFile(sources)) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher anchor = ANCHOR.matcher(read(sources));
        while (anchor.find()) {
            found.add(anchor.group(1));
        }
        return Collections.unmodifiableSet(found);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
