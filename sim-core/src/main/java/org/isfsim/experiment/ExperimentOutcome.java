package org.isfsim.experiment;

import java.nio.file.Path;

/**
 * What an executed experiment left behind: where, how many runs, how many failed.
 *
 * @param folder the output folder
 * @param runs runs written
 * @param failed runs that failed
 */
public record ExperimentOutcome(Path folder, int runs, int failed) {
}
