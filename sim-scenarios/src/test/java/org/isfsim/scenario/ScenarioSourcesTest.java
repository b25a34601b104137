package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isfsim.Citations;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source a scenario cites can be followed from a clone of the repository: its {@code sources:} list
 * and the {@code source} of each pledge, training site and crossing it resolves to name only files the
 * repository has and only anchors {@code docs/sources.md} defines. The same holds for the scenarios the
 * example experiment files run.
 */
class ScenarioSourcesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Citations CITATIONS = new Citations(ROOT);
    /* The shared files the project began with, spelled so that a rewrite of citations leaves them bad. */
    private static final String FACTS = "facts" + ".md";
    private static final String DESIGN = "DESIGN" + ".md";

    static List<String> builtIns() {
        return ScenarioCatalog.names();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everySourceOfABuiltInScenarioCanBeFollowed(String name) {
        Scenario scenario = ScenarioCatalog.load(name);
        List<String> problems = problems(scenario);
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
    }

    @Test
    void everySourceOfAnExampleExperimentsScenarioCanBeFollowed() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 4, "examples: " + examples);
        List<String> problems = new ArrayList<>();
        for (Path example : examples) {
            String name = example.getFileName().toString();
            problems(ExperimentFile.load(example).scenario()).forEach(p -> problems.add(name + ": " + p));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aScenarioCitingTheSharedFactSheetIsCaught() throws IOException {
        Path file = Files.createTempFile("shared-facts-", ".yaml");
        try {
            Files.writeString(file, """
                    name: shared-facts
                    description: cites files a user of the repository does not have
                    sources:
                      - "FACTS \u00a73 Indonesia: up to 8,000 (Feb 2026)"
                      - "docs/sources.md#isf-pledges Indonesia: up to 8,000 (Feb 2026)"
                      - "docs/sources.md#no-such-section Target size"
                    parameters:
                      force:
                        pledges:
                          - nation: Indonesia
                            troops: 8000
                            firstArrival: 2026-04-01
                            fullStrength: 2026-06-30
                            requiresUnMandate: true
                            mayDisarm: true
                            casualtyTolerance: 0.05
                            source: "DESIGN: battalion-sized units"
                    """.replace("FACTS", FACTS).replace("DESIGN", DESIGN));
            assertEquals(List.of("sources: names " + FACTS + ", which the repository does not have",
                    "sources: names docs/sources.md#no-such-section, an anchor docs/sources.md does not define",
                    "force.pledges (Indonesia): names " + DESIGN + ", which the repository does not have"),
                    problems(ScenarioCatalog.load(file.toString())));
        } finally {
            Files.delete(file);
        }
    }

    /** The problems of a scenario's own sources and of the sources of the list entries it resolves to. */
    private static List<String> problems(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        scenario.sources().forEach(source -> CITATIONS.problems(source).forEach(p -> problems.add("sources: " + p)));
        Parameters resolved = scenario.resolve();
        resolved.force().pledges().forEach(pledge -> CITATIONS.problems(pledge.source())
                .forEach(p -> problems.add("force.pledges (" + pledge.nation() + "): " + p)));
        resolved.police().trainingSites().forEach(site -> CITATIONS.problems(site.source())
                .forEach(p -> problems.add("police.trainingSites (" + site.name() + "): " + p)));
        resolved.aid().crossingSchedule().forEach(entry -> CITATIONS.problems(entry.source())
                .forEach(p -> problems.add("aid.crossingSchedule (" + entry.crossing() + "): " + p)));
        return problems;
    }
}
