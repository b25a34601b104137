package org.isfsim.model.force;

import org.isfsim.model.IsfModel;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.space.Movement;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A battalion-sized ISF unit of one contributing nation. It enters at the entry crossing on its
 * arrival day, reports daily to the coordination centre, waits for a sector, moves there and
 * patrols it (facts.md §3: ISF tasks; DESIGN.md "ISF contingents").
 */
public final class Contingent implements Steppable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final String nation;
    private final int troops;
    private final int arrivalDay;
    private ContingentStatus status = ContingentStatus.AWAITING_TASKING;
    private Governorate sector;
    private GridCell position;
    private GridCell destination;
    private int daysOnStation;

    public Contingent(int id, String nation, int troops, int arrivalDay, GridCell entry) {
        this.id = id;
        this.nation = nation;
        this.troops = troops;
        this.arrivalDay = arrivalDay;
        this.position = entry;
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        switch (status) {
            case MOVING -> move(model);
            case PATROLLING -> patrol(model);
            default -> {
            }
        }
        model.coordinationCentre().receive(new UnitReport(UnitKind.CONTINGENT, id, model.day(), reportStatus(),
                sector, troops));
    }

    private void move(IsfModel model) {
        int cells = Movement.cellsPerDay(model.parameters().force().moveKmPerDay(), model.map().cellSizeMeters());
        position = Movement.moveToward(model.map(), position, destination, cells);
        model.placeUnit(this, position);
        if (position.equals(destination) || Movement.onStation(model.map(), model.heldZone(), sector, position)) {
            status = ContingentStatus.PATROLLING;
        }
    }

    private void patrol(IsfModel model) {
        daysOnStation++;
        int cells = Movement.cellsPerDay(model.parameters().force().patrolKmPerDay(), model.map().cellSizeMeters());
        for (int i = 0; i < cells; i++) {
            position = Movement.randomStepInSector(model.map(), model.heldZone(), sector, position, model.random);
        }
        model.placeUnit(this, position);
    }

    private ReportStatus reportStatus() {
        return switch (status) {
            case AWAITING_TASKING -> ReportStatus.AWAITING_TASKING;
            case MOVING -> ReportStatus.EN_ROUTE;
            case PATROLLING -> ReportStatus.ON_STATION;
        };
    }

    /** The coordination centre's sector assignment takes effect: head for the sector's centre. */
    public void assignSector(Governorate newSector, GridCell sectorCentre) {
        sector = newSector;
        destination = sectorCentre;
        status = ContingentStatus.MOVING;
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

    public int getArrivalDay() {
        return arrivalDay;
    }

    public ContingentStatus getStatus() {
        return status;
    }

    /** The assigned sector, or null while awaiting tasking. */
    public Governorate getSector() {
        return sector;
    }

    public GridCell getPosition() {
        return position;
    }

    public int getDaysOnStation() {
        return daysOnStation;
    }

    @Override
    public String toString() {
        return nation + " contingent " + id + " (" + troops + " troops, " + status + ")";
    }
}
