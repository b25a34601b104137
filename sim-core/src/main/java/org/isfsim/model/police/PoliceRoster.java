package org.isfsim.model.police;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.PoliceParameters;

/**
 * The police units, in order of graduation: the officers already trained on day 0 as
 * one unit, then one unit per graduating cohort.
 */
public final class PoliceRoster implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PoliceParameters parameters;
    private final List<PoliceUnit> units = new ArrayList<>();

    /** The roster on day 0: the initial graduates, if any, as one unit trained at the first site. */
    public PoliceRoster(PoliceParameters parameters, PoliceTraining training) {
        this.parameters = parameters;
        if (training.initialGraduates() > 0) {
            units.add(new PoliceUnit(0, parameters.trainingSites().isEmpty() ? "abroad"
                    : parameters.trainingSites().get(0).name(), training.initialGraduates(), 0, 0,
                    parameters.initialEffectiveness()));
        }
    }

    /** Each cohort graduating today becomes a unit awaiting its posting. */
    public void graduate(List<TrainingCohort> cohorts, int day) {
        for (TrainingCohort cohort : cohorts) {
            units.add(new PoliceUnit(units.size(), cohort.site(), cohort.recruits(), cohort.infiltrators(), day,
                    parameters.initialEffectiveness()));
        }
    }

    /** Every unit's day, in order of graduation. */
    public void step(int day, PoliceWorld world, MersenneTwisterFast random) {
        for (PoliceUnit unit : units) {
            unit.step(day, world, random);
        }
    }

    /** Whether a unit on duty in a governorate has infiltrators who leak the force's plans. */
    public boolean leaksIn(Governorate g) {
        for (PoliceUnit unit : units) {
            if (unit.getPosting() == g && unit.leaks()) {
                return true;
            }
        }
        return false;
    }

    /** Officers on duty in the strip. */
    public int officersDeployed() {
        int deployed = 0;
        for (PoliceUnit unit : units) {
            if (unit.getStatus() == PoliceUnitStatus.DEPLOYED) {
                deployed += unit.getOfficers();
            }
        }
        return deployed;
    }

    /** The unit with an id (ids are positions in the roster). */
    public PoliceUnit get(int id) {
        return units.get(id);
    }

    /** All units, in order of graduation. */
    public List<PoliceUnit> units() {
        return Collections.unmodifiableList(units);
    }
}
