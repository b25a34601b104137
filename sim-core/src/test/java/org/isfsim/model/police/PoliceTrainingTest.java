package org.isfsim.model.police;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

class PoliceTrainingTest {
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();

    /** Vetting 30 days, travel 2 days, no infiltrators; the rest the defaults. */
    @SafeVarargs
    private static PoliceParameters police(int target, int initial, double passRate, Map<String, Object>... sites) {
        return Parameters.defaults().with("police", Map.of("targetOfficers", target, "initialGraduates", initial,
                "vettingDays", 30, "vettingPassRate", passRate, "travelDays", 2, "infiltratorShare", 0.0,
                "trainingSites", List.of(sites))).police();
    }

    /** A training site by key, as a scenario file lists it. */
    private static Map<String, Object> site(String name, int programme, int cohort, int courseDays, int concurrent,
            LocalDate start) {
        return Map.of("name", name, "programmeOfficers", programme, "cohortSize", cohort, "courseDays", courseDays,
                "concurrentCohorts", concurrent, "firstCohortStart", start, "source", "assumption");
    }

    private static PoliceTraining runTo(PoliceTraining training, int lastDay, MersenneTwisterFast random) {
        for (int day = 0; day <= lastDay; day++) {
            training.recruit(day, random);
        }
        return training;
    }

    @Test
    void coursesRunBackToBackAndGraduateAfterTheirLength() {
        LocalDate start = TIMELINE.dateOf(40);
        PoliceTraining training = new PoliceTraining(police(12_000, 0, 1.0, site("Egypt", 1_500, 500, 60, 1, start)),
                TIMELINE);
        runTo(training, 400, new MersenneTwisterFast(1));
        List<TrainingCohort> cohorts = training.cohorts();
        assertEquals(3, cohorts.size());
        assertEquals(List.of(40, 100, 160), cohorts.stream().map(TrainingCohort::startDay).toList());
        assertEquals(List.of(100, 160, 220), cohorts.stream().map(TrainingCohort::graduationDay).toList());
        assertEquals(0, training.inTraining(39));
        assertEquals(500, training.inTraining(40));
        assertEquals(500, training.inTraining(219));
        assertEquals(0, training.inTraining(220));
        assertTrue(training.graduating(99).isEmpty());
        assertEquals(1, training.graduating(100).size());
        assertEquals(2, training.graduating(400).size());
        assertTrue(training.graduating(400).isEmpty());
    }

    @Test
    void aCourseUnderwayOnDayZeroIsAlreadyInTraining() {
        PoliceTraining training = new PoliceTraining(PoliceParameters.defaults(), TIMELINE);
        training.recruit(0, new MersenneTwisterFast(3));
        // Egypt's course from 2025-09-15 runs to 2025-11-14 (day 35).
        assertTrue(training.inTraining(0) > 400, "in training on day 0: " + training.inTraining(0));
        assertEquals(TIMELINE.dayOf(LocalDate.of(2025, 11, 14)), training.cohorts().get(0).graduationDay());
    }

    @Test
    void recruitmentStopsAtTheProgrammeAndAtTheTarget() {
        PoliceTraining capped = new PoliceTraining(police(1_200, 500, 1.0,
                site("Egypt", 5_000, 500, 60, 1, TIMELINE.dateOf(40)),
                site("Jordan", 5_000, 500, 60, 1, TIMELINE.dateOf(40))), TIMELINE);
        runTo(capped, 800, new MersenneTwisterFast(1));
        assertEquals(1_200, capped.committedOfficers());
        assertEquals(700, capped.cohorts().stream().mapToInt(TrainingCohort::recruits).sum());

        PoliceTraining programme = new PoliceTraining(police(12_000, 0, 1.0,
                site("Egypt", 1_250, 500, 60, 1, TIMELINE.dateOf(40))), TIMELINE);
        runTo(programme, 800, new MersenneTwisterFast(1));
        assertEquals(List.of(500, 500, 250), programme.cohorts().stream().map(TrainingCohort::recruits).toList());
    }

    @Test
    void concurrentCohortsAreStaggered() {
        PoliceTraining training = new PoliceTraining(police(12_000, 0, 1.0,
                site("Jordan", 2_000, 500, 60, 2, TIMELINE.dateOf(40))), TIMELINE);
        runTo(training, 400, new MersenneTwisterFast(1));
        assertEquals(List.of(40, 70, 100, 130), training.cohorts().stream().map(TrainingCohort::startDay).toList());
        assertEquals(1_000, training.inTraining(75));
    }

    /** Vetting passes a binomial share of candidates: over many seeds the mean cohort is near the cohort size. */
    @Test
    void vettingPassesTheGivenShareOnAverage() {
        double sum = 0;
        int n = 0;
        int belowCapacity = 0;
        for (long seed = 1; seed <= 200; seed++) {
            PoliceTraining training = new PoliceTraining(police(12_000, 0, 0.5,
                    site("Egypt", 1_000_000, 400, 60, 1, TIMELINE.dateOf(40))), TIMELINE);
            runTo(training, 40, new MersenneTwisterFast(seed));
            int recruits = training.cohorts().get(0).recruits();
            assertTrue(recruits <= 400);
            sum += recruits;
            n++;
            if (recruits < 400) {
                belowCapacity++;
            }
        }
        // 800 candidates at p = 0.5: sd 14; capped at 400, the mean is about 394.
        assertEquals(394.4, sum / n, 3.0);
        assertTrue(belowCapacity > 70 && belowCapacity < 130, "below capacity in " + belowCapacity + " of 200");
    }
}
