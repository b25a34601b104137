package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A dated shock outside Gaza (a regional war) during which contributing nations take no decision and send no
 * troops: every pending deployment is on hold from {@code start} to {@code end}, both days included.
 *
 * @param name what the shock was, for the reader
 * @param start its first day
 * @param end its last day
 * @param source where the dates come from
 */
public record Shock(String name, LocalDate start, LocalDate end, String source) implements Serializable {

    public Shock {
        Check.name("deployment.shocks.name", name);
        Check.present("deployment.shocks.start (" + name + ")", start);
        Check.present("deployment.shocks.end (" + name + ")", end);
        Check.notBefore("deployment.shocks.end (" + name + ")", end, "start", start);
        Check.name("deployment.shocks.source (" + name + ")", source);
    }

    /** Whether the shock holds on a date. */
    public boolean holdsOn(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
