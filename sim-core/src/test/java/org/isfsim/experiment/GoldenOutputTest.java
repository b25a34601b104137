package org.isfsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.isfsim.experiment.engine.ExecutionOptions;
import org.isfsim.experiment.engine.ExperimentExecution;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden outputs: the SHA-256 of the files a fixed small experiment writes. Thread counts and resumes are
 * checked against each other elsewhere; this pins the bytes across changes of the code, so that an
 * optimisation that changes a result fails here. When a change of the model is meant to change results,
 * update the digests in the same commit and say why.
 */
class GoldenOutputTest {
    @TempDir
    Path tmp;

    private static Parameters parameters(String name) {
        Parameters defaults = Parameters.defaults();
        return switch (name) {
            case "baseline-1:100" -> defaults.withDays(120);
            case "baseline-1:10" -> defaults.withDays(40).with("population.peoplePerAgent", 10);
            case "epstein-moore" -> defaults.withDays(300).with("epstein.enabled", true)
                    .with("epstein.neighbourhood", EpsteinParameters.Neighbourhood.MOORE);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "baseline-1:100, e8b99c25f390b4ee389ad827ebf1aea289e24ee1f4ff2704e86b625cba6bc1db, 319ba68dee279b3941fce5224ce5d78c15cba23884f964fd1daa0745ac843415",
        "baseline-1:10, 378d966225bbc1dcf87c67c1b0c0b47dd6307ca5993f777d9c26ac3b1124ddc0, 6beffe230918d90c2b2dd581575f6f6610a405f0f95e8e428483ef745c2f5dd1",
        "epstein-moore, 342f77e4faaca5acc3942adcd7be2ae36d971e99b6b05c6c070a71dba4e298d0, ce734a322ff5a61809006c869971d4df09e15230c635a0cf9941c72f518f9034"})
    void theFilesHaveTheirKnownBytes(String name, String timeseries, String runs) throws Exception {
        Experiment experiment = new Experiment(name, Map.of("type", "replications"),
                List.of(new DesignPoint(List.of(), parameters(name))), 2, 20_261_128L);
        Path folder = tmp.resolve(name.replace(':', '-'));
        ExperimentExecution.execute(experiment, folder, ExecutionOptions.threads(2));
        String why = " of " + name + " changed: if the model was meant to change, update the digest and say why"
                + " in the commit; if not (an optimisation, a refactoring), a result changed by mistake";
        assertEquals(timeseries, sha256(folder.resolve("timeseries.csv")), "timeseries.csv" + why);
        assertEquals(runs, sha256(folder.resolve("runs.csv")), "runs.csv" + why);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
