package org.isfsim.scenario;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a user does to a valid scenario file — deletes a line, writes text where a number goes,
 * pastes junk, writes a key twice, breaks the indentation — loading it either works (some changes
 * are harmless) or fails with one {@link InvalidInputException} line that starts with the file's
 * path: never another exception, never a message of several lines (docs/sources.md#design-command-line).
 *
 * <p>The valid starting points are every built-in scenario as {@code isf-sim describe} writes it
 * ({@link ScenarioYaml#write}), every built-in's own YAML resource (short, with {@code extends} of a
 * built-in and flow-style values), and a small hand-written child that extends a file beside it.
 * The {@code isf-sim} command line lives in sim-ui, so the property is checked where the CLI gets
 * its errors from, {@link ScenarioCatalog#load}.
 *
 * <p>Each try is one invocation of a parameterized test with its own fixed seed: the seed drives a
 * {@link MersenneTwisterFast} that picks the starting file and the mutations ({@link #generate}), so
 * the run is the same every time and a failure names the seed, the starting file, the mutations and
 * the mutated text; {@code generate(seed, ...)} gives the same try again.
 */
class ScenarioMutationPropertyTest {
    private static final Pattern SCALAR = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][A-Za-z0-9_]*): (\\S.*)$");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][A-Za-z0-9_]*):.*$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Junk on one line: no line breaks or control characters (those are {@link #junkWithControlCharacters}). */
    private static final List<String> JUNK = List.of("", "~", "null", "[]", "{}", "[1, 2", "{a: 1", "{a: 1}",
            "[RAFAH, GAZA]", "-1", "0", "1e309", "-1e309", "99999999999999999999", "0x1F", "0o17", ".inf", "-.inf",
            ".nan", "NaN", "Infinity", "1_000", "+5", "1.5", "0.0000001", "'unterminated", "\"unterminated",
            "'it''s'", "\"a \\\" quote\"", "&anchor 5", "*alias", "*", "&", "!!binary AAAA", "!!int x", "!!str 5",
            "!custom 1", "@", "`", "%", "- item", "? key", "|", ">", "2026-02-30", "2026-13-01", "0001-01-01",
            "9999-12-31", "2026-04-01T10:00:00Z", "yes", "no", "on", "off", "True", "FALSE", "été", "Gaza ☮",
            "#comment", ": colon", "a: b", "a:b", "key: [1, {b: 2}]", "- - 1", "[[[]]]", "{\"json\": true}",
            "KEREM_SHALOM", "kerem_shalom", "draft-resolution", "../nowhere.yaml", "/etc/passwd",
            "x".repeat(300), "-".repeat(40), "\\", "'\\n'", "\"\\t tab\"", "\"\\u00e9\"");

    /** Values a user could mean, with line breaks or control characters inside them. */
    private static final List<String> CONTROL_JUNK = List.of("\"six\\nhundred\"", "\"a\\rb\"", "\"a\\0b\"",
            "\"a\\u0085b\"", "\"tab\\there\"", "|\n      two\n      lines");

    private static Path directory;
    private static List<Base> bases;

    /** A valid scenario file, with the files it extends beside it. */
    record Base(String label, String fileName, String text, List<String[]> companions) {
        @Override
        public String toString() {
            return label;
        }
    }

    enum Kind {
        DELETE_LINE, SWAP_SCALAR_TYPE, JUNK_VALUE, INSERT_JUNK_LINE, DUPLICATE_KEY, DUPLICATE_BLOCK, BREAK_INDENT,
        SWAP_LINES, TRUNCATE
    }

    /** One change to the text: what, where (a position taken modulo the lines) and which variant. */
    record Mutation(Kind kind, int position, int variant) {
        @Override
        public String toString() {
            return kind + "(position " + position + ", variant " + variant + ")";
        }
    }

    /** One try of a property: the starting file and the mutations applied to it, in order. */
    record Try(long seed, Base base, List<Mutation> mutations) {
        @Override
        public String toString() {
            return "seed " + seed + ", base '" + base.label() + "', mutations " + mutations;
        }
    }

    /** Tries per property; the seeds of a property are {@code first, first + 1, ...}. */
    private static final int TRIES = 200;
    private static final int CONTROL_TRIES = 100;

    @BeforeAll
    static void writeBases() throws IOException {
        directory = Files.createTempDirectory("isf-mutations");
        List<Base> all = new ArrayList<>();
        for (String name : ScenarioCatalog.names()) {
            Scenario scenario = ScenarioCatalog.load(name);
            all.add(new Base("describe " + name, "described.yaml", ScenarioYaml.write(scenario, scenario.resolve()),
                    List.of()));
            try (var in = ScenarioCatalog.class.getResourceAsStream(name + ".yaml")) {
                all.add(new Base("resource " + name, "resource.yaml",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of()));
            }
        }
        String parent = """
                name: parent
                extends: resolution-2803
                description: a parent beside its child
                parameters:
                  force:
                    battalionSize: 600
                    sectorOrder: [RAFAH, KHAN_YOUNIS, GAZA]
                  mandate:
                    reportingIntervalMonths: 3
                """;
        all.add(new Base("child extends a file", "child.yaml", """
                name: child
                extends: common/parent.yaml
                description: >
                  A child that changes a few values
                  of its parent.
                sources:
                  - "assumption: test"
                  - "docs/sources.md#seed-article"
                parameters:
                  timeline:
                    days: 400
                  force:
                    battalionSize: 700
                    entryCrossing: RAFAH
                    pledges:
                      - nation: Indonesia
                        troops: 8000
                        firstArrival: 2026-04-01
                        fullStrength: 2026-06-30
                        requiresUnMandate: true
                        mayDisarm: false
                        casualtyTolerance: 0.05
                        source: "docs/sources.md"
                      - nation: Kosovo
                        troops: 500
                        firstArrival: 2026-05-01
                        fullStrength: 2026-07-31
                        requiresUnMandate: false
                        mayDisarm: true
                        casualtyTolerance: 0.1
                        source: "assumption"
                  coordination:
                    unifiedCommand: false
                  mandate:
                    renewal: NEVER
                """, List.<String[]>of(new String[] {"common/parent.yaml", parent})));
        for (Base base : all) {
            for (String[] companion : base.companions()) {
                Path file = directory.resolve(companion[0]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, companion[1], StandardCharsets.UTF_8);
            }
            // every starting point must itself be valid, or the property proves nothing
            ScenarioCatalog.load(writeCase(base.fileName(), base.text()).toString()).resolve();
        }
        bases = List.copyOf(all);
    }

    @AfterAll
    static void deleteFiles() throws IOException {
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static LongStream seeds() {
        return LongStream.range(42_000, 42_000 + TRIES);
    }

    static LongStream singleMutationSeeds() {
        return LongStream.range(4_242_000, 4_242_000 + TRIES);
    }

    static LongStream controlSeeds() {
        return LongStream.range(7_000, 7_000 + CONTROL_TRIES);
    }

    /**
     * The try a seed stands for: a starting file, then {@code minMutations..maxMutations} mutations of
     * any kind at any position (taken modulo the lines) with any variant.
     */
    static Try generate(long seed, int minMutations, int maxMutations) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        Base base = bases.get(random.nextInt(bases.size()));
        int count = minMutations + random.nextInt(maxMutations - minMutations + 1);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mutations.add(new Mutation(Kind.values()[random.nextInt(Kind.values().length)],
                    random.nextInt(100_001), random.nextInt(10_001)));
        }
        return new Try(seed, base, List.copyOf(mutations));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedScenarioLoadsOrFailsWithOneLineNamingTheFile(long seed) {
        Try attempt = generate(seed, 1, 3);
        String text = attempt.base().text();
        for (Mutation mutation : attempt.mutations()) {
            text = apply(mutation, text, JUNK);
        }
        check(attempt.toString(), attempt.base(), text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("singleMutationSeeds")
    void oneMutationAtATimeLoadsOrFailsWithOneLine(long seed) {
        Try attempt = generate(seed, 1, 1);
        check(attempt.toString(), attempt.base(), apply(attempt.mutations().get(0), attempt.base().text(), JUNK));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("controlSeeds")
    void junkWithControlCharactersLoadsOrFailsWithOneLine(long seed) {
        Try attempt = generate(seed, 1, 1);
        Mutation first = attempt.mutations().get(0);
        Mutation junk = new Mutation(first.variant() % 2 == 0 ? Kind.JUNK_VALUE : Kind.INSERT_JUNK_LINE,
                first.position(), first.variant());
        check("seed " + seed + ", base '" + attempt.base().label() + "', mutation " + junk + " with control"
                + " characters", attempt.base(), apply(junk, attempt.base().text(), CONTROL_JUNK));
    }

    @Test
    void unmutatedBasesLoad() {
        for (Base base : bases) {
            String outcome = check("base '" + base.label() + "' unchanged", base, base.text());
            if (!outcome.equals("loaded")) {
                throw new AssertionError(base.label() + ": " + outcome);
            }
        }
    }

    @Test
    void mutationsChangeTheText() {
        int changed = 0;
        int tried = 0;
        Base base = bases.get(0);
        for (Kind kind : Kind.values()) {
            for (int position = 0; position < 50; position++) {
                tried++;
                if (!apply(new Mutation(kind, position * 7, position), base.text(), JUNK).equals(base.text())) {
                    changed++;
                }
            }
        }
        if (changed < tried * 9 / 10) {
            throw new AssertionError("mutations seldom change the text: " + changed + " of " + tried);
        }
    }

    @Test
    void theSameSeedGivesTheSameTry() {
        for (long seed = 0; seed < 20; seed++) {
            Try once = generate(seed, 1, 3);
            Try again = generate(seed, 1, 3);
            if (!once.toString().equals(again.toString())) {
                throw new AssertionError("not reproducible: " + once + " vs " + again);
            }
        }
    }

    /**
     * Loads the mutated text; returns "loaded" or "refused", or fails naming {@code what} was tried
     * (seed, starting file and mutations) and the mutated text.
     */
    private static String check(String what, Base base, String text) {
        Path file = writeCase(base.fileName(), text);
        try {
            ScenarioCatalog.load(file.toString()).resolve();
            return "loaded";
        } catch (InvalidInputException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank()) {
                throw failure(what, "empty message", file, text, e);
            }
            if (message.contains("\n") || message.contains("\r")) {
                throw failure(what, "message of several lines: " + message, file, text, e);
            }
            boolean namesAFile = message.startsWith(file + ":")
                    || base.companions().stream().anyMatch(c -> message.startsWith(directory.resolve(c[0]) + ":"));
            if (!namesAFile) {
                throw failure(what, "message does not start with the file's path " + file + ": " + message, file,
                        text, e);
            }
            return "refused";
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(what, "not an InvalidInputException: " + e, file, text, e);
        }
    }

    private static AssertionError failure(String what, String problem, Path file, String text, Throwable cause) {
        return new AssertionError(what + ": " + problem + "\n--- mutated " + file.getFileName() + " ---\n" + text
                + (text.endsWith("\n") ? "" : "\n") + "--- end of " + file.getFileName() + " ---", cause);
    }

    private static Path writeCase(String fileName, String text) {
        Path file = directory.resolve(fileName);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String apply(Mutation mutation, String text, List<String> junk) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int n = lines.size();
        int at = Math.floorMod(mutation.position(), n);
        int variant = mutation.variant();
        switch (mutation.kind()) {
            case DELETE_LINE -> lines.remove(at);
            case SWAP_SCALAR_TYPE -> {
                int line = nextMatching(lines, at, SCALAR);
                if (line >= 0) {
                    Matcher m = SCALAR.matcher(lines.get(line));
                    m.matches();
                    lines.set(line, m.group(1) + m.group(2) + ": " + swapType(m.group(3).strip(), variant));
                }
            }
            case JUNK_VALUE -> {
                int line = nextMatching(lines, at, KEY);
                if (line >= 0) {
                    Matcher m = KEY.matcher(lines.get(line));
                    m.matches();
                    lines.set(line, m.group(1) + m.group(2) + ": " + junk.get(Math.floorMod(variant, junk.size())));
                }
            }
            case INSERT_JUNK_LINE -> {
                String indent = " ".repeat(Math.floorMod(variant / 7, 4) * 2);
                String key = List.of("junk", "battalionSize", "force", "parameters", "name", "extends", "days",
                        "0", "- nation", "<<").get(Math.floorMod(variant / 3, 10));
                lines.add(at, indent + key + ": " + junk.get(Math.floorMod(variant, junk.size())));
            }
            case DUPLICATE_KEY -> {
                int line = nextMatching(lines, at, KEY);
                if (line >= 0) {
                    lines.add(Math.min(lines.size(), line + 1 + Math.floorMod(variant, 2)), lines.get(line));
                }
            }
            case DUPLICATE_BLOCK -> {
                int line = nextMatching(lines, at, KEY);
                if (line >= 0) {
                    int end = blockEnd(lines, line);
                    lines.addAll(end, new ArrayList<>(lines.subList(line, end)));
                }
            }
            case BREAK_INDENT -> {
                String line = lines.get(at);
                lines.set(at, switch (Math.floorMod(variant, 4)) {
                    case 0 -> " " + line;
                    case 1 -> line.startsWith(" ") ? line.substring(1) : " " + line;
                    case 2 -> "\t" + line.stripLeading();
                    default -> "   " + line;
                });
            }
            case SWAP_LINES -> {
                int other = Math.floorMod(at + 1 + Math.floorMod(variant, 5), n);
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
            }
            case TRUNCATE -> {
                String joined = String.join("\n", lines);
                return joined.substring(0, Math.floorMod(mutation.position() * 31 + variant, joined.length() + 1));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** The same value as another type: number to text, text to number, boolean to "maybe", date to text. */
    private static String swapType(String value, int variant) {
        if (value.equals("true") || value.equals("false")) {
            return List.of("maybe", "1", "\"true\"", "[true]").get(Math.floorMod(variant, 4));
        }
        if (NUMBER.matcher(value).matches()) {
            return List.of("many", "\"" + value + "\"", value + " km", "[" + value + "]", "{v: " + value + "}",
                    "true").get(Math.floorMod(variant, 6));
        }
        if (DATE.matcher(value).matches()) {
            return List.of("soon", "20260401", "2026/04/01", "[" + value + "]", "1", "true").get(Math.floorMod(variant, 6));
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            return List.of("RAFAH", "0.3", "{}", "[]", "null").get(Math.floorMod(variant, 5));
        }
        return List.of("42", "-3.5", "true", "2026-04-01", "[" + value + "]", "{x: 1}", "null")
                .get(Math.floorMod(variant, 7));
    }

    private static int nextMatching(List<String> lines, int from, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            int line = (from + i) % lines.size();
            if (pattern.matcher(lines.get(line)).matches()) {
                return line;
            }
        }
        return -1;
    }

    /** The line after the block that starts at {@code line}: the next line not indented deeper. */
    private static int blockEnd(List<String> lines, int line) {
        int indent = indentOf(lines.get(line));
        int end = line + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent
                || lines.get(end).stripLeading().startsWith("- ") && indentOf(lines.get(end)) == indent
                && !lines.get(line).stripLeading().startsWith("- "))) {
            end++;
        }
        return end;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
