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
 * Turns the nations' pledges into a timetable of contingent arrivals (facts.md §3: Indonesia's
 * 1,000 in April and ~8,000 by June 2026). A pledge is split into contingents of about
 * {@code force.battalionSize}, arriving evenly spaced from its first-arrival to its full-strength
 * date. A nation that requires a UN mandate (seed article: "many countries … will only do so under
 * the mandate of a UN resolution") waits for it, and none deploys after the mandate has ended.
 */
public final class ForceGeneration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Arrival> timetable;
    private int next;

    public ForceGeneration(ForceParameters force, TimelineParameters timeline, Mandate mandate) {
        this.timetable = timetable(force, timeline, mandate);
    }

    /** The whole timetable, ordered by day, then pledge, then battalion. */
    public static List<Arrival> timetable(ForceParameters force, TimelineParameters timeline, Mandate mandate) {
        List<Arrival> arrivals = new ArrayList<>();
        int mandateStart = timeline.dayOf(mandate.authorisedDate());
        int mandateEnd = timeline.dayOf(mandate.endDate());
        for (int p = 0; p < force.pledges().size(); p++) {
            Pledge pledge = force.pledges().get(p);
            if (pledge.troops() == 0) {
                continue;
            }
            int battalions = (pledge.troops() + force.battalionSize() - 1) / force.battalionSize();
            int first = timeline.dayOf(pledge.firstArrival());
            int last = timeline.dayOf(pledge.fullStrength());
            for (int k = 0; k < battalions; k++) {
                int troops = pledge.troops() / battalions + (k < pledge.troops() % battalions ? 1 : 0);
                int day = battalions == 1 ? first
                        : first + (int) Math.round((double) k * (last - first) / (battalions - 1));
                if (pledge.requiresUnMandate()) {
                    if (day > mandateEnd) {
                        continue;
                    }
                    day = Math.max(day, mandateStart);
                }
                arrivals.add(new Arrival(p, pledge.nation(), troops, Math.max(0, day)));
            }
        }
        arrivals.sort(Comparator.comparingInt(Arrival::day));
        return List.copyOf(arrivals);
    }

    /** The arrivals due today (and any earlier ones not yet taken), in timetable order. */
    public List<Arrival> arrivalsDue(int day) {
        List<Arrival> due = new ArrayList<>();
        while (next < timetable.size() && timetable.get(next).day() <= day) {
            due.add(timetable.get(next++));
        }
        return due;
    }

    public List<Arrival> timetable() {
        return timetable;
    }
}
