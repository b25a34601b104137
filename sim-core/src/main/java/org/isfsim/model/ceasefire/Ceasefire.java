package org.isfsim.model.ceasefire;

import java.io.Serializable;
import java.util.Arrays;
import org.isfsim.model.params.CeasefireParameters;
import org.isfsim.model.params.TimelineParameters;

/**
 * The ceasefire as a state driven by a tension stock, an action-reaction process after Richardson (1960):
 * each day tension T becomes T·(1 − decay) plus the weighted hostile events of the day before (violations,
 * IDF and ISF soldiers killed, Israeli strikes, a disarmament deadline missed while the groups refuse) plus,
 * once a deadline has been missed, a standing grievance while the groups still refuse (Richardson's g).
 * Thresholds on T give the state; a state rises at once, steps down one state at a time and only after
 * {@code minDwellDays} and once T has fallen below {@code stepDownShare} of its threshold (hysteresis).
 * {@link CeasefireState#COLLAPSE} is absorbing. The state sets Israel's tempo and the danger to forces.
 */
public final class Ceasefire implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CeasefireParameters parameters;
    private final int[] deadlineDays;
    private double tension;
    private CeasefireState state = CeasefireState.HOLDING;
    private int stateSinceDay;
    private int collapseDay = -1;
    private int deadlinesMissed;

    public Ceasefire(CeasefireParameters parameters, TimelineParameters timeline) {
        this.parameters = parameters;
        this.deadlineDays = parameters.disarmamentDeadlines().stream().mapToInt(timeline::dayOf).sorted().toArray();
    }

    /**
     * The day's review: tension decays and takes in the events since the last review and any deadline
     * falling today; the state follows. Returns true on the day the ceasefire collapses.
     */
    public boolean advance(int day, CeasefireWorld world) {
        if (state == CeasefireState.COLLAPSE) {
            return false;
        }
        double added = parameters.tensionPerViolation() * world.violationsByArmedGroups()
                + parameters.tensionPerIdfKilled() * world.idfSoldiersKilled()
                + parameters.tensionPerIsfKilled() * world.isfSoldiersKilled()
                + parameters.tensionPerStrike() * world.israeliStrikes();
        boolean refusing = world.armedGroupsRefuseDisarmament();
        if (Arrays.binarySearch(deadlineDays, day) >= 0 && refusing) {
            added += parameters.tensionPerMissedDeadline();
            deadlinesMissed++;
        }
        if (refusing && deadlinesMissed > 0) {
            added += parameters.deadlineGrievancePerDay();
        }
        tension = tension * (1.0 - parameters.tensionDecayPerDay()) + added;
        CeasefireState reached = stateFor(tension);
        if (reached.ordinal() > state.ordinal()) {
            enter(reached, day);
        } else if (state.ordinal() > 0 && day - stateSinceDay >= parameters.minDwellDays()
                && tension < threshold(state) * parameters.stepDownShare()) {
            enter(CeasefireState.values()[state.ordinal() - 1], day);
        }
        if (state == CeasefireState.COLLAPSE) {
            collapseDay = day;
            return true;
        }
        return false;
    }

    private void enter(CeasefireState next, int day) {
        state = next;
        stateSinceDay = day;
    }

    /** The highest state whose threshold the tension reaches. */
    private CeasefireState stateFor(double t) {
        CeasefireState reached = CeasefireState.HOLDING;
        for (CeasefireState s : CeasefireState.values()) {
            if (s.ordinal() > 0 && t >= threshold(s)) {
                reached = s;
            }
        }
        return reached;
    }

    private double threshold(CeasefireState s) {
        return parameters.stateThresholds().get(s.ordinal() - 1);
    }

    public CeasefireState state() {
        return state;
    }

    /** Whether the ceasefire has broken down into war. */
    public boolean isCollapsed() {
        return state == CeasefireState.COLLAPSE;
    }

    /** At least strained. */
    public boolean isStrained() {
        return state.ordinal() >= CeasefireState.STRAINED.ordinal();
    }

    public double tension() {
        return tension;
    }

    /** The day the ceasefire collapsed, or -1. */
    public int collapseDay() {
        return collapseDay;
    }

    /** Disarmament deadlines that passed while the groups refused. */
    public int deadlinesMissed() {
        return deadlinesMissed;
    }

    /** Multiplies Israel's chance to strike after a violation. */
    public double strikeChanceFactor() {
        return parameters.strikeChanceFactor().get(state.ordinal());
    }

    /** Multiplies the civilians an Israeli strike kills. */
    public double strikeLethalityFactor() {
        return parameters.strikeLethalityFactor().get(state.ordinal());
    }

    /** Strikes Israel makes a day on its own initiative (0 while the ceasefire holds or is strained by default). */
    public double strikesPerDay() {
        return parameters.strikesPerDay().get(state.ordinal());
    }

    /** Multiplies the incidents of fire at the line. */
    public double lineFireFactor() {
        return parameters.lineFireFactor().get(state.ordinal());
    }

    /**
     * The danger to ISF contingents in this state (1 while the ceasefire holds): a factor for the armed
     * groups' attack chance, exposed for the armed groups' rules to read.
     */
    public double dangerToForces() {
        return parameters.dangerToForces().get(state.ordinal());
    }

    /** The chance today that Israel closes the crossings: in escalation or war only. */
    public double closureChancePerDay() {
        return state.ordinal() >= CeasefireState.ESCALATION.ordinal() ? parameters.closureChancePerDay() : 0.0;
    }

    public CeasefireParameters parameters() {
        return parameters;
    }
}
