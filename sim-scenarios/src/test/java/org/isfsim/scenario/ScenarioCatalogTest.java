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
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in catalogue, scenario files, and the YAML that {@code describe} writes. */
class ScenarioCatalogTest {
    @TempDir
    Path dir;

    static List<String> builtIns() {
        return ScenarioCatalog.names();
    }

    @Test
    void catalogueListsBaselineFirstAndDefaultIsBuiltIn() {
        List<String> names = ScenarioCatalog.names();
        assertFalse(names.isEmpty());
        assertEquals("draft-resolution", names.get(0));
        assertTrue(names.contains(ScenarioCatalog.DEFAULT));
        assertEquals(names.size(), names.stream().distinct().count(), "duplicate names in catalog.txt: " + names);
        names.forEach(n -> assertFalse(n.startsWith("#") || n.isBlank(), n));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void builtInScenarioLoadsAndResolves(String name) {
        Scenario scenario = ScenarioCatalog.load(name);
        assertEquals(name, scenario.name());
        assertFalse(scenario.description().isBlank(), "description of " + name);
        assertFalse(scenario.sources().isEmpty(), "sources of " + name);
        assertEquals("scenario " + name, scenario.origin());
        Parameters parameters = scenario.resolve();
        assertEquals(parameters, scenario.resolve(List.of()));
        assertEquals(parameters, ScenarioCatalog.load(name).resolve(), "loading twice gives the same parameters");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void builtInScenarioRoundTripsThroughWrittenYaml(String name) throws IOException {
        Scenario scenario = ScenarioCatalog.load(name);
        Parameters resolved = scenario.resolve();
        String yaml = ScenarioYaml.write(scenario, resolved);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);

        Scenario back = ScenarioCatalog.load(file.toString());
        assertEquals(resolved, back.resolve());
        assertEquals(scenario.name(), back.name());
        assertEquals(scenario.description(), back.description());
        assertEquals(scenario.sources(), back.sources());
        assertEquals(file.toString(), back.origin());
        assertEquals(yaml, ScenarioYaml.write(back, back.resolve()), "writing it again gives the same text");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void builtInScenarioWithOverridesRoundTrips(String name) throws IOException {
        Scenario scenario = ScenarioCatalog.load(name);
        Parameters resolved = scenario.resolve(List.of("force.battalionSize=600", "force.pledges.0.troops=1234",
                "mandate.reportingIntervalMonths=3", "force.entryCrossing=RAFAH", "coordination.unifiedCommand=false",
                "map.idfHeldShare=0.1"));
        Path file = dir.resolve("with-overrides.yaml");
        Files.writeString(file, ScenarioYaml.write(scenario, resolved), StandardCharsets.UTF_8);

        Parameters back = ScenarioCatalog.load(file.toString()).resolve();
        assertEquals(resolved, back);
        assertEquals(600, back.force().battalionSize());
        assertEquals(1234, back.force().pledges().get(0).troops());
    }

    @Test
    void baselineResolvesToTheDefaults() {
        assertEquals(Parameters.defaults(), ScenarioCatalog.load("draft-resolution").resolve());
        assertEquals(Parameters.defaults(), ScenarioCatalog.load(ScenarioCatalog.DEFAULT).resolve());
    }

    @Test
    void writtenYamlHasTheDocumentKeysAndParameterValues() {
        Scenario baseline = ScenarioCatalog.load("draft-resolution");
        String yaml = ScenarioYaml.write(baseline, baseline.resolve());
        assertFalse(yaml.startsWith("---"), yaml);
        assertTrue(yaml.startsWith("name: draft-resolution\n"), yaml);
        assertTrue(yaml.contains("\ndescription: "), yaml);
        assertTrue(yaml.contains("\nsources:\n"), yaml);
        assertTrue(yaml.contains("\nparameters:\n"), yaml);
        assertTrue(yaml.contains("    cellSizeMeters: 250\n"), yaml);
        assertTrue(yaml.contains("    battalionSize: 800\n"), yaml);
        assertTrue(yaml.contains("    startDate: 2025-10-10\n") || yaml.contains("    startDate: \"2025-10-10\"\n"), yaml);
        assertTrue(yaml.contains("    entryCrossing: KEREM_SHALOM\n"), yaml);
    }

    @Test
    void scenarioFileOverridesOnlyWhatItNames() throws IOException {
        Path file = write("small.yaml", """
                name: small-force
                description: A smaller force.
                sources:
                  - "assumption: test"
                parameters:
                  force:
                    battalionSize: 600
                  map:
                    cellSizeMeters: 500
                """);
        Scenario scenario = ScenarioCatalog.load(file.toString());
        assertEquals("small-force", scenario.name());
        assertEquals("A smaller force.", scenario.description());
        assertEquals(List.of("assumption: test"), scenario.sources());
        Parameters d = Parameters.defaults();
        Parameters p = scenario.resolve();
        assertEquals(600, p.force().battalionSize());
        assertEquals(500, p.map().cellSizeMeters());
        assertEquals(d.map().idfHeldShare(), p.map().idfHeldShare());
        assertEquals(d.force().pledges(), p.force().pledges());
        assertEquals(d.timeline(), p.timeline());
        assertEquals(d.police(), p.police());
        assertEquals(d.coordination(), p.coordination());
        assertEquals(d.mandate(), p.mandate());
        assertEquals(d.population(), p.population());
    }

    @Test
    void setOverridesLieOnTopOfTheScenarioFile() throws IOException {
        Path file = write("s.yaml", """
                name: s
                parameters:
                  force:
                    battalionSize: 600
                    moveKmPerDay: 15.0
                """);
        Parameters p = ScenarioCatalog.load(file.toString()).resolve(List.of("force.battalionSize=700"));
        assertEquals(700, p.force().battalionSize());
        assertEquals(15.0, p.force().moveKmPerDay());
    }

    @Test
    void scenarioFileWithoutParametersOrDescriptionIsTheDefaults() throws IOException {
        Path file = write("bare.yml", "name: bare\n");
        Scenario scenario = ScenarioCatalog.load(file.toString());
        assertEquals("bare", scenario.name());
        assertEquals("", scenario.description());
        assertEquals(List.of(), scenario.sources());
        assertEquals(Parameters.defaults(), scenario.resolve());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed YAML", "name: x\nparameters: {force: [\n", "not valid YAML"),
                Arguments.of("malformed YAML (bad indentation)", "name: x\n  parameters:\n force: 1\n", "not valid YAML"),
                Arguments.of("unknown top-level key", "name: x\nparams:\n  force:\n    battalionSize: 600\n",
                        "unknown key 'params' (did you mean 'parameters'?); allowed: name, description, sources,"
                                + " extends, parameters"),
                Arguments.of("unknown parameter key", "name: x\nparameters:\n  force:\n    batalionSize: 600\n",
                        "unknown key 'force.batalionSize' (did you mean 'force.battalionSize'?); allowed:"),
                Arguments.of("unknown parameter section", "name: x\nparameters:\n  army:\n    size: 1\n",
                        "unknown key 'army'; allowed: timeline, map, population, civilians, legitimacy, force,"),
                Arguments.of("value out of range", "name: x\nparameters:\n  force:\n    battalionSize: -1\n",
                        "force.battalionSize: -1 is out of range; allowed 50..5000"),
                Arguments.of("wrong type", "name: x\nparameters:\n  map:\n    cellSizeMeters: big\n",
                        "map.cellSizeMeters: 'big' is not allowed; allowed: a whole number"),
                Arguments.of("bad enum", "name: x\nparameters:\n  force:\n    entryCrossing: rafah\n",
                        "allowed: one of ZIKIM, EREZ, KISSUFIM, KEREM_SHALOM, RAFAH"),
                Arguments.of("missing name", "description: no name\n", "name: missing"),
                Arguments.of("not a mapping", "- a\n- b\n", "expected a mapping"),
                Arguments.of("empty file", "", "expected a mapping"),
                Arguments.of("sources not a list", "name: x\nsources: one\n", "sources must be a list"),
                Arguments.of("parameters not a mapping", "name: x\nparameters: 5\n", "parameters must be a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badScenarioFileIsOneLineNamingTheFile(String what, String content, String expected) throws IOException {
        Path file = write("bad.yaml", content);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioCatalog.load(file.toString()));
        String message = e.getMessage();
        assertOneLine(message);
        assertTrue(message.matches(java.util.regex.Pattern.quote(file.toString()) + "(:\\d+)?: .*"), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void missingFileIsNamed() {
        String path = dir.resolve("does-not-exist.yaml").toString();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioCatalog.load(path));
        assertOneLine(e.getMessage());
        assertEquals(path + ": no such file", e.getMessage());
    }

    @Test
    void unknownScenarioNameListsTheBuiltIns() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioCatalog.load("nosuch-scenario"));
        String message = e.getMessage();
        assertOneLine(message);
        assertTrue(message.contains("'nosuch-scenario'"), message);
        for (String name : ScenarioCatalog.names()) {
            assertTrue(message.contains(name), message);
        }
        assertTrue(message.contains("allowed"), message);
    }

    @Test
    void writtenYamlOfAScenarioWithAwkwardTextLoadsBack() throws IOException {
        Path file = write("awkward.yaml", """
                name: "awkward: one"
                description: |
                  First line: with a colon.
                  Second line # not a comment.
                sources:
                  - "true"
                  - "- starts with a dash"
                  - "quote ' and \\" both"
                  - "ends with colon:"
                parameters:
                  force:
                    pledges:
                      - nation: "Null"
                        troops: 900
                        firstArrival: 2026-04-01
                        fullStrength: 2026-06-30
                        requiresUnMandate: false
                        mayDisarm: true
                        casualtyTolerance: 0.05
                        source: "yes"
                """);
        Scenario scenario = ScenarioCatalog.load(file.toString());
        assertEquals("awkward: one", scenario.name());
        assertEquals("First line: with a colon.\nSecond line # not a comment.", scenario.description());
        Parameters resolved = scenario.resolve();
        assertEquals(1, resolved.force().pledges().size());
        assertEquals("Null", resolved.force().pledges().get(0).nation());
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, ScenarioYaml.write(scenario, resolved), StandardCharsets.UTF_8);
        Scenario back = ScenarioCatalog.load(again.toString());
        assertEquals(scenario.name(), back.name());
        assertEquals(scenario.description(), back.description());
        assertEquals(scenario.sources(), back.sources());
        assertEquals(resolved, back.resolve());
    }

    @Test
    void writtenYamlOfANumericNameLoadsBack() throws IOException {
        Path file = write("year.yaml", "name: \"2026\"\nparameters: {}\n");
        Scenario scenario = ScenarioCatalog.load(file.toString());
        assertEquals("2026", scenario.name());
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, ScenarioYaml.write(scenario, scenario.resolve()), StandardCharsets.UTF_8);
        Scenario back = ScenarioCatalog.load(again.toString());
        assertEquals("2026", back.name());
    }

    @Test
    void writtenYamlOfNumericLookingTextParametersLoadsBackEqual() throws IOException {
        Scenario baseline = ScenarioCatalog.load("draft-resolution");
        Parameters resolved = baseline.resolve(List.of("force.pledges.1.nation='1.50'"));
        assertEquals("1.50", resolved.force().pledges().get(1).nation());
        Path file = dir.resolve("numeric-text.yaml");
        Files.writeString(file, ScenarioYaml.write(baseline, resolved), StandardCharsets.UTF_8);
        assertEquals("1.50", ScenarioCatalog.load(file.toString()).resolve().force().pledges().get(1).nation());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static void assertOneLine(String message) {
        assertTrue(message != null && !message.isBlank(), "empty message");
        assertFalse(message.contains("\n") || message.contains("\r"), "message is not one line: " + message);
    }
}
