package org.isfsim.model.force;

import org.isfsim.model.IsfModel;
import org.isfsim.model.SecurityUnit;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.space.Movement;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A battalion-sized ISF unit of one contributing nation (DESIGN.md "ISF contingents"). It enters at
 * the entry crossing on its arrival day, reports daily to the coordination centre, waits for a
 * sector, moves there and patrols it, finding hidden infrastructure within reach; if its nation
 * accepts the disarmament role it can be tasked to destroy a site (facts.md §1 ISF tasks). It takes
 * casualties when attacked and goes home when its nation withdraws.
 */
public final class Contingent implements Steppable, SecurityUnit {
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

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        switch (status) {
            case MOVING -> move(model);
            case PATROLLING -> patrol(model);
            case DEMOLISHING -> demolish(model);
            default -> {
            }
        }
        if (status != ContingentStatus.WITHDRAWN) {
            model.coordinationCentre().receive(new UnitReport(UnitKind.CONTINGENT, id, model.day(), reportStatus(),
                    sector, troops, position, mayDisarm));
        }
    }

    private int cells(IsfModel model, double kmPerDay) {
        return Movement.cellsPerDay(kmPerDay, model.map().cellSizeMeters());
    }

    private void move(IsfModel model) {
        if (destination == null) {
            destination = model.map().centroid(sector);
        }
        position = Movement.moveToward(model.map(), position, destination,
                cells(model, model.parameters().force().moveKmPerDay()));
        model.placeUnit(this, position);
        if (position.equals(destination) || Movement.onStation(model.map(), model.heldZone(), sector, position)) {
            status = ContingentStatus.PATROLLING;
        }
    }

    private void patrol(IsfModel model) {
        daysOnStation++;
        int steps = cells(model, model.parameters().force().patrolKmPerDay());
        for (int i = 0; i < steps; i++) {
            position = Movement.randomStepInSector(model.map(), model.heldZone(), sector, position, model.random);
        }
        model.placeUnit(this, position);
        sitesDiscovered += model.discoverNear(position, model.parameters().force().patrolDiscoveryChance());
    }

    private void demolish(IsfModel model) {
        if (target.isDestroyed()) {
            endDemolition();
            return;
        }
        if (!position.equals(target.getCell())) {
            position = Movement.moveToward(model.map(), position, target.getCell(),
                    cells(model, model.parameters().force().moveKmPerDay()));
            model.placeUnit(this, position);
            return;
        }
        double before = target.getTunnelKm();
        model.insurgency().demolish(target, model.parameters().force().demolitionKmPerDay());
        kmDemolished += before - target.getTunnelKm();
        model.clashAtDemolition(this);
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

    /** The coordination centre's sector assignment takes effect: head for the sector's centre. */
    public void assignSector(Governorate newSector, GridCell sectorCentre) {
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
