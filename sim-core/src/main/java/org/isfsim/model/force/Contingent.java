package org.isfsim.model.force;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.security.SecurityUnit;
import org.isfsim.model.space.Movement;

/**
 * A battalion-sized ISF unit of one contributing nation (docs/sources.md#design-contingents). It enters at
 * the entry crossing on its arrival day, reports daily to the coordination centre, waits for a
 * sector, moves there and patrols it, finding hidden infrastructure within reach; if its nation
 * accepts the disarmament role it can be tasked to destroy a site (docs/sources.md#resolution-2803 ISF tasks). It takes
 * casualties when attacked and goes home when its nation withdraws.
 */
public final class Contingent implements SecurityUnit, Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final String nation;
    private final int arrivalDay;
    private final boolean mayDisarm;
    private int troops;
    private int casualties;
    private ContingentStatus status = ContingentStatus.AWAITING_TASKING;
    private Governorate sector;
    private GridCell position;
    private GridCell destination;
    private InfrastructureSite target;
    private int daysOnStation;
    private int sitesDiscovered;
    private double kmDemolished;

    public Contingent(int id, Arrival arrival, GridCell entry) {
        this.id = id;
        this.nation = arrival.nation();
        this.troops = arrival.troops();
        this.arrivalDay = arrival.day();
        this.mayDisarm = arrival.mayDisarm();
        this.position = entry;
    }

    /** One day: moves, patrols or demolishes as tasked, then reports unless withdrawn. */
    public void step(int day, ContingentWorld world, MersenneTwisterFast random) {
        switch (status) {
            case MOVING -> move(world);
            case PATROLLING -> patrol(world, random);
            case DEMOLISHING -> demolish(world);
            default -> {
            }
        }
        if (status != ContingentStatus.WITHDRAWN) {
            world.report(new UnitReport(UnitKind.CONTINGENT, id, day, reportStatus(), sector, troops, position,
                    mayDisarm));
        }
    }

    private static int cells(ContingentWorld world, double kmPerDay) {
        return Movement.cellsPerDay(kmPerDay, world.map().cellSizeMeters());
    }

    private void move(ContingentWorld world) {
        if (destination == null) {
            destination = world.map().centroid(sector);
        }
        position = Movement.moveToward(world.map(), position, destination, cells(world, world.force().moveKmPerDay()));
        world.place(this, position);
        if (position.equals(destination) || Movement.onStation(world.map(), world.heldZone(), sector, position)) {
            status = ContingentStatus.PATROLLING;
        }
    }

    private void patrol(ContingentWorld world, MersenneTwisterFast random) {
        daysOnStation++;
        int steps = cells(world, world.force().patrolKmPerDay());
        for (int i = 0; i < steps; i++) {
            position = Movement.randomStepInSector(world.map(), world.heldZone(), sector, position, random);
        }
        world.place(this, position);
        sitesDiscovered += world.discoverNear(position, world.force().patrolDiscoveryChance());
    }

    private void demolish(ContingentWorld world) {
        if (target.isDestroyed()) {
            endDemolition();
            return;
        }
        if (!position.equals(target.getCell())) {
            position = Movement.moveToward(world.map(), position, target.getCell(),
                    cells(world, world.force().moveKmPerDay()));
            world.place(this, position);
            return;
        }
        double before = target.getTunnelKm();
        world.demolish(target, world.force().demolitionKmPerDay());
        kmDemolished += before - target.getTunnelKm();
        world.clashAtDemolition(this);
        if (status == ContingentStatus.DEMOLISHING && target.isDestroyed()) {
            endDemolition();
        }
    }

    private void endDemolition() {
        target = null;
        destination = null;
        status = ContingentStatus.MOVING;
    }

    private ReportStatus reportStatus() {
        return switch (status) {
            case AWAITING_TASKING -> ReportStatus.AWAITING_TASKING;
            case MOVING -> ReportStatus.EN_ROUTE;
            case DEMOLISHING -> ReportStatus.ON_TASK;
            default -> ReportStatus.ON_STATION;
        };
    }

    /**
     * The coordination centre's sector assignment takes effect: head for the sector's centre. A contingent
     * that has left (the centre tasks from reports that may predate its withdrawal) stays gone.
     */
    public void assignSector(Governorate newSector, GridCell sectorCentre) {
        if (status == ContingentStatus.WITHDRAWN) {
            return;
        }
        sector = newSector;
        destination = sectorCentre;
        status = ContingentStatus.MOVING;
    }

    /**
     * The coordination centre's demolition task takes effect. Only a contingent whose nation accepts
     * the disarmament role may take it.
     */
    public void assignDemolition(InfrastructureSite site) {
        if (!mayDisarm) {
            throw new IllegalStateException(nation + " does not accept the disarmament role");
        }
        if (status == ContingentStatus.WITHDRAWN) {
            return;
        }
        target = site;
        status = ContingentStatus.DEMOLISHING;
    }

    /** Whether the contingent can take a new demolition task now. */
    public boolean availableForDemolition() {
        return mayDisarm && status == ContingentStatus.PATROLLING && isOnGround();
    }

    /** The contingent leaves the strip. */
    public void withdraw() {
        status = ContingentStatus.WITHDRAWN;
        target = null;
    }

    @Override
    public boolean isOnGround() {
        return status != ContingentStatus.WITHDRAWN && troops > 0;
    }

    @Override
    public int strength() {
        return troops;
    }

    @Override
    public double securityPeople() {
        return isOnGround() ? troops : 0;
    }

    @Override
    public int takeCasualties(int killed) {
        int lost = Math.min(killed, troops);
        troops -= lost;
        casualties += lost;
        return lost;
    }

    @Override
    public UnitKind kind() {
        return UnitKind.CONTINGENT;
    }

    @Override
    public double effectiveness() {
        return 1.0;
    }

    public int getId() {
        return id;
    }

    public String getNation() {
        return nation;
    }

    public int getTroops() {
        return troops;
    }

    public int getCasualties() {
        return casualties;
    }

    public int getArrivalDay() {
        return arrivalDay;
    }

    public boolean isMayDisarm() {
        return mayDisarm;
    }

    public ContingentStatus getStatus() {
        return status;
    }

    /** The assigned sector, or null while awaiting tasking. */
    public Governorate getSector() {
        return sector;
    }

    @Override
    public GridCell getPosition() {
        return position;
    }

    /** The site it is tasked to destroy, or null. */
    public InfrastructureSite getTarget() {
        return target;
    }

    public int getDaysOnStation() {
        return daysOnStation;
    }

    public int getSitesDiscovered() {
        return sitesDiscovered;
    }

    public double getKmDemolished() {
        return kmDemolished;
    }

    @Override
    public String toString() {
        return nation + " contingent " + id + " (" + troops + " troops, " + status + ")";
    }
}
