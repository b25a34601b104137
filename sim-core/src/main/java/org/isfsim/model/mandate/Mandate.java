package org.isfsim.model.mandate;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.LocalDate;
import org.isfsim.model.params.MandateParameters;

/**
 * The UN Security Council authorisation of the force (Resolution 2803, docs/sources.md#resolution-2803): in force from
 * its
 * adoption to its end date; with reporting, a progress report every {@code reportingIntervalMonths}
 * that reviews the mission and can reinforce the force; at the end, a renewal decision. Contributors
 * that require a UN mandate deploy only while it is in force, and without renewal the force leaves.
 */
public final class Mandate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MandateParameters parameters;
    private LocalDate endDate;
    private LocalDate nextReview;
    private int nextReviewNumber = 1;
    private int renewals;
    private int reviews;
    private boolean lapsed;

    public Mandate(MandateParameters parameters) {
        this.parameters = parameters;
        this.endDate = parameters.endDate();
        this.nextReview = parameters.reportingIntervalMonths() > 0
                ? parameters.authorisedDate().plusMonths(parameters.reportingIntervalMonths()) : null;
    }

    /** Whether the mandate is in force on a date. */
    public boolean isActive(LocalDate date) {
        return !date.isBefore(parameters.authorisedDate()) && !date.isAfter(endDate);
    }

    /** Whether the mandate reports to the Security Council (and is in force on the date). */
    public boolean underOversight(LocalDate date) {
        return parameters.reportingIntervalMonths() > 0 && isActive(date);
    }

    /**
     * The day's review, if a report is due: returns the troops the review adds to the force (when
     * the secured share is below the review's target), else 0.
     */
    public int review(LocalDate date, double securedShare) {
        if (nextReview == null || date.isBefore(nextReview) || !isActive(date)) {
            return 0;
        }
        reviews++;
        nextReviewNumber++;
        nextReview = parameters.authorisedDate().plusMonths((long) nextReviewNumber * parameters.reportingIntervalMonths());
        return securedShare < parameters.reviewSecuredTarget() ? parameters.reviewReinforcementTroops() : 0;
    }

    /**
     * On the end date, decides renewal; returns true when the mandate was renewed today. Without
     * renewal the mandate lapses the next day. A POLITICAL renewal draws one number on the end date (and only
     * then): the Council renews with {@link #renewalChance(double, boolean)}.
     *
     * @param forceDeployed whether any ISF troops are in Gaza on the date
     */
    public boolean decideRenewal(LocalDate date, double securedShare, boolean forceDeployed,
            MersenneTwisterFast random) {
        if (!date.equals(endDate)) {
            return false;
        }
        boolean renew = switch (parameters.renewal()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> securedShare >= parameters.renewalSecuredShare();
            case POLITICAL -> random.nextDouble() < renewalChance(securedShare, forceDeployed);
        };
        if (renew) {
            endDate = endDate.plusMonths(parameters.renewalMonths());
            renewals++;
        } else {
            lapsed = true;
        }
        return renew;
    }

    /**
     * The chance of a POLITICAL renewal: a base chance, raised by the secured share (progress), at most 1, and
     * lowered by a factor when no force is deployed.
     */
    public double renewalChance(double securedShare, boolean forceDeployed) {
        double chance = Math.min(1.0, parameters.renewalBaseChance() + parameters.renewalProgressWeight() * securedShare);
        return forceDeployed ? chance : chance * parameters.renewalNoForceFactor();
    }

    /** Whether the mandate ended without renewal. */
    public boolean lapsed() {
        return lapsed;
    }

    public LocalDate authorisedDate() {
        return parameters.authorisedDate();
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int renewals() {
        return renewals;
    }

    public int reviews() {
        return reviews;
    }

    public MandateParameters parameters() {
        return parameters;
    }
}
