package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isfsim.InvalidInputException;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of mistake in a scenario file a user writes ends in one {@link InvalidInputException}
 * line that starts with the file, gives the line where the mistake can be found, names the key and
 * the bad value and says what is allowed (docs/sources.md#design-command-line); and {@code extends} works with
 * built-in names and with files relative to the extending file.
 */
class ScenarioErrorsTest {
    /** Two pledges, the second requiring a mandate and arriving after it ends; list items indented. */
    private static final String LATE_PLEDGE_INDENTED = """
            name: late-pledge
            parameters:
              force:
                pledges:
                  - nation: Indonesia
                    troops: 8000
                    firstArrival: 2026-04-01
                    fullStrength: 2026-06-30
                    requiresUnMandate: true
                    mayDisarm: false
                    casualtyTolerance: 0.05
                    source: "docs/sources.md"
                  - nation: Morocco
                    troops: 1000
                    firstArrival: 2028-05-01
                    fullStrength: 2028-07-31
                    requiresUnMandate: true
                    mayDisarm: true
                    casualtyTolerance: 0.05
                    source: "assumption"
            """;

    @TempDir
    Path dir;

    // ---- one test per kind of error ----

    @Test
    void unknownKeyNamesItsLineAndSuggestsTheNearestKey() throws IOException {
        Path file = write("typo.yaml", """
                name: typo
                parameters:
                  force:
                    batalionSize: 600
                """);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 4, message);
        assertContains(message, "unknown key 'force.batalionSize'");
        assertContains(message, "(did you mean 'force.battalionSize'?)");
        assertContains(message, "allowed: force.battalionSize, force.entryCrossing");
        assertContains(message, "force.pledges");
    }

    @Test
    void unknownSectionNamesItsLineAndTheSections() throws IOException {
        Path file = write("section.yaml", """
                name: section
                description: a misspelt section
                parameters:
                  mandat:
                    endDate: 2027-12-31
                """);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 4, message);
        assertContains(message, "unknown key 'mandat' (did you mean 'mandate'?)");
        assertContains(message, "allowed: timeline, map,");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("map", "cellSizeMeters", "big", "'big' is not allowed; allowed: a whole number"),
                Arguments.of("force", "moveKmPerDay", "fast", "'fast' is not allowed; allowed: a number"),
                Arguments.of("coordination", "unifiedCommand", "maybe",
                        "'maybe' is not allowed; allowed: a true or false"),
                Arguments.of("mandate", "endDate", "soon", "'soon' is not allowed; allowed: a date (YYYY-MM-DD)"),
                Arguments.of("mandate", "renewal", "SOMETIMES",
                        "'SOMETIMES' is not allowed; allowed: one of AUTO, POLITICAL, ALWAYS, NEVER"),
                Arguments.of("timeline", "days", "1.5", "'1.5' is not allowed; allowed: a whole number"),
                Arguments.of("force", "pledges", "{nation: Chad}", "wrong kind of value; allowed: a list"));
    }

    @ParameterizedTest(name = "{0}.{1}: {2}")
    @MethodSource("wrongTypes")
    void wrongTypeNamesKeyValueAndAllowedType(String section, String key, String value, String expected)
            throws IOException {
        Path file = write("type.yaml", "name: wrong-type\nparameters:\n  " + section + ":\n    " + key + ": " + value
                + "\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 4, message);
        assertContains(message, section + "." + key + ": " + expected);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("force", "battalionSize", "-1", "force.battalionSize: -1 is out of range; allowed 50..5000"),
                Arguments.of("mandate", "reviewSecuredTarget", "1.5",
                        "mandate.reviewSecuredTarget: 1.5 is out of range; allowed 0.0..1.0"),
                Arguments.of("timeline", "days", "0", "timeline.days: 0 is out of range; allowed 1..36500"),
                Arguments.of("aid", "weeklyVariationCv", "-0.2",
                        "aid.weeklyVariationCv: -0.2 is out of range; allowed 0.0..2.0"),
                Arguments.of("aid", "keremShalomCapacity", "-5",
                        "aid.keremShalomCapacity: -5 is out of range; allowed 0..100000"));
    }

    @ParameterizedTest(name = "{0}.{1}: {2}")
    @MethodSource("outOfRange")
    void valueOutOfRangeNamesKeyValueAndRange(String section, String key, String value, String expected)
            throws IOException {
        Path file = write("range.yaml", "name: out-of-range\ndescription: one value too far\nparameters:\n  "
                + section + ":\n    " + key + ": " + value + "\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 5, message);
        assertContains(message, expected);
    }

    @Test
    void unknownExtendsTargetNamesTheLineAndTheBuiltIns() throws IOException {
        Path file = write("child.yaml", """
                name: child
                extends: draft-resolutoin
                parameters:
                  force:
                    battalionSize: 600
                """);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 2, message);
        assertContains(message, "extends: unknown scenario 'draft-resolutoin' (did you mean 'draft-resolution'?)");
        assertContains(message, "allowed: ");
        for (String name : ScenarioCatalog.names()) {
            assertContains(message, name);
        }
        assertContains(message, "or a path to a scenario .yaml file");
    }

    @Test
    void missingExtendsFileNamesTheLineAndTheFileItLookedFor() throws IOException {
        Path file = write("child.yaml", "name: child\nextends: parents/base.yaml\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 2, message);
        assertContains(message, "extends: ");
        assertContains(message, dir.resolve("parents").resolve("base.yaml").toString());
        assertContains(message, "no such file");
    }

    @Test
    void cycleOfExtendsShowsTheCycle() throws IOException {
        Path a = write("a.yaml", "name: a\nextends: b.yaml\n");
        Path b = write("b.yaml", "name: b\nextends: a.yaml\n");
        String message = refused(a);
        assertTrue(message.startsWith(b + ": ") || message.startsWith(a + ": "),
                "starts with one of the files of the cycle: " + message);
        assertContains(message, "extends makes a cycle: " + a + " -> " + b + " -> " + a);
        assertContains(message, "allowed: a chain that ends at a scenario without extends");

        String fromB = refused(b);
        assertContains(fromB, "extends makes a cycle: " + b + " -> " + a + " -> " + b);
    }

    @Test
    void scenarioExtendingItselfIsACycle() throws IOException {
        Path self = write("self.yaml", "name: self\nextends: self.yaml\nparameters:\n  force:\n    battalionSize: 600\n");
        String message = refused(self);
        assertTrue(message.startsWith(self + ": "), message);
        assertContains(message, "extends makes a cycle: " + self + " -> " + self);
    }

    @Test
    void longerCycleShowsEveryFileInOrder() throws IOException {
        Path a = write("a.yaml", "name: a\nextends: b.yaml\n");
        Path b = write("b.yaml", "name: b\nextends: c.yaml\n");
        Path c = write("c.yaml", "name: c\nextends: a.yaml\n");
        String message = refused(a);
        assertTrue(message.startsWith(c + ": "), "the file that closes the cycle: " + message);
        assertContains(message, "extends makes a cycle: " + a + " -> " + b + " -> " + c + " -> " + a);
    }

    @Test
    void cycleIsFoundWhenTheFileIsGivenRelativeToTheWorkingDirectory() throws IOException {
        write("a.yaml", "name: a\nextends: b.yaml\n");
        write("b.yaml", "name: b\nextends: a.yaml\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("a.yaml"));
        assertFalse(relative.isAbsolute());
        String message = refused(relative);
        assertContains(message, "extends makes a cycle: ");
        assertContains(message, "a.yaml -> ");
        assertContains(message, "b.yaml -> ");
    }

    @Test
    void cycleThroughASubfolderIsFound() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Path a = write("a.yaml", "name: a\nextends: x/b.yaml\n");
        write("x/b.yaml", "name: b\nextends: ../a.yaml\n");
        String message = refused(a);
        assertContains(message, "extends makes a cycle: ");
        assertContains(message, "b.yaml");
    }

    /**
     * The line is where the YAML parser found the problem and the reason is the parser's: for a
     * list, mapping or quote left open that is where the text ends (the line after the last line
     * break), not the line where it was opened.
     */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("mapping key at the wrong indentation", """
                        name: x
                        parameters:
                          force:
                            battalionSize: 600
                           moveKmPerDay: 3
                        """, 5, "expected <block end>, but found '<block mapping start>'"),
                Arguments.of("unclosed flow list (the end of the text)", "name: x\nparameters:\n  force: [\n", 4,
                        "expected the node content, but found '<stream end>'"),
                Arguments.of("unclosed flow mapping (the line where the parser stops)",
                        "name: x\nparameters: {force: {battalionSize: 600}\nmap: 1\n", 3,
                        "expected ',' or '}', but got <scalar>"),
                Arguments.of("unterminated quote (the end of the text)", "name: \"x\ndescription: y\n", 3,
                        "found unexpected end of stream"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedYamlGivesTheLine(String what, String content, int line, String reason) throws IOException {
        Path file = write("malformed.yaml", content);
        String message = refused(file);
        assertStartsWithFileAndLine(file, line, message);
        assertContains(message, "not valid YAML (" + reason + ")");
    }

    @Test
    void tabIndentationGivesItsLineAndSaysWhatIsWrong() throws IOException {
        Path file = write("tab.yaml", "name: x\nparameters:\n\tforce:\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 3, message);
        assertContains(message, "TAB");
    }

    @Test
    void pledgeArrivingAfterTheMandateEndsIsRefusedWithItsLine() throws IOException {
        Path file = write("late.yaml", LATE_PLEDGE_INDENTED);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 15, message);
        assertContains(message, "force.pledges.1.firstArrival (Morocco): 2028-05-01 is after mandate.endDate"
                + " (2027-12-31); allowed: on or before it, or mandate.renewal: ALWAYS");
    }

    @Test
    void mandateEndingBeforeTheDefaultPledgesArriveIsRefused() throws IOException {
        Path file = write("short-mandate.yaml", """
                name: short-mandate
                parameters:
                  mandate:
                    endDate: 2026-01-31
                """);
        String message = refused(file);
        assertTrue(message.startsWith(file + ":"), message);
        assertContains(message, "force.pledges.0.firstArrival (Indonesia): 2026-04-01 is after mandate.endDate"
                + " (2026-01-31)");
        assertContains(message, "allowed: on or before it, or mandate.renewal: ALWAYS");
    }

    @Test
    void latePledgeIsAllowedWhenTheMandateIsAlwaysRenewed() throws IOException {
        Path file = write("late-renewed.yaml", LATE_PLEDGE_INDENTED + "  mandate:\n    renewal: ALWAYS\n");
        Parameters parameters = ScenarioCatalog.load(file.toString()).resolve();
        assertEquals(MandateParameters.Renewal.ALWAYS, parameters.mandate().renewal());
        assertEquals(2, parameters.force().pledges().size());
    }

    @Test
    void mandateEndingBeforeItIsAuthorisedIsRefusedWithItsLine() throws IOException {
        Path file = write("backwards.yaml", "name: backwards\nparameters:\n  mandate:\n    endDate: 2025-01-01\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 4, message);
        assertContains(message, "mandate.endDate: 2025-01-01 is before mandate.authorisedDate (2025-11-17);"
                + " allowed: on or after it");
    }

    @Test
    void aSectorOrderWithARepeatedGovernorateIsRefusedWithItsLine() throws IOException {
        Path file = write("sectors.yaml", """
                name: sectors
                parameters:
                  force:
                    battalionSize: 600
                    sectorOrder: [RAFAH, KHAN_YOUNIS, RAFAH]
                """);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 5, message);
        assertContains(message, "force.sectorOrder: [RAFAH, KHAN_YOUNIS, RAFAH] is not allowed;"
                + " allowed: distinct governorates, at least one, from [");
    }

    @Test
    void withdrawalSharesThatGrowAreRefusedWithTheirLine() throws IOException {
        Path file = write("withdrawal.yaml", """
                name: withdrawal
                parameters:
                  israel:
                    vetoLifted: true
                    withdrawalShares: [0.53, 0.6, 0.15]
                """);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 5, message);
        assertContains(message, "israel.withdrawalShares: [0.53, 0.6, 0.15] is not allowed;"
                + " allowed: shares that never grow from one stage to the next");
    }

    @Test
    void errorInAParentFileNamesTheParentAndItsLine() throws IOException {
        Files.createDirectories(dir.resolve("base"));
        Path parent = write("base/parent.yaml", """
                name: parent
                parameters:
                  coordination:
                    unifiedCommand: true
                  force:
                    moveKmPerDay: 500
                """);
        Path child = write("child.yaml", "name: child\nextends: base/parent.yaml\n");
        String message = refused(child);
        assertTrue(message.startsWith(parent.toAbsolutePath() + ":6: "), message);
        assertContains(message, "force.moveKmPerDay: 500.0 is out of range; allowed 0.1..200.0");
    }

    // ---- extends that works ----

    @Test
    void extendsOfABuiltInLaysTheChildOverTheParent() throws IOException {
        Path file = write("monthly.yaml", """
                name: monthly-reviews
                extends: resolution-2803
                description: resolution 2803 with quarterly reports and bigger battalions
                parameters:
                  mandate:
                    reportingIntervalMonths: 3
                  force:
                    battalionSize: 600
                """);
        Scenario scenario = ScenarioCatalog.load(file.toString());
        assertEquals("monthly-reviews", scenario.name());
        assertEquals("resolution-2803", scenario.parent());
        Parameters child = scenario.resolve();
        Parameters parent = ScenarioCatalog.load("resolution-2803").resolve();
        assertEquals(6, parent.mandate().reportingIntervalMonths());
        assertEquals(3, child.mandate().reportingIntervalMonths(), "the child's value wins");
        assertEquals(600, child.force().battalionSize(), "the child's own value");
        assertEquals(parent.israel(), child.israel(), "what the child does not name comes from the parent");
        assertEquals(parent.force().pledges(), child.force().pledges());
        assertEquals(parent.mandate().endDate(), child.mandate().endDate());
    }

    @Test
    void extendsOfABuiltInThatItselfExtendsKeepsTheWholeChain() throws IOException {
        Path file = write("renewed-yearly.yaml", """
                name: renewed-yearly
                extends: mandate-renewed
                parameters:
                  mandate:
                    renewalMonths: 12
                """);
        Parameters p = ScenarioCatalog.load(file.toString()).resolve();
        assertEquals(12, p.mandate().renewalMonths(), "child");
        assertEquals(MandateParameters.Renewal.ALWAYS, p.mandate().renewal(), "mandate-renewed");
        assertEquals(1543, p.timeline().days(), "mandate-renewed");
        assertEquals(6, p.mandate().reportingIntervalMonths(), "resolution-2803");
        assertEquals(List.of(0.3, 0.7), p.israel().stageInfrastructureDestroyed(), "resolution-2803");
    }

    @Test
    void childListReplacesTheParentListWhole() throws IOException {
        Path file = write("one-pledge.yaml", """
                name: one-pledge
                extends: immediate-deployment
                parameters:
                  force:
                    pledges:
                    - nation: Indonesia
                      troops: 1000
                      firstArrival: 2025-10-10
                      fullStrength: 2025-10-20
                      requiresUnMandate: false
                      mayDisarm: true
                      casualtyTolerance: 0.05
                      source: "test"
                """);
        Parameters p = ScenarioCatalog.load(file.toString()).resolve();
        assertEquals(1, p.force().pledges().size());
        assertEquals(1000, p.force().pledgedTroops());
    }

    @Test
    void extendsOfAFileIsRelativeToTheExtendingFileNotTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("scenarios/mine"));
        Files.createDirectories(dir.resolve("scenarios/common"));
        write("scenarios/common/grandparent.yaml", """
                name: grandparent
                extends: turkey-included
                parameters:
                  force:
                    patrolKmPerDay: 3.0
                """);
        write("scenarios/common/parent.yaml", """
                name: parent
                extends: grandparent.yaml
                parameters:
                  force:
                    battalionSize: 600
                    moveKmPerDay: 15.0
                """);
        Path child = write("scenarios/mine/child.yaml", """
                name: child
                extends: ../common/parent.yaml
                parameters:
                  force:
                    battalionSize: 700
                """);
        assertFalse(Files.exists(Path.of("../common/parent.yaml")), "the working directory must not hold it");
        Scenario scenario = ScenarioCatalog.load(child.toString());
        assertEquals("parent", scenario.parent());
        Parameters p = scenario.resolve();
        assertEquals(700, p.force().battalionSize(), "child wins over parent");
        assertEquals(15.0, p.force().moveKmPerDay(), "from parent");
        assertEquals(3.0, p.force().patrolKmPerDay(), "from grandparent, found beside the parent");
        assertTrue(p.israel().vetoLifted(), "from the built-in turkey-included");
    }

    @Test
    void setOverridesLieOverTheWholeChain() throws IOException {
        Path parent = write("parent.yaml", "name: parent\nextends: resolution-2803\nparameters:\n  force:\n"
                + "    battalionSize: 600\n");
        Path child = write("child.yaml", "name: child\nextends: " + parent.getFileName() + "\n");
        Parameters p = ScenarioCatalog.load(child.toString()).resolve(List.of("force.battalionSize=650",
                "mandate.reportingIntervalMonths=2"));
        assertEquals(650, p.force().battalionSize());
        assertEquals(2, p.mandate().reportingIntervalMonths());
    }

    // ---- shortcomings found while writing these tests ----

    @Test
    void pledgeErrorInACompactListGivesTheLine() throws IOException {
        String compact = LATE_PLEDGE_INDENTED.replace("      - ", "    - ").replace("        ", "      ");
        assertTrue(compact.contains("    pledges:\n    - nation: Indonesia\n      troops: 8000\n"), compact);
        Path file = write("late-compact.yaml", compact);
        String message = refused(file);
        assertStartsWithFileAndLine(file, 15, message);
    }

    @Test
    void pledgeValueOutOfRangePointsAtItsOwnLine() throws IOException {
        Path file = write("bad-troops.yaml", LATE_PLEDGE_INDENTED.replace("2028-05-01", "2026-05-01")
                .replace("2028-07-31", "2026-07-31").replace("troops: 1000", "troops: -5"));
        String message = refused(file);
        assertStartsWithFileAndLine(file, 14, message);
        assertContains(message, "force.pledges.1.troops");
        assertContains(message, "-5 is out of range; allowed 0..100000");
    }

    static Stream<Arguments> nullPledges() {
        return Stream.of(Arguments.of("block list", "\n    - null\n", 5), Arguments.of("flow list", " [null]\n", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullPledges")
    void nullPledgeEntryNamesTheEntry(String what, String pledges, int line) throws IOException {
        Path file = write("null-pledge.yaml", "name: x\nparameters:\n  force:\n    pledges:" + pledges);
        String message = refused(file);
        assertStartsWithFileAndLine(file, line, message);
        assertContains(message, "force.pledges.0: missing; every entry needs a value");
        assertFalse(message.contains("NullPointerException"), message);
        assertFalse(message.contains("org.isfsim"), message);
    }

    @Test
    void valueWithALineBreakStillGivesOneLine() throws IOException {
        Path file = write("newline.yaml", "name: x\nparameters:\n  force:\n    battalionSize: \"six\\nhundred\"\n");
        String message = refused(file);
        assertStartsWithFileAndLine(file, 4, message);
        assertContains(message, "force.battalionSize");
    }

    @Test
    void extendsWithAnImpossiblePathIsAnInputError() throws IOException {
        Path file = write("nul.yaml", "name: x\nextends: \"a\\0b.yaml\"\n");
        String message = refused(file);
        assertTrue(message.startsWith(file + ":"), message);
    }

    @Test
    void duplicateKeyIsRefusedWithItsLine() throws IOException {
        Path file = write("twice.yaml", """
                name: twice
                parameters:
                  force:
                    battalionSize: 600
                  map:
                    cellSizeMeters: 500
                  force:
                    moveKmPerDay: 15.0
                """);
        String message = refused(file);
        assertTrue(message.startsWith(file + ":7: ") || message.startsWith(file + ":3: "), message);
        assertContains(message, "force");
    }

    // ---- helpers ----

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Loads the file, expecting a refusal, and returns its message after checking it is one line. */
    private static String refused(Path file) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioCatalog.load(file.toString()));
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank(), "empty message");
        assertFalse(message.contains("\n") || message.contains("\r"), "not one line: " + message);
        return message;
    }

    private static void assertStartsWithFileAndLine(Path file, int line, String message) {
        assertTrue(message.startsWith(file + ":" + line + ": "), "expected to start with '" + file + ":" + line
                + ": ': " + message);
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
    }
}
