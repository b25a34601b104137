package org.isfsim.model.force;

import java.io.Serializable;

/**
 * One pledge on its way to Gaza: whose troops, how many, from which day they may enter and over how many days
 * its battalions follow, what the nation requires, and where it stands ({@link DeploymentStatus}) with the lead
 * time still to run once it has decided (docs/sources.md#design-force-politics).
 */
public final class Deployment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String nation;
    private final int troops;
    private final int plannedDay;
    private final int spreadDays;
    private final int leadDays;
    private final boolean requiresUnMandate;
    private final boolean mayDisarm;
    private final double casualtyTolerance;
    private final boolean waitsForDisarmament;
    private DeploymentStatus status = DeploymentStatus.WAITING;
    private int leadDaysLeft;

    /**
     * @param plannedDay the first day its troops may enter (the pledge's first arrival); decisions are drawn
     *     only from this day on
     * @param spreadDays days from its first battalion entering to its last
     * @param leadDays days from the decision to the first troops entering
     */
    public Deployment(String nation, int troops, int plannedDay, int spreadDays, int leadDays, boolean requiresUnMandate,
            boolean mayDisarm, double casualtyTolerance, boolean waitsForDisarmament) {
        this.nation = nation;
        this.troops = troops;
        this.plannedDay = plannedDay;
        this.spreadDays = spreadDays;
        this.leadDays = leadDays;
        this.requiresUnMandate = requiresUnMandate;
        this.mayDisarm = mayDisarm;
        this.casualtyTolerance = casualtyTolerance;
        this.waitsForDisarmament = waitsForDisarmament;
    }

    /** The nation decides to send its troops: the lead time starts. */
    void decide() {
        status = DeploymentStatus.DECIDED;
        leadDaysLeft = leadDays;
    }

    void suspend() {
        status = DeploymentStatus.SUSPENDED;
    }

    /** A suspended deployment waits again for its conditions and a new decision. */
    void resume() {
        status = DeploymentStatus.WAITING;
    }

    void enter() {
        status = DeploymentStatus.ENTERED;
    }

    void withdraw() {
        status = DeploymentStatus.WITHDRAWN;
    }

    /** One more day of the lead time has run; true when none is left. */
    boolean leadTimeRun() {
        if (leadDaysLeft > 0) {
            leadDaysLeft--;
        }
        return leadDaysLeft == 0;
    }

    /** Whether the deployment is still open: neither entered nor withdrawn. */
    boolean open() {
        return status != DeploymentStatus.ENTERED && status != DeploymentStatus.WITHDRAWN;
    }

    public String nation() {
        return nation;
    }

    public int troops() {
        return troops;
    }

    public int plannedDay() {
        return plannedDay;
    }

    public int spreadDays() {
        return spreadDays;
    }

    public boolean requiresUnMandate() {
        return requiresUnMandate;
    }

    public boolean mayDisarm() {
        return mayDisarm;
    }

    public double casualtyTolerance() {
        return casualtyTolerance;
    }

    public boolean waitsForDisarmament() {
        return waitsForDisarmament;
    }

    public DeploymentStatus status() {
        return status;
    }

    /** Lead days still to run after the decision. */
    public int leadDaysLeft() {
        return leadDaysLeft;
    }
}
