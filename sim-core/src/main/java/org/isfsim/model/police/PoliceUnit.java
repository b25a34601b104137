package org.isfsim.model.police;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.insurgency.Engagement;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.security.SecurityUnit;
import org.isfsim.model.space.Movement;

/**
 * Officers of one graduating cohort, posted together to a governorate by the coordination centre
 * (docs/sources.md#police: vetted police trained in Egypt and Jordan). On duty they grow more effective with
 * experience — faster where ISF troops mentor them — bring tips that reveal hidden infrastructure,
 * and, if infiltrators got through vetting, leak the force's plans (docs/sources.md#design-police).
 */
public final class PoliceUnit implements SecurityUnit, Serializable {
    private static final long serialVersionUID = 1L;
    /** Draws of a duty station before falling back to the centre: a search limit, not a model number. */
    private static final int STATION_TRIES = 200;

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

    /** One day: arrives at a duty station when its travel is over, serves if deployed, then reports. */
    public void step(int day, PoliceWorld world, MersenneTwisterFast random) {
        if (status == PoliceUnitStatus.TRAVELLING && day >= arrivalDay) {
            status = PoliceUnitStatus.DEPLOYED;
            position = dutyStation(world, random);
        }
        if (status == PoliceUnitStatus.DEPLOYED) {
            serve(world, random);
        }
        ReportStatus reported = switch (status) {
            case AWAITING_POSTING -> ReportStatus.AWAITING_TASKING;
            case TRAVELLING -> ReportStatus.EN_ROUTE;
            case DEPLOYED -> ReportStatus.ON_STATION;
        };
        world.report(new UnitReport(UnitKind.POLICE_UNIT, id, day, reported, posting, officers, position, false));
    }

    /** Where the unit takes up duty: a random cell of its governorate outside the held zone. */
    private GridCell dutyStation(PoliceWorld world, MersenneTwisterFast random) {
        int[] cells = world.map().cellsOf(posting);
        HeldZone held = world.heldZone();
        for (int tries = 0; tries < STATION_TRIES; tries++) {
            GridCell c = world.map().cellOfIndex(cells[random.nextInt(cells.length)]);
            if (!held.isHeld(c.x(), c.y())) {
                return c;
            }
        }
        return world.map().centroid(posting);
    }

    private void serve(PoliceWorld world, MersenneTwisterFast random) {
        PoliceParameters p = world.police();
        daysOnDuty++;
        double gain = p.effectivenessGainPerDay() * (world.isfOnStationIn(posting) ? p.mentoringFactor() : 1.0);
        effectiveness = Math.min(1.0, effectiveness + gain);
        position = Movement.randomStepInSector(world.map(), world.heldZone(), posting, position, random);
        world.place(this, position);
        tips += bringTips(world, random);
    }

    /**
     * Tips the unit brings today: Poisson with mean tipsPerOfficerDay × officers × effectiveness
     * × the legitimacy where it serves (people talk to police they trust); each reveals a hidden site
     * in its governorate. Returns the sites revealed.
     */
    private int bringTips(PoliceWorld world, MersenneTwisterFast random) {
        double l = world.legitimacyAt(position);
        int count = Engagement.poisson(world.police().tipsPerOfficerDay() * officers * effectiveness * l, random);
        int revealed = 0;
        for (int t = 0; t < count; t++) {
            if (!world.revealHiddenSiteIn(posting)) {
                break;
            }
            revealed++;
        }
        return revealed;
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

    @Override
    public UnitKind kind() {
        return UnitKind.POLICE_UNIT;
    }

    @Override
    public double effectiveness() {
        return effectiveness;
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
