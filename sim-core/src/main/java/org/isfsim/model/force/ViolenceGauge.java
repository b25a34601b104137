package org.isfsim.model.force;

import java.io.Serializable;

/**
 * The violence level contributing nations watch: civilians killed a day, averaged over the last
 * {@code windowDays} days (fewer at the start), against a threshold above which no nation decides to send troops
 * and none enters (docs/sources.md#design-force-politics).
 */
public final class ViolenceGauge implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] killed;
    private final double thresholdPerDay;
    private int recorded;
    private double sum;

    public ViolenceGauge(int windowDays, double thresholdPerDay) {
        this.killed = new double[windowDays];
        this.thresholdPerDay = thresholdPerDay;
    }

    /** Adds one day's civilians killed, dropping the oldest day of the window. */
    public void record(double civiliansKilled) {
        int slot = recorded % killed.length;
        sum += civiliansKilled - killed[slot];
        killed[slot] = civiliansKilled;
        recorded++;
    }

    /** Civilians killed a day, averaged over the days of the window recorded so far (0 before any). */
    public double killedPerDay() {
        int days = Math.min(recorded, killed.length);
        return days == 0 ? 0 : Math.max(0, sum) / days;
    }

    /** Whether the violence level is above the threshold. */
    public boolean tooViolent() {
        return killedPerDay() > thresholdPerDay;
    }
}
