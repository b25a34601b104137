package org.isfsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Source;
import org.junit.jupiter.api.Test;

/**
 * Every source the repository cites can be followed from a clone: each parameter's {@link Source}, each
 * pledge's, training site's and crossing's {@code source}, README, the pages under {@code docs/} and the
 * example files name only files the repository has and only anchors {@code docs/sources.md} defines.
 */
class SourceCitationsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Citations CITATIONS = new Citations(ROOT);
    /*
     * The shared files the project began with, and the section sign, spelled so that a rewrite of citations
     * across the tree (the shared fact sheet to docs/sources.md) leaves these bad examples bad.
     */
    private static final String FACTS = "facts" + ".md";
    private static final String FACTS_2026 = "../shared/source/facts-2026" + ".md";
    private static final String DESIGN = "DESIGN" + ".md";
    private static final String SECTION = "\u00a7";

    @Test
    void theRootIsTheRepositoryAndItsSourcesPageDefinesAnchors() {
        assertTrue(Files.isRegularFile(ROOT.resolve("pom.xml")) && Files.isRegularFile(ROOT.resolve("README.md")),
                "not the repository root: " + ROOT);
        assertTrue(CITATIONS.anchors().containsAll(List.of("seed-article", "isf-pledges", "after-feb-2026",
                "design-choices", "design-scale")), "anchors: " + CITATIONS.anchors());
    }

    @Test
    void everyAnchorOfTheSourcesPageIsDefinedOnce() throws IOException {
        String page = Files.readString(ROOT.resolve(Citations.SOURCES), StandardCharsets.UTF_8);
        Matcher anchor = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(page);
        List<String> all = new ArrayList<>();
        while (anchor.find()) {
            all.add(anchor.group(1));
        }
        assertEquals(CITATIONS.anchors().size(), all.size(), "an anchor defined twice: " + all);
        all.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "not a short kebab-case id: " + id));
    }

    @Test
    void everyParameterSourceNamesOnlyWhatTheRepositoryHas() {
        Map<String, String> sources = sourcesOf("", Parameters.defaults());
        assertTrue(sources.size() > 120, "parameter sources found: " + sources.size());
        assertTrue(sources.keySet().stream().anyMatch(key -> key.startsWith("force.pledges[0].")), sources.keySet()
                .toString());
        List<String> problems = new ArrayList<>();
        sources.forEach((key, source) -> CITATIONS.problems(source).forEach(p -> problems.add(key + ": " + p)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void readmeDocsAndExamplesNameOnlyWhatTheRepositoryHas() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
                Stream<Path> examples = Files.list(ROOT.resolve("examples"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
            examples.sorted().forEach(documents::add);
        }
        List<String> problems = new ArrayList<>();
        documents.forEach(document -> problems.addAll(CITATIONS.documentProblems(document)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Javadoc and resources too: a mistyped anchor anywhere in the tree fails (the two citation tests, whose
     * bad examples are bad on purpose, aside).
     */
    @Test
    void everyAnchorTheSourcesNameAnywhereIsDefined() throws IOException {
        List<Path> files;
        try (Stream<Path> tree = Files.walk(ROOT)) {
            files = tree.filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|\\.[^/]+)(/.*)?"))
                    .filter(p -> p.toString().matches(".*\\.(java|ya?ml|html|md|txt|properties)"))
                    .filter(p -> !p.getFileName().toString().matches("(SourceCitations|ScenarioSources)Test\\.java"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 100, "files searched: " + files.size());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CITATIONS.anchorProblems(text).forEach(p -> problems.add(ROOT.relativize(file) + ": " + p));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aCitationOfAFileOrAnchorTheRepositoryLacksIsCaught() {
        assertEquals(List.of("names " + FACTS + ", which the repository does not have"),
                CITATIONS.problems(FACTS + " " + SECTION + "3 Indonesia: up to 8,000 (Feb 2026)"));
        assertEquals(List.of("names " + FACTS_2026 + ", which the repository does not have"),
                CITATIONS.problems(FACTS_2026 + ": the force did not deploy"));
        assertEquals(List.of("names " + DESIGN + ", which the repository does not have"),
                CITATIONS.problems("assumption (" + DESIGN + ": battalion-sized units)"));
        assertEquals(List.of("names docs/sources.md#no-such-anchor, an anchor docs/sources.md does not define"),
                CITATIONS.problems("docs/sources.md#no-such-anchor Target size"));
        assertEquals(List.of("names docs/sources.md#, an anchor docs/sources.md does not define"),
                CITATIONS.problems("docs/sources.md# Target size"));
        assertEquals(List.of("names docs/sources.md#isf-pledge, an anchor docs/sources.md does not define"),
                CITATIONS.anchorProblems("/** Pledges (docs/sources.md#isf-pledge; runs.csv). */"));
        assertEquals(List.of(), CITATIONS.problems("docs/sources.md#isf-pledges Indonesia: up to 8,000 (Feb 2026);"
                + " README.md; pom.xml; https://example.org/" + FACTS + "; Epstein 2002, Run 1"));
    }

    @Test
    void aDocumentWithABrokenLinkOrAMissingFileIsCaught() throws IOException {
        Path bad = Files.createTempFile(ROOT.resolve("docs"), "bad-", ".tmp");
        try {
            Files.writeString(bad, "See [the sheet](" + FACTS + "), [pledges](sources.md#isf-pledges), " + DESIGN
                    + " and [gone](sources.md#gone); docs/sources.md#seed-article; https://example.org/x.md\n",
                    StandardCharsets.UTF_8);
            List<String> problems = CITATIONS.documentProblems(bad);
            String name = "docs/" + bad.getFileName();
            assertEquals(List.of(name + ": names " + FACTS + ", which the repository does not have",
                    name + ": names " + DESIGN + ", which the repository does not have"),
                    problems.stream().filter(p -> p.contains("repository does not have")).toList());
            assertTrue(problems.contains(name + ": links to sources.md#gone, an anchor docs/sources.md does not"
                    + " define"), problems.toString());
            assertEquals(3, problems.size(), "only the three problems: " + problems);
        } finally {
            Files.delete(bad);
        }
    }

    /**
     * The citations a record tree carries, by key: each component's {@link Source}, and the {@code source}
     * of every record in a list (pledges, training sites, crossings), walked in declaration order.
     */
    private static Map<String, String> sourcesOf(String prefix, Record record) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String key = prefix + component.getName();
            Source source = component.getAnnotation(Source.class);
            if (source != null) {
                sources.put(key, source.value());
            }
            Object value = valueOf(component, record);
            if (value instanceof Record nested) {
                sources.putAll(sourcesOf(key + ".", nested));
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record entry) {
                        sources.putAll(sourcesOf(key + "[" + i + "].", entry));
                    }
                }
            } else if (component.getName().equals("source") && value instanceof String text) {
                sources.put(key, text);
            }
        }
        return sources;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(component.getName(), e);
        }
    }
}
