package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The whole, validated parameter tree of a run. Defaults live here and only here (with their
 * provenance on each field); scenario files and {@code --set} override them by key, e.g.
 * {@code force.battalionSize}.
 */
public record Parameters(
        TimelineParameters timeline,
        MapParameters map,
        PopulationParameters population,
        ForceParameters force,
        PoliceParameters police,
        CoordinationParameters coordination,
        MandateParameters mandate) implements Serializable {

    public Parameters {
        Check.present("timeline", timeline);
        Check.present("map", map);
        Check.present("population", population);
        Check.present("force", force);
        Check.present("police", police);
        Check.present("coordination", coordination);
        Check.present("mandate", mandate);
    }

    public static Parameters defaults() {
        return new Parameters(TimelineParameters.defaults(), MapParameters.defaults(),
                PopulationParameters.defaults(), ForceParameters.defaults(), PoliceParameters.defaults(),
                CoordinationParameters.defaults(), MandateParameters.defaults());
    }

    /** The same parameters with another number of days. */
    public Parameters withDays(int days) {
        return new Parameters(new TimelineParameters(timeline.startDate(), days), map, population, force, police,
                coordination, mandate);
    }
}
