package org.isfsim.model.insurgency;

import java.io.Serializable;
import org.isfsim.model.params.ArmedGroupStrategyParameters;

/**
 * What moves a group's posture: a grievance that each provocation adds to and that fades by a share each
 * day (demolitions and cache seizures within reach, raids that find its sites, Israeli strikes on it, the
 * presence of troops its leadership rejects, the loss of the ground it governs). The posture follows the
 * grievance's thresholds ({@code obstructAt}, {@code fightAt}), one step a day, so a single event moves it by
 * at most one level.
 */
public final class PostureRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArmedGroupStrategyParameters parameters;

    public PostureRule(ArmedGroupStrategyParameters parameters) {
        this.parameters = parameters;
    }

    /** Today's grievance: yesterday's, less what fades, plus today's provocations. */
    public double grievance(double yesterday, double provocations) {
        return Math.max(0.0, yesterday * (1 - parameters.pressureDecayPerDay()) + provocations);
    }

    /** The posture a grievance calls for. */
    public Posture called(double grievance) {
        if (grievance >= parameters.fightAt()) {
            return Posture.FIGHT;
        }
        return grievance >= parameters.obstructAt() ? Posture.OBSTRUCT : Posture.TOLERATE;
    }

    /** Today's posture: one step from yesterday's towards the one the grievance calls for. */
    public Posture next(Posture current, double grievance) {
        int target = called(grievance).ordinal();
        int now = current.ordinal();
        return Posture.values()[now + Integer.signum(target - now)];
    }

    /**
     * The day's standing provocations of a group: the troops within reach its leadership rejects (as a share
     * of those that secure a cell, at most one), and the loss of its own cell's authority.
     *
     * @param rejectedPresence foreign troops within reach, accepted nations' weighted down, over those that
     *     secure a cell
     * @param leadershipRejectsForce whether the leadership refuses disarmament and so rejects the force
     * @param holdsItsCell whether the group still holds authority over its own cell
     */
    public double standingProvocation(double rejectedPresence, boolean leadershipRejectsForce, boolean holdsItsCell) {
        double presence = leadershipRejectsForce ? parameters.pressurePerPresenceDay() * Math.min(1.0, rejectedPresence) : 0;
        return presence + (holdsItsCell ? 0 : parameters.pressurePerLostGroundDay());
    }

    /** The posture a grievance of {@code initialPressure} gives at day 0. */
    public Posture initial() {
        return called(parameters.initialPressure());
    }
}
