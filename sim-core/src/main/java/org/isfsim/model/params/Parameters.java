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
        MandateParameters mandate,
        EpsteinParameters epstein) implements Serializable {

    public Parameters {
        Check.present("timeline", timeline);
        Check.present("map", map);
        Check.present("population", population);
        Check.present("force", force);
        Check.present("police", police);
        Check.present("coordination", coordination);
        Check.present("mandate", mandate);
        Check.present("epstein", epstein);
    }

    public static Parameters defaults() {
        return new Parameters(TimelineParameters.defaults(), MapParameters.defaults(),
                PopulationParameters.defaults(), ForceParameters.defaults(), PoliceParameters.defaults(),
                CoordinationParameters.defaults(), MandateParameters.defaults(), EpsteinParameters.defaults());
    }

    /** The same parameters with another timeline. */
    public Parameters withTimeline(TimelineParameters value) {
        return new Parameters(value, map, population, force, police, coordination, mandate, epstein);
    }

    /** The same parameters with another map section. */
    public Parameters withMap(MapParameters value) {
        return new Parameters(timeline, value, population, force, police, coordination, mandate, epstein);
    }

    /** The same parameters with another population section. */
    public Parameters withPopulation(PopulationParameters value) {
        return new Parameters(timeline, map, value, force, police, coordination, mandate, epstein);
    }

    /** The same parameters with another force section. */
    public Parameters withForce(ForceParameters value) {
        return new Parameters(timeline, map, population, value, police, coordination, mandate, epstein);
    }

    /** The same parameters with another police section. */
    public Parameters withPolice(PoliceParameters value) {
        return new Parameters(timeline, map, population, force, value, coordination, mandate, epstein);
    }

    /** The same parameters with another coordination section. */
    public Parameters withCoordination(CoordinationParameters value) {
        return new Parameters(timeline, map, population, force, police, value, mandate, epstein);
    }

    /** The same parameters with another mandate section. */
    public Parameters withMandate(MandateParameters value) {
        return new Parameters(timeline, map, population, force, police, coordination, value, epstein);
    }

    /** The same parameters with another Epstein section. */
    public Parameters withEpstein(EpsteinParameters value) {
        return new Parameters(timeline, map, population, force, police, coordination, mandate, value);
    }

    /** The same parameters with another number of days. */
    public Parameters withDays(int days) {
        return withTimeline(new TimelineParameters(timeline.startDate(), days));
    }
}
