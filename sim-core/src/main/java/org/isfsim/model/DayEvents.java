package org.isfsim.model;

import java.io.Serializable;
import org.isfsim.model.israel.IsraelWorld;
import org.isfsim.model.map.GridCell;

/**
 * The day's events the metrics count — incidents, ceasefire violations, civilians killed, ISF soldiers
 * killed — and what a civilian death does to the world: legitimacy remembers it, the population loses
 * the agents. Cleared at the start of each day.
 */
final class DayEvents implements IsraelWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;
    private int incidents;
    private int violations;
    private double civiliansKilled;
    private int isfCasualties;

    DayEvents(IsfModel model) {
        this.model = model;
    }

    void startDay() {
        incidents = 0;
        violations = 0;
        civiliansKilled = 0;
        isfCasualties = 0;
    }

    @Override
    public void countViolations(int count) {
        violations += count;
    }

    @Override
    public void countIncident() {
        incidents++;
    }

    void countIsfCasualties(int killed) {
        isfCasualties += killed;
    }

    /** Civilians killed at a cell: counted in people, removed as whole agents by the population. */
    @Override
    public void killCivilians(GridCell cell, int people) {
        if (people <= 0) {
            return;
        }
        int index = cell.y() * model.map().width() + cell.x();
        civiliansKilled += people;
        model.legitimacy().recordDeaths(index, people);
        model.civilians().killPeople(index, people, model.random);
    }

    int incidents() {
        return incidents;
    }

    int violations() {
        return violations;
    }

    double civiliansKilled() {
        return civiliansKilled;
    }

    int isfCasualties() {
        return isfCasualties;
    }
}
