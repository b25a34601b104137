package org.isfsim.model.police;

import org.isfsim.model.IsfModel;
import org.isfsim.model.SecurityUnit;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.space.Movement;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Officers of one graduating cohort, posted together to a governorate by the coordination centre
 * (facts.md §5: vetted police trained in Egypt and Jordan). On duty they grow more effective with
 * experience — faster where ISF troops mentor them — bring tips that reveal hidden infrastructure,
 * and, if infiltrators got through vetting, leak the force's plans (DESIGN.md "Palestinian police").
 */
public final class PoliceUnit implements Steppable, SecurityUnit {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final String trainedIn;
    private final int graduationDay;
    private final int infiltrators;
    private int officers;
    private int casualties;
    private PoliceUnitStatus status = PoliceUnitStatus.AWAITING_POSTING;
    private Governorate posting;
    private int arrivalDay = -1;
    private GridCell position;
    private double effectiveness;
    private int daysOnDuty;
    private int tips;

    public PoliceUnit(int id, String trainedIn, int officers, int infiltrators, int graduationDay,
            double initialEffectiveness) {
        this.id = id;
        this.trainedIn = trainedIn;
        this.officers = officers;
        this.infiltrators = infiltrators;
        this.graduationDay = graduationDay;
        this.effectiveness = initialEffectiveness;
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        if (status == PoliceUnitStatus.TRAVELLING && model.day() >= arrivalDay) {
            status = PoliceUnitStatus.DEPLOYED;
            position = model.dutyStation(posting);
        }
        if (status == PoliceUnitStatus.DEPLOYED) {
            serve(model);
        }
        ReportStatus reported = switch (status) {
            case AWAITING_POSTING -> ReportStatus.AWAITING_TASKING;
            case TRAVELLING -> ReportStatus.EN_ROUTE;
            case DEPLOYED -> ReportStatus.ON_STATION;
        };
        model.coordinationCentre().receive(new UnitReport(UnitKind.POLICE_UNIT, id, model.day(), reported, posting,
                officers, position, false));
    }

    private void serve(IsfModel model) {
        PoliceParameters p = model.parameters().police();
        daysOnDuty++;
        double gain = p.effectivenessGainPerDay() * (model.isfOnStationIn(posting) ? p.mentoringFactor() : 1.0);
        effectiveness = Math.min(1.0, effectiveness + gain);
        position = Movement.randomStepInSector(model.map(), model.heldZone(), posting, position, model.random);
        model.placeUnit(this, position);
        tips += model.policeTips(this);
    }

    /** The coordination centre's posting takes effect: the officers set off for their governorate. */
    public void post(Governorate governorate, int day, int travelDays) {
        posting = governorate;
        arrivalDay = day + travelDays;
        status = PoliceUnitStatus.TRAVELLING;
    }

    @Override
    public boolean isOnGround() {
        return status == PoliceUnitStatus.DEPLOYED && officers > 0;
    }

    @Override
    public int strength() {
        return officers;
    }

    @Override
    public double securityPeople() {
        return isOnGround() ? officers * effectiveness : 0;
    }

    @Override
    public int takeCasualties(int killed) {
        int lost = Math.min(killed, officers);
        officers -= lost;
        casualties += lost;
        return lost;
    }

    /** Whether infiltrators in the unit leak the force's plans. */
    public boolean leaks() {
        return isOnGround() && infiltrators > 0;
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

    public int getCasualties() {
        return casualties;
    }

    public int getInfiltrators() {
        return infiltrators;
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
    @Override
    public GridCell getPosition() {
        return position;
    }

    public double getEffectiveness() {
        return effectiveness;
    }

    public int getDaysOnDuty() {
        return daysOnDuty;
    }

    public int getTips() {
        return tips;
    }

    @Override
    public String toString() {
        return "police unit " + id + " (" + officers + " officers trained in " + trainedIn + ", " + status + ")";
    }
}
