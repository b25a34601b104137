package org.isfsim.model.police;

import org.isfsim.model.IsfModel;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Officers of one graduating cohort, posted together to a governorate by the coordination centre
 * (facts.md §5: vetted police trained in Egypt and Jordan; DESIGN.md "Palestinian police").
 */
public final class PoliceUnit implements Steppable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final String trainedIn;
    private final int officers;
    private final int graduationDay;
    private PoliceUnitStatus status = PoliceUnitStatus.AWAITING_POSTING;
    private Governorate posting;
    private int arrivalDay = -1;
    private GridCell position;

    public PoliceUnit(int id, String trainedIn, int officers, int graduationDay) {
        this.id = id;
        this.trainedIn = trainedIn;
        this.officers = officers;
        this.graduationDay = graduationDay;
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        if (status == PoliceUnitStatus.TRAVELLING && model.day() >= arrivalDay) {
            status = PoliceUnitStatus.DEPLOYED;
            position = model.map().centroid(posting);
            model.placeUnit(this, position);
        }
        ReportStatus reported = switch (status) {
            case AWAITING_POSTING -> ReportStatus.AWAITING_TASKING;
            case TRAVELLING -> ReportStatus.EN_ROUTE;
            case DEPLOYED -> ReportStatus.ON_STATION;
        };
        model.coordinationCentre().receive(new UnitReport(UnitKind.POLICE_UNIT, id, model.day(), reported, posting,
                officers));
    }

    /** The coordination centre's posting takes effect: the officers set off for their governorate. */
    public void post(Governorate governorate, int day, int travelDays) {
        posting = governorate;
        arrivalDay = day + travelDays;
        status = PoliceUnitStatus.TRAVELLING;
    }

    public int getId() {
        return id;
    }

    public String getTrainedIn() {
        return trainedIn;
    }

    public int getOfficers() {
        return officers;
    }

    public int getGraduationDay() {
        return graduationDay;
    }

    public PoliceUnitStatus getStatus() {
        return status;
    }

    /** The governorate the unit is posted to, or null before posting. */
    public Governorate getPosting() {
        return posting;
    }

    /** Where the unit is on the map, or null while abroad or travelling. */
    public GridCell getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return "police unit " + id + " (" + officers + " officers trained in " + trainedIn + ", " + status + ")";
    }
}
