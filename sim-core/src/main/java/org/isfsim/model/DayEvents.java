package org.isfsim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.israel.IsraelWorld;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;

/**
 * The day's events the metrics count — incidents, ceasefire violations, civilians killed, ISF and IDF
 * soldiers killed, Israeli strikes — and what a civilian death does to the world: legitimacy remembers it, the population loses
 * the agents. Cleared at the start of each day.
 */
final class DayEvents implements IsraelWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;
    private int incidents;
    private int violations;
    private double civiliansKilledByIdf;
    private double civiliansKilledByArmedGroups;
    private int isfCasualties;
    private int armedGroupViolations;
    private int idfKilled;
    private int idfStrikes;
    private int policeKilled;
    private int attacksOnIsf;
    private int attacksOnPolice;
    private int fightersRecruited;
    private int fightersKilled;
    private int weaponsHandedOver;

    DayEvents(IsfModel model) {
        this.model = model;
    }

    void startDay() {
        incidents = 0;
        violations = 0;
        civiliansKilledByIdf = 0;
        civiliansKilledByArmedGroups = 0;
        isfCasualties = 0;
        armedGroupViolations = 0;
        idfKilled = 0;
        idfStrikes = 0;
        policeKilled = 0;
        attacksOnIsf = 0;
        attacksOnPolice = 0;
        fightersRecruited = 0;
        fightersKilled = 0;
        weaponsHandedOver = 0;
    }

    /** An armed group broke the ceasefire: a violation, and one the ceasefire's tension counts. */
    void countArmedGroupViolation() {
        violations++;
        armedGroupViolations++;
    }

    @Override
    public void countStrike() {
        idfStrikes++;
    }

    @Override
    public void countIdfKilled(int soldiers) {
        idfKilled += soldiers;
    }

    @Override
    public void killFighters(GridCell cell, int fighters) {
        if (fighters > 0) {
            fightersKilled += model.insurgency().killFightersAt(cell, fighters);
        }
    }

    @Override
    public GridCell strikeTarget(MersenneTwisterFast random) {
        return model.insurgency().randomGroupCell(random);
    }

    @Override
    public double peopleAt(int cell) {
        return model.civilians().people(model.civilians().agentsIn(cell));
    }

    @Override
    public double demolishTunnels(HeldZone zone, double km) {
        return model.insurgency().demolishInside(zone, km);
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

    /** Civilians killed by Israeli fire at a cell (strikes, fire at the line). */
    @Override
    public void killCivilians(GridCell cell, int people) {
        if (removeDead(cell, people, true)) {
            civiliansKilledByIdf += people;
        }
    }

    /** Civilians killed at a cell in an armed group's attack or the fight it starts. */
    void killCiviliansInArmedGroupAttack(GridCell cell, int people) {
        if (removeDead(cell, people, false)) {
            civiliansKilledByArmedGroups += people;
        }
    }

    /**
     * Legitimacy remembers the dead; the population loses them as whole agents and remembers who killed
     * them (Israeli fire or the armed groups) for the stances and for flight.
     */
    private boolean removeDead(GridCell cell, int people, boolean byIsrael) {
        if (people <= 0) {
            return false;
        }
        int index = cell.y() * model.map().width() + cell.x();
        model.legitimacy().recordDeaths(index, people);
        model.civilians().killPeople(index, people, byIsrael, model.random);
        return true;
    }

    int incidents() {
        return incidents;
    }

    int violations() {
        return violations;
    }

    /** Civilians killed today, whatever the cause. */
    double civiliansKilled() {
        return civiliansKilledByIdf + civiliansKilledByArmedGroups;
    }

    double civiliansKilledByIdf() {
        return civiliansKilledByIdf;
    }

    double civiliansKilledByArmedGroups() {
        return civiliansKilledByArmedGroups;
    }

    int isfCasualties() {
        return isfCasualties;
    }

    int armedGroupViolations() {
        return armedGroupViolations;
    }

    int idfKilled() {
        return idfKilled;
    }

    int idfStrikes() {
        return idfStrikes;
    }

    void countPoliceKilled(int killed) {
        policeKilled += killed;
    }

    /** An armed group attacked a unit: an ISF contingent or a police unit. */
    void countAttack(boolean onIsf) {
        if (onIsf) {
            attacksOnIsf++;
        } else {
            attacksOnPolice++;
        }
    }

    void countFightersRecruited(int count) {
        fightersRecruited += count;
    }

    void countFightersKilled(int count) {
        fightersKilled += count;
    }

    void countWeaponsHandedOver(int count) {
        weaponsHandedOver += count;
    }

    /** ISF soldiers killed today: the same count as {@link #isfCasualties()} (the model does not wound). */
    int isfKilled() {
        return isfCasualties;
    }

    int policeKilled() {
        return policeKilled;
    }

    int attacksOnIsf() {
        return attacksOnIsf;
    }

    int attacksOnPolice() {
        return attacksOnPolice;
    }

    int fightersRecruited() {
        return fightersRecruited;
    }

    int fightersKilled() {
        return fightersKilled;
    }

    int weaponsHandedOver() {
        return weaponsHandedOver;
    }
}
