package org.isfsim.model.force;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.israel.Israel;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.Pledge;
import sim.field.grid.SparseGrid2D;

/**
 * The contingents in the strip, in order of arrival, and each contributing nation's troops and losses:
 * arrivals are admitted unless Israel vetoes the nation, its mandate is missing or it has withdrawn; a
 * nation withdraws once its losses pass its tolerance, or after a deadly day with a chance for each soldier
 * killed (docs/sources.md#design-force-politics); without renewal of the mandate the whole force leaves
 * (docs/sources.md#design-contingents).
 */
public final class ForceRoster implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A nation's troops sent and lost, and whether it has withdrawn. */
    private static final class NationRecord implements Serializable {
        private static final long serialVersionUID = 1L;
        private int troops;
        private int losses;
        private int lostToday;
        private boolean withdrawn;
    }

    private final ForceParameters parameters;
    private final SparseGrid2D units;
    private final List<Contingent> contingents = new ArrayList<>();
    private final Map<String, NationRecord> nations = new LinkedHashMap<>();
    private int withdrawalStartDay = -1;
    private int missionEndDay = -1;

    /** An empty roster whose contingents are shown on {@code units}. */
    public ForceRoster(ForceParameters parameters, SparseGrid2D units) {
        this.parameters = parameters;
        this.units = units;
    }

    /** The arrivals due today enter at {@code entry}, except those Israel vetoes, lacking their mandate or withdrawn.
     * */
    public void admit(List<Arrival> due, GridCell entry, Israel israel, Mandate mandate, LocalDate today) {
        if (missionEndDay >= 0) {
            return;
        }
        for (Arrival arrival : due) {
            if (israel.vetoes(arrival.nation()) || (arrival.requiresUnMandate() && !mandate.isActive(today))
                    || nationWithdrawn(arrival.nation())) {
                continue;
            }
            Contingent contingent = new Contingent(contingents.size(), arrival, entry);
            contingents.add(contingent);
            nations.computeIfAbsent(arrival.nation(), n -> new NationRecord()).troops += arrival.troops();
            place(contingent, entry);
        }
    }

    private boolean nationWithdrawn(String nation) {
        NationRecord record = nations.get(nation);
        return record != null && record.withdrawn;
    }

    /**
     * Without renewal the force leaves, evenly over {@code withdrawalDays} from the day the mandate
     * lapses, the latest arrivals first.
     */
    public void withdrawAfterMandate(Mandate mandate, int day, LocalDate today, int withdrawalDays) {
        if (mandate.lapsed() && withdrawalStartDay < 0 && !mandate.isActive(today)) {
            withdrawalStartDay = day;
        }
        if (withdrawalStartDay < 0) {
            return;
        }
        int days = Math.max(1, withdrawalDays);
        double due = Math.min(1.0, (day - withdrawalStartDay + 1) / (double) days);
        int onGround = contingentsOnGround();
        int total = contingents.size();
        int toLeave = onGround - (int) Math.floor(total * (1 - due));
        for (int i = contingents.size() - 1; i >= 0 && toLeave > 0; i--) {
            Contingent c = contingents.get(i);
            if (c.isOnGround()) {
                withdraw(c);
                toLeave--;
            }
        }
    }

    /**
     * A nation withdraws all its contingents once its losses pass its tolerance (docs/sources.md#design-contingents); a
     * nation without a pledge (reinforcements) has {@code force.reinforcementCasualtyTolerance}.
     */
    public void recordLosses(Contingent contingent, int lost) {
        NationRecord record = nations.get(contingent.getNation());
        record.losses += lost;
        record.lostToday += lost;
        double tolerance = parameters.pledges().stream().filter(pl -> pl.nation().equals(contingent.getNation()))
                .mapToDouble(Pledge::casualtyTolerance).findFirst().orElse(parameters.reinforcementCasualtyTolerance());
        if (!record.withdrawn && record.losses > tolerance * record.troops) {
            withdrawNation(contingent.getNation(), record);
        }
    }

    /**
     * Each nation that lost soldiers since the last review reviews its participation, nation by nation in order
     * of first arrival: it withdraws with chance {@code 1 - (1 - chancePerKilled)^killed} (one draw per nation
     * that lost any). The day's tally is then cleared.
     */
    public void reviewParticipation(double chancePerKilled, MersenneTwisterFast random) {
        for (Map.Entry<String, NationRecord> entry : nations.entrySet()) {
            NationRecord record = entry.getValue();
            if (record.lostToday > 0 && !record.withdrawn) {
                double stay = Math.pow(1 - chancePerKilled, record.lostToday);
                if (random.nextDouble() >= stay) {
                    withdrawNation(entry.getKey(), record);
                }
            }
            record.lostToday = 0;
        }
    }

    private void withdrawNation(String nation, NationRecord record) {
        record.withdrawn = true;
        for (Contingent c : contingents) {
            if (c.getNation().equals(nation) && c.isOnGround()) {
                withdraw(c);
            }
        }
    }

    /** Whether a nation has withdrawn from the force. */
    public boolean hasWithdrawn(String nation) {
        return nationWithdrawn(nation);
    }

    /** Nations that have withdrawn, after losses or a deadly day. */
    public int nationsWithdrawn() {
        int n = 0;
        for (NationRecord record : nations.values()) {
            if (record.withdrawn) {
                n++;
            }
        }
        return n;
    }

    /** Nations with troops inside the strip today. */
    public int nationsPresent() {
        int n = 0;
        for (String nation : nations.keySet()) {
            for (Contingent c : contingents) {
                if (c.isOnGround() && c.getNation().equals(nation)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The mission ends (the ceasefire collapsed into war): every contingent leaves today and no more are
     * admitted; the mandate stays as it is.
     */
    public void withdrawAll(int day) {
        if (missionEndDay < 0) {
            missionEndDay = day;
        }
        for (Contingent c : contingents) {
            if (c.getStatus() != ContingentStatus.WITHDRAWN) {
                withdraw(c);
            }
        }
    }

    /**
     * The IDF has taken ground: a contingent on station there (patrolling or demolishing) heads back to its
     * sector's centre, outside the zone, as a newly tasked contingent does.
     */
    public void leaveHeldGround(org.isfsim.model.map.HeldZone zone) {
        for (Contingent c : contingents) {
            GridCell at = c.getPosition();
            if (c.getSector() != null && (c.getStatus() == ContingentStatus.PATROLLING
                    || c.getStatus() == ContingentStatus.DEMOLISHING) && zone.isHeld(at.x(), at.y())) {
                c.assignSector(c.getSector(), null);
            }
        }
    }

    /** The day the mission ended with a collapse of the ceasefire, or -1. */
    public int missionEndDay() {
        return missionEndDay;
    }

    private void withdraw(Contingent contingent) {
        contingent.withdraw();
        units.remove(contingent);
    }

    /** Every contingent's day, in order of arrival. */
    public void step(int day, ContingentWorld world, MersenneTwisterFast random) {
        for (Contingent contingent : contingents) {
            contingent.step(day, world, random);
        }
    }

    /** Shows a contingent at a cell of the map. */
    public void place(Contingent contingent, GridCell cell) {
        units.setObjectLocation(contingent, cell.x(), cell.y());
    }

    /** Whether ISF troops are on station (patrolling or demolishing) in a governorate today. */
    public boolean onStationIn(Governorate g) {
        for (Contingent c : contingents) {
            if (c.getSector() == g && (c.getStatus() == ContingentStatus.PATROLLING
                    || c.getStatus() == ContingentStatus.DEMOLISHING)) {
                return true;
            }
        }
        return false;
    }

    /** Contingents inside the strip. */
    public int contingentsOnGround() {
        int onGround = 0;
        for (Contingent c : contingents) {
            if (c.isOnGround()) {
                onGround++;
            }
        }
        return onGround;
    }

    /** Troops inside the strip. */
    public int troopsOnGround() {
        int troops = 0;
        for (Contingent c : contingents) {
            if (c.isOnGround()) {
                troops += c.getTroops();
            }
        }
        return troops;
    }

    /** The contingent with an id (ids are positions in the roster). */
    public Contingent get(int id) {
        return contingents.get(id);
    }

    /** All contingents ever admitted, in order of arrival. */
    public List<Contingent> contingents() {
        return Collections.unmodifiableList(contingents);
    }
}
