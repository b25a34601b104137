package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.DesignPoint;
import org.isfsim.experiment.Experiment;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.design.FullFactorial;
import org.isfsim.experiment.design.LatinHypercube;
import org.isfsim.experiment.design.SobolSaltelli;
import org.isfsim.model.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files for {@code isf-sim sweep} ({@link ExperimentFile}): every mistake is refused with one
 * line that names the file (and the line, where the loader knows it), the key and what is allowed; valid
 * files give the design points their design promises, with whole-number parameters written as whole numbers.
 */
class ExperimentFileTest {
    /** The first three lines of most files below; errors on a later key are on line 4 or later. */
    private static final String HEAD = """
            name: test
            scenario: draft-resolution
            days: 10
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The message of loading {@code text} (and building its experiment), which must be refused. */
    private String refused(String text) throws IOException {
        Path file = write(text);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExperimentFile.load(file).toExperiment(), () -> "accepted:\n" + text);
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertTrue(message.startsWith(file + ":"), "names the file " + file + ": " + message);
        return message;
    }

    private void assertAtLine(int line, String message) {
        assertTrue(message.startsWith(dir.resolve("experiment.yaml") + ":" + line + ": "),
                "expected line " + line + ": " + message);
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected '" + part + "' in: " + message);
        }
    }

    private ExperimentFile load(String text) throws IOException {
        return ExperimentFile.load(write(text));
    }

    private static List<String> values(Experiment experiment, String key) {
        return experiment.points().stream()
                .map(p -> p.factors().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value())
                .toList();
    }

    // ---------------------------------------------------------------- errors

    @Test
    void unknownTopLevelKeySuggestsTheNearest() throws IOException {
        String message = refused(HEAD + "replicatons: 2\n");
        assertAtLine(4, message);
        assertContains(message, "unknown key 'replicatons'", "(did you mean 'replications'?)",
                "allowed: name, description, scenario, days, replications, seed, design, factors, metrics, every");
    }

    @Test
    void unknownFactorKeyNamesItsLineAndTheAllowedKeys() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: [600, 800]\n  force.batalionSize: [1, 2]\n");
        assertAtLine(6, message);
        assertContains(message, "'force.batalionSize'", "(did you mean 'force.battalionSize'?)",
                "allowed: force.battalionSize, force.entryCrossing");

        String section = refused(HEAD + "factors:\n  nosuch.key: [1, 2]\n");
        assertAtLine(5, section);
        assertContains(section, "'nosuch.key'", "allowed: timeline, map, population");
    }

    @Test
    void aFactorThatIsAListOfParametersIsRefused() throws IOException {
        String message = refused(HEAD + "factors:\n  force.pledges: [1, 2]\n");
        assertAtLine(5, message);
        assertContains(message, "factors.force.pledges", "group of parameters", "allowed: a single value's key");
    }

    @Test
    void aFactorThatIsASectionIsRefusedAsAGroup() throws IOException {
        for (String value : List.of("[1, 2]", "{min: 1, max: 2}")) {
            String message = refused(HEAD + "factors:\n  force: " + value + "\n");
            assertAtLine(5, message);
            assertContains(message, "factors.force", "group", "allowed:");
        }
    }

    @Test
    void unknownDesignTypeSuggestsTheNearest() throws IOException {
        String message = refused(HEAD + "design:\n  type: latin-hypercub\n  samples: 4\n"
                + "factors:\n  force.battalionSize: {min: 500, max: 900}\n");
        assertAtLine(4, message);
        assertContains(message, "design.type: 'latin-hypercub' is not allowed", "(did you mean 'latin-hypercube'?)",
                "allowed: full-factorial, latin-hypercube, sobol, morris");

        String flow = refused(HEAD + "design: sobel\n");
        assertAtLine(4, flow);
        assertContains(flow, "'sobel'", "(did you mean 'sobol'?)");
    }

    @Test
    void unknownDesignKeyIsRefused() throws IOException {
        String message = refused(HEAD + "design: {type: sobol, samples: 4, sample: 3}\n");
        assertAtLine(4, message);
        assertContains(message, "design.sample", "allowed: type, samples");
    }

    @Test
    void sampledDesignsNeedSamples() throws IOException {
        for (String type : List.of("latin-hypercube", "sobol")) {
            String message = refused(HEAD + "design:\n  type: " + type + "\n"
                    + "factors:\n  force.battalionSize: {min: 500, max: 900}\n");
            assertAtLine(4, message);
            assertContains(message, "design.samples", "allowed: a whole number 2..", type);

            String one = refused(HEAD + "design: {type: " + type + ", samples: 1}\n"
                    + "factors:\n  force.battalionSize: {min: 500, max: 900}\n");
            assertAtLine(4, one);
            assertContains(one, "design.samples: '1'", "allowed: a whole number 2..");
        }
    }

    /** A Morris design: r trajectories of k + 1 points, 4 levels unless told, its settings in the manifest. */
    @Test
    void aMorrisDesignHasItsTrajectories() throws IOException {
        Experiment experiment = load(HEAD + "design: {type: morris, trajectories: 6}\nfactors:\n"
                + "  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}\n"
                + "  force.battalionSize: {min: 500, max: 900, integer: true}\n").toExperiment();
        assertEquals(6 * 3, experiment.points().size());
        assertEquals("morris", experiment.design().get("type"));
        assertEquals(6, experiment.design().get("trajectories"));
        assertEquals(4, experiment.design().get("levels"));

        String odd = refused(HEAD + "design: {type: morris, trajectories: 6, levels: 5}\nfactors:\n"
                + "  force.battalionSize: {min: 500, max: 900}\n");
        assertAtLine(4, odd);
        assertContains(odd, "design.levels: 5 is not allowed", "an even whole number");
        String missing = refused(HEAD + "design: {type: morris}\nfactors:\n  force.battalionSize: {min: 500, max: 900}\n");
        assertContains(missing, "design.trajectories", "morris needs it");
        String samples = refused(HEAD + "design: {type: morris, samples: 4}\n");
        assertContains(samples, "design.samples: unknown key; allowed: type, trajectories, levels (for morris)");
    }

    @Test
    void boundsWithMinAboveMaxAreRefused() throws IOException {
        String message = refused(HEAD + "design: {type: latin-hypercube, samples: 4}\nfactors:\n"
                + "  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}\n"
                + "  force.battalionSize: {min: 900, max: 500}\n");
        assertAtLine(7, message);
        assertContains(message, "force.battalionSize", "min must be <= max", "900", "500");
    }

    @Test
    void rangeWithStepZeroIsRefused() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: {from: 500, to: 900, step: 0}\n");
        assertAtLine(5, message);
        assertContains(message, "force.battalionSize", "step must be > 0", "got 0");

        String reversed = refused(HEAD + "factors:\n  force.battalionSize: {from: 900, to: 500, step: 100}\n");
        assertAtLine(5, reversed);
        assertContains(reversed, "from must be <= to");
    }

    @Test
    void wholeNumberFactorWithAFractionalStepIsRefused() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: {from: 500, to: 900, step: 0.5}\n");
        assertAtLine(5, message);
        assertContains(message, "force.battalionSize is a whole number", "0.5");
    }

    @Test
    void aFactorValueThatIsNeitherListNorRangeIsRefused() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: 600\n");
        assertAtLine(5, message);
        assertContains(message, "force.battalionSize", "'600'", "allowed: a list of values, {from, to, step} or {min, max}");
    }

    @Test
    void unknownMetricSuggestsTheNearest() throws IOException {
        String message = refused(HEAD + "metrics: [isf_troops, secured_shares]\n");
        assertAtLine(4, message);
        assertContains(message, "'secured_shares' is not a metric", "(did you mean 'secured_share'?)",
                "allowed: isf_troops, isf_contingents");
        for (Metric metric : Metric.all()) {
            assertContains(message, metric.column());
        }
    }

    @Test
    void everyMustBePositive() throws IOException {
        String message = refused(HEAD + "every: 0\n");
        assertAtLine(4, message);
        assertContains(message, "every: 0", "allowed 1..36500");
    }

    @Test
    void replicationsMustBeAWholeNumber() throws IOException {
        String message = refused(HEAD + "replications: x\n");
        assertAtLine(4, message);
        assertContains(message, "replications: 'x' is not allowed", "allowed: a whole number 1..100000");

        String fraction = refused(HEAD + "replications: 2.5\n");
        assertAtLine(4, fraction);
        assertContains(fraction, "'2.5'", "allowed: a whole number");

        String zero = refused(HEAD + "replications: 0\n");
        assertContains(zero, "replications: 0 is out of range", "allowed 1..100000");
    }

    @Test
    void daysAndSeedMustBeWholeNumbers() throws IOException {
        String days = refused("name: test\ndays: 0\n");
        assertAtLine(2, days);
        assertContains(days, "days: 0 is out of range", "allowed 1..36500");

        String seed = refused(HEAD + "seed: abc\n");
        assertAtLine(4, seed);
        assertContains(seed, "seed: 'abc'", "allowed: a whole number");
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws IOException {
        String message = refused("name: test\nfactors: [a, b\n");
        assertTrue(Pattern.compile(Pattern.quote(dir.resolve("experiment.yaml").toString()) + ":\\d+: .*")
                .matcher(message).matches(), message);
        assertContains(message, "not valid YAML");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() throws IOException {
        String message = refused("- name: test\n");
        assertContains(message, "expected a mapping with keys name,");
    }

    @Test
    void nameIsRequired() throws IOException {
        String message = refused("days: 10\n");
        assertContains(message, "name: missing");
    }

    @Test
    void unknownScenarioListsTheBuiltInOnes() throws IOException {
        String message = refused("name: test\nscenario: no-such-scenario\n");
        assertAtLine(2, message);
        assertContains(message, "unknown scenario 'no-such-scenario'", "allowed: draft-resolution",
                "or a path to a scenario .yaml file");

        String file = refused("name: test\nscenario: missing-scenario.yaml\n");
        assertAtLine(2, file);
        assertContains(file, "missing-scenario.yaml");
    }

    @Test
    void factorLevelOutOfRangeNamesTheFileKeyAndRange() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: [600, -5]\n");
        assertContains(message, "force.battalionSize", "-5", "allowed 50..5000");
    }

    @Test
    void aFactorTheDesignCannotUseNamesTheFile() throws IOException {
        String factorial = refused(HEAD + "factors:\n  force.battalionSize: {min: 500, max: 900}\n");
        assertAtLine(5, factorial);
        assertContains(factorial, "force.battalionSize", "full-factorial");

        String sobol = refused(HEAD + "design: {type: sobol, samples: 4}\nfactors:\n  force.battalionSize: [500, 900]\n");
        assertAtLine(6, sobol);
        assertContains(sobol, "force.battalionSize", "sobol");
    }

    @Test
    void aFactorGivenTwiceIsRefused() throws IOException {
        String message = refused(HEAD + "factors:\n  force.battalionSize: [600, 700]\n  force.battalionSize: [800]\n");
        assertAtLine(6, message);
        assertContains(message, "force.battalionSize");
    }

    // ---------------------------------------------------------------- valid files

    @Test
    void fullFactorialHasTheProductOfTheLevels() throws IOException {
        ExperimentFile file = load(HEAD + """
                replications: 3
                seed: 42
                factors:
                  force.battalionSize: [600, 800, 1000]
                  coordination.members: {from: 20, to: 60, step: 20}
                  coordination.unifiedCommand: [true, false]
                  insurgency.attackChancePerDay: {from: 0.1, to: 0.3, step: 0.1}
                metrics: [secured_share, isf_troops]
                every: 7
                """);
        assertEquals(new FullFactorial(), file.design());
        assertEquals("test", file.name());
        assertEquals(10, file.days());
        assertEquals(3, file.replications());
        assertEquals(42, file.seed());
        assertEquals(List.of(Metric.ISF_TROOPS, Metric.SECURED_SHARE), file.output().metrics(), "in column order");
        assertEquals(7, file.output().every());

        Experiment experiment = file.toExperiment();
        assertEquals(3 * 3 * 2 * 3, experiment.points().size());
        assertEquals(54 * 3, experiment.runCount());
        assertEquals(42, experiment.baseSeed());
        assertEquals("draft-resolution", experiment.scenario());
        assertEquals(List.of("force.battalionSize", "coordination.members", "coordination.unifiedCommand",
                "insurgency.attackChancePerDay"), experiment.factorKeys());
        assertEquals(Set.of("600", "800", "1000"), new TreeSet<>(values(experiment, "force.battalionSize")));
        assertEquals(Set.of("20", "40", "60"), new TreeSet<>(values(experiment, "coordination.members")));
        assertEquals(Set.of("0.1", "0.2", "0.3"), new TreeSet<>(values(experiment, "insurgency.attackChancePerDay")));
        // first factor slowest, last fastest
        List<FactorValue> first = experiment.points().get(0).factors();
        List<FactorValue> second = experiment.points().get(1).factors();
        assertEquals(List.of("600", "20", "true", "0.1"), first.stream().map(FactorValue::value).toList());
        assertEquals(List.of("600", "20", "true", "0.2"), second.stream().map(FactorValue::value).toList());
        for (DesignPoint point : experiment.points()) {
            assertEquals(10, point.parameters().timeline().days());
            assertEquals(Integer.parseInt(point.factors().get(0).value()), point.parameters().force().battalionSize());
            assertEquals(Integer.parseInt(point.factors().get(1).value()), point.parameters().coordination().members());
            assertEquals(Boolean.parseBoolean(point.factors().get(2).value()),
                    point.parameters().coordination().unifiedCommand());
            assertEquals(Double.parseDouble(point.factors().get(3).value()),
                    point.parameters().insurgency().attackChancePerDay());
        }
    }

    @Test
    void noFactorsIsOnePoint() throws IOException {
        Experiment experiment = load(HEAD + "replications: 4\n").toExperiment();
        assertEquals(1, experiment.points().size());
        assertEquals(4, experiment.runCount());
        assertEquals(List.of(), experiment.factorKeys());
        assertEquals(Metric.all(), experiment.output().metrics(), "every metric by default");
        assertEquals(1, experiment.output().every());
    }

    @Test
    void latinHypercubeHasOnePointPerSampleAndWholeNumbersStayWhole() throws IOException {
        String text = HEAD + """
                seed: 9
                design: {type: latin-hypercube, samples: 7}
                factors:
                  force.battalionSize: {min: 500, max: 900}
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                  coordination.unifiedCommand: [true, false]
                """;
        ExperimentFile file = load(text);
        assertEquals(new LatinHypercube(7), file.design());
        Experiment experiment = file.toExperiment();
        assertEquals(7, experiment.points().size());
        for (DesignPoint point : experiment.points()) {
            String size = point.factors().get(0).value();
            assertTrue(size.matches("\\d+"), "a whole-number parameter is written whole: " + size);
            int troops = Integer.parseInt(size);
            assertTrue(troops >= 500 && troops <= 900, size);
            assertEquals(troops, point.parameters().force().battalionSize());
            double chance = Double.parseDouble(point.factors().get(1).value());
            assertTrue(chance >= 0.01 && chance <= 0.1, point.factors().toString());
            assertFalse(point.factors().get(1).value().contains("E"), "no exponent: " + point.factors());
            assertTrue(Set.of("true", "false").contains(point.factors().get(2).value()));
        }
        // the same seed gives the same points; another seed others
        assertEquals(experiment.points(), load(text).toExperiment().points());
        assertNotEquals(values(experiment, "insurgency.attackChancePerDay"),
                values(load(text.replace("seed: 9", "seed: 10")).toExperiment(), "insurgency.attackChancePerDay"));
    }

    @Test
    void sobolHasSamplesTimesFactorsPlusTwoPoints() throws IOException {
        ExperimentFile file = load(HEAD + """
                design:
                  type: sobol
                  samples: 4
                factors:
                  force.battalionSize: {min: 500, max: 900}
                  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}
                  force.patrolDiscoveryChance: {min: 0.01, max: 0.2}
                """);
        assertEquals(new SobolSaltelli(4), file.design());
        Experiment experiment = file.toExperiment();
        assertEquals(4 * (3 + 2), experiment.points().size());
        assertEquals("sobol", experiment.design().get("type"));
        for (String size : values(experiment, "force.battalionSize")) {
            assertTrue(size.matches("\\d+"), "a whole-number parameter is written whole: " + size);
        }

        Experiment two = load(HEAD + "design: {type: sobol, samples: 4}\nfactors:\n"
                + "  insurgency.attackChancePerDay: {min: 0.01, max: 0.1}\n"
                + "  force.patrolDiscoveryChance: {min: 0.01, max: 0.2}\n").toExperiment();
        assertEquals(4 * (2 + 2), two.points().size());
    }

    @Test
    void wholeNumberLevelsAndRangesAreWrittenWithoutADecimalPoint() throws IOException {
        Experiment experiment = load(HEAD + """
                factors:
                  force.battalionSize: {from: 600, to: 1000, step: 200}
                  police.targetOfficers: [6000, 12000]
                """).toExperiment();
        assertEquals(List.of("600", "600", "800", "800", "1000", "1000"), values(experiment, "force.battalionSize"));
        assertEquals(List.of("6000", "12000", "6000", "12000", "6000", "12000"),
                values(experiment, "police.targetOfficers"));
        assertEquals(600, experiment.points().get(0).parameters().force().battalionSize());
        assertEquals(12000, experiment.points().get(1).parameters().police().targetOfficers());
    }

    @Test
    void theExamplesLoad() throws IOException {
        Path examples = Path.of("..", "examples");
        assumeTrue(Files.isDirectory(examples), "the examples folder beside the module");
        Experiment factorial = ExperimentFile.load(examples.resolve("troops-and-coordination.yaml")).toExperiment();
        assertEquals(4, factorial.points().size());
        assertEquals(12, factorial.runCount());
        Experiment sobol = ExperimentFile.load(examples.resolve("sobol-insurgency.yaml")).toExperiment();
        assertEquals(16 * (3 + 2), sobol.points().size());
        Experiment epstein = ExperimentFile.load(examples.resolve("epstein-legitimacy-and-cops.yaml")).toExperiment();
        assertEquals(30, epstein.runCount());
        assertTrue(epstein.points().stream().allMatch(p -> p.parameters().epstein().enabled()));
        assertEquals(0.08, epstein.points().get(1).parameters().epstein().copDensity());
        Experiment morris = ExperimentFile.load(examples.resolve("morris-screening.yaml")).toExperiment();
        assertEquals(10 * (4 + 1), morris.points().size());
    }
}
