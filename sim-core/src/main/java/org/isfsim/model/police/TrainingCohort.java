package org.isfsim.model.police;

import java.io.Serializable;

/**
 * A cohort of vetted recruits on one course abroad (docs/sources.md#police: Egypt's two-month courses).
 *
 * @param site the training programme's host
 * @param recruits recruits who passed vetting and started the course
 * @param infiltrators how many of them are armed-group members who got through vetting
 * @param startDay the course's first day
 * @param graduationDay the day they graduate as officers
 */
public record TrainingCohort(String site, int recruits, int infiltrators, int startDay, int graduationDay) implements Serializable {

    /** Whether the cohort is on its course on a day. */
    public boolean inTrainingOn(int day) {
        return day >= startDay && day < graduationDay;
    }
}
