package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A police training programme abroad (Egypt, Jordan): it trains cohorts of vetted recruits for a
 * set number of days until its programme total is reached.
 *
 * @param name the host country or centre
 * @param programmeOfficers officers the programme trains in all
 * @param cohortSize recruits in one cohort
 * @param courseDays length of one course
 * @param concurrentCohorts cohorts the site trains at the same time
 * @param firstCohortStart the date the first modelled cohort starts (may be before day 0)
 * @param source provenance of these figures
 */
public record TrainingSite(
        String name,
        int programmeOfficers,
        int cohortSize,
        int courseDays,
        int concurrentCohorts,
        LocalDate firstCohortStart,
        String source) implements Serializable {

    public TrainingSite {
        Check.name("police.trainingSites.name", name);
        Check.range("police.trainingSites.programmeOfficers (" + name + ")", programmeOfficers, 0, 1_000_000);
        Check.range("police.trainingSites.cohortSize (" + name + ")", cohortSize, 1, 100_000);
        Check.range("police.trainingSites.courseDays (" + name + ")", courseDays, 1, 3_650);
        Check.range("police.trainingSites.concurrentCohorts (" + name + ")", concurrentCohorts, 1, 100);
        Check.present("police.trainingSites.firstCohortStart (" + name + ")", firstCohortStart);
        Check.name("police.trainingSites.source (" + name + ")", source);
    }
}
