package org.isfsim.model.police;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.params.TimelineParameters;
import org.isfsim.model.params.TrainingSite;
import org.isfsim.model.random.MasonRandomGenerator;

/**
 * Recruitment, vetting and training of the new Palestinian police (docs/sources.md#police). Each training
 * site runs back-to-back courses of {@code courseDays}; for each course, candidates are recruited
 * {@code vettingDays} before it starts, enough that a full cohort would pass vetting on average,
 * and the number who pass is binomial; a small share of those who pass are armed-group infiltrators.
 * Sites stop when their programme total, or the force's target, is reached. Graduates become
 * {@link PoliceUnit}s awaiting a posting.
 */
public final class PoliceTraining implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PoliceParameters parameters;
    /** For each site and course slot, the start day of the next course not yet recruited. */
    private final int[][] nextCourseStart;
    private final int[] recruitedAtSite;
    private final List<TrainingCohort> cohorts = new ArrayList<>();
    private final List<TrainingCohort> awaitingGraduation = new ArrayList<>();
    private int committedOfficers;

    public PoliceTraining(PoliceParameters parameters, TimelineParameters timeline) {
        this.parameters = parameters;
        List<TrainingSite> sites = parameters.trainingSites();
        nextCourseStart = new int[sites.size()][];
        recruitedAtSite = new int[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
            TrainingSite site = sites.get(s);
            nextCourseStart[s] = new int[site.concurrentCohorts()];
            int first = timeline.dayOf(site.firstCohortStart());
            for (int slot = 0; slot < site.concurrentCohorts(); slot++) {
                nextCourseStart[s][slot] = first + slot * site.courseDays() / site.concurrentCohorts();
            }
        }
        committedOfficers = Math.min(parameters.initialGraduates(), parameters.targetOfficers());
    }

    /** Officers already trained on day 0 (docs/sources.md#police: the first group of >500, March 2025). */
    public int initialGraduates() {
        return Math.min(parameters.initialGraduates(), parameters.targetOfficers());
    }

    /**
     * Recruits and vets the cohorts whose recruitment falls on this day (on day 0, also those whose
     * recruitment was earlier), in site and slot order, drawing from {@code random}.
     */
    public void recruit(int day, MersenneTwisterFast random) {
        List<TrainingSite> sites = parameters.trainingSites();
        for (int s = 0; s < sites.size(); s++) {
            TrainingSite site = sites.get(s);
            for (int slot = 0; slot < nextCourseStart[s].length; slot++) {
                while (nextCourseStart[s][slot] - parameters.vettingDays() <= day) {
                    int start = nextCourseStart[s][slot];
                    int room = Math.min(site.programmeOfficers() - recruitedAtSite[s],
                            parameters.targetOfficers() - committedOfficers);
                    if (room <= 0) {
                        nextCourseStart[s][slot] = Integer.MAX_VALUE;
                        break;
                    }
                    int passed = Math.min(Math.min(vet(site.cohortSize(), random), room), site.cohortSize());
                    if (passed > 0) {
                        int infiltrators = binomial(passed, parameters.infiltratorShare(), random);
                        TrainingCohort cohort = new TrainingCohort(site.name(), passed, infiltrators, start,
                                start + site.courseDays());
                        cohorts.add(cohort);
                        awaitingGraduation.add(cohort);
                        recruitedAtSite[s] += passed;
                        committedOfficers += passed;
                    }
                    nextCourseStart[s][slot] = start + site.courseDays();
                }
            }
        }
    }

    /** Candidates recruited for a cohort, and how many pass vetting: Binomial(ceil(size / passRate), passRate). */
    private int vet(int cohortSize, MersenneTwisterFast random) {
        double passRate = parameters.vettingPassRate();
        return binomial((int) Math.ceil(cohortSize / passRate), passRate, random);
    }

    private static int binomial(int trials, double p, MersenneTwisterFast random) {
        if (p <= 0 || trials == 0) {
            return 0;
        }
        if (p >= 1.0) {
            return trials;
        }
        return new BinomialDistribution(new MasonRandomGenerator(random), trials, p).sample();
    }

    /** Cohorts graduating on or before this day that have not graduated yet, in the order they were recruited. */
    public List<TrainingCohort> graduating(int day) {
        List<TrainingCohort> graduates = new ArrayList<>();
        Iterator<TrainingCohort> it = awaitingGraduation.iterator();
        while (it.hasNext()) {
            TrainingCohort cohort = it.next();
            if (cohort.graduationDay() <= day) {
                graduates.add(cohort);
                it.remove();
            }
        }
        return graduates;
    }

    /** Recruits on a course on this day. */
    public int inTraining(int day) {
        int trainees = 0;
        for (TrainingCohort cohort : cohorts) {
            if (cohort.inTrainingOn(day)) {
                trainees += cohort.recruits();
            }
        }
        return trainees;
    }

    /** Officers trained or in the pipeline, counted against the target. */
    public int committedOfficers() {
        return committedOfficers;
    }

    public List<TrainingCohort> cohorts() {
        return List.copyOf(cohorts);
    }
}
