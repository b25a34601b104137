package org.isfsim.model.force;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.Pledge;
import org.isfsim.model.params.TimelineParameters;

/**
 * Turns the nations' pledges into a timetable of contingent arrivals (docs/sources.md#isf-pledges: Indonesia's
 * 1,000 in April and ~8,000 by June 2026). A pledge is split into contingents of about
 * {@code force.battalionSize}, arriving evenly spaced from its first-arrival to its full-strength
 * date. A nation that requires a UN mandate (docs/sources.md#seed-article: "many countries … will only do so under
 * the mandate of a UN resolution") waits for it. Reviews of the mandate may add reinforcements.
 */
public final class ForceGeneration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int battalionSize;
    private final int reinforcementLeadDays;
    private final int reinforcementSpreadDays;
    private final double reinforcementCasualtyTolerance;
    private final List<Arrival> pending = new ArrayList<>();

    public ForceGeneration(ForceParameters force, TimelineParameters timeline, Mandate mandate) {
        this.battalionSize = force.battalionSize();
        this.reinforcementLeadDays = force.reinforcementLeadDays();
        this.reinforcementSpreadDays = force.reinforcementSpreadDays();
        this.reinforcementCasualtyTolerance = force.reinforcementCasualtyTolerance();
        pending.addAll(timetable(force, timeline, mandate));
    }

    /** The whole pledged timetable, ordered by day, then pledge, then battalion. */
    public static List<Arrival> timetable(ForceParameters force, TimelineParameters timeline, Mandate mandate) {
        List<Arrival> arrivals = new ArrayList<>();
        int mandateStart = timeline.dayOf(mandate.authorisedDate());
        int mandateEnd = timeline.dayOf(mandate.endDate());
        for (Pledge pledge : force.pledges()) {
            int first = timeline.dayOf(pledge.firstArrival());
            int last = timeline.dayOf(pledge.fullStrength());
            for (Arrival arrival : battalions(pledge.nation(), pledge.troops(), force.battalionSize(), first, last,
                    pledge.requiresUnMandate(), pledge.mayDisarm(), pledge.casualtyTolerance())) {
                int day = arrival.day();
                if (pledge.requiresUnMandate()) {
                    if (day > mandateEnd) {
                        continue;
                    }
                    day = Math.max(day, mandateStart);
                }
                arrivals.add(new Arrival(arrival.nation(), arrival.troops(), Math.max(0, day),
                        arrival.requiresUnMandate(), arrival.mayDisarm(), arrival.casualtyTolerance()));
            }
        }
        arrivals.sort(Comparator.comparingInt(Arrival::day));
        return List.copyOf(arrivals);
    }

    /** Splits troops into battalions of about {@code battalionSize}, evenly spaced from {@code first} to {@code last}.
     * */
    static List<Arrival> battalions(String nation, int troops, int battalionSize, int first, int last,
            boolean requiresUnMandate, boolean mayDisarm, double casualtyTolerance) {
        List<Arrival> arrivals = new ArrayList<>();
        if (troops == 0) {
            return arrivals;
        }
        int count = (troops + battalionSize - 1) / battalionSize;
        for (int k = 0; k < count; k++) {
            int size = troops / count + (k < troops % count ? 1 : 0);
            int day = count == 1 ? first : first + (int) Math.round((double) k * (last - first) / (count - 1));
            arrivals.add(new Arrival(nation, size, day, requiresUnMandate, mayDisarm, casualtyTolerance));
        }
        return arrivals;
    }

    /**
     * Adds the reinforcements a mandate review on {@code reviewDay} calls for: the first arrives
     * {@code force.reinforcementLeadDays} later, the rest evenly over {@code force.reinforcementSpreadDays}.
     */
    public void reinforceAfterReview(int troops, int reviewDay) {
        reinforce(troops, reviewDay + reinforcementLeadDays, reviewDay + reinforcementLeadDays + reinforcementSpreadDays,
                reinforcementCasualtyTolerance);
    }

    /** Adds reinforcements called for by a mandate review, arriving evenly between two days. */
    public void reinforce(int troops, int firstDay, int lastDay, double casualtyTolerance) {
        pending.addAll(battalions("Reinforcements", troops, battalionSize, firstDay, lastDay, true, false,
                casualtyTolerance));
        pending.sort(Comparator.comparingInt(Arrival::day));
    }

    /** The arrivals due today (and any earlier ones not yet taken), in timetable order. */
    public List<Arrival> arrivalsDue(int day) {
        List<Arrival> due = new ArrayList<>();
        while (!pending.isEmpty() && pending.get(0).day() <= day) {
            due.add(pending.remove(0));
        }
        return due;
    }

    /** Arrivals not yet due. */
    public List<Arrival> pending() {
        return List.copyOf(pending);
    }
}
