package org.isfsim.model.params;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import org.isfsim.InvalidInputException;

/**
 * The whole, validated parameter tree of a run. Defaults live here and only here (with their
 * provenance on each field); scenario files and {@code --set} override them by key, e.g.
 * {@code force.battalionSize}.
 */
public record Parameters(
        TimelineParameters timeline,
        MapParameters map,
        PopulationParameters population,
        CivilianParameters civilians,
        LegitimacyParameters legitimacy,
        ForceParameters force,
        PoliceParameters police,
        CoordinationParameters coordination,
        InsurgencyParameters insurgency,
        AidParameters aid,
        IsraelParameters israel,
        MandateParameters mandate,
        DeploymentParameters deployment,
        EpsteinParameters epstein,
        CeasefireParameters ceasefire) implements Serializable {

    public Parameters {
        Check.present("timeline", timeline);
        Check.present("map", map);
        Check.present("population", population);
        Check.present("civilians", civilians);
        Check.present("legitimacy", legitimacy);
        Check.present("force", force);
        Check.present("police", police);
        Check.present("coordination", coordination);
        Check.present("insurgency", insurgency);
        Check.present("aid", aid);
        Check.present("israel", israel);
        Check.present("mandate", mandate);
        Check.present("deployment", deployment);
        Check.present("epstein", epstein);
        Check.present("ceasefire", ceasefire);
        checkPledgesWithinMandate(force, mandate);
    }

    /**
     * A nation that deploys only under a UN mandate cannot be scheduled to arrive after the mandate
     * ends (unless it is always renewed): the pledge would silently never arrive.
     */
    private static void checkPledgesWithinMandate(ForceParameters force, MandateParameters mandate) {
        if (mandate.renewal() == MandateParameters.Renewal.ALWAYS) {
            return;
        }
        for (int i = 0; i < force.pledges().size(); i++) {
            Pledge pledge = force.pledges().get(i);
            if (pledge.requiresUnMandate() && pledge.firstArrival().isAfter(mandate.endDate())) {
                throw new InvalidInputException("force.pledges." + i + ".firstArrival (" + pledge.nation() + "): "
                        + pledge.firstArrival() + " is after mandate.endDate (" + mandate.endDate()
                        + "); allowed: on or before it, or mandate.renewal: ALWAYS",
                        "force.pledges." + i + ".firstArrival", null);
            }
        }
    }

    public static Parameters defaults() {
        return new Parameters(TimelineParameters.defaults(),
                MapParameters.defaults(),
                PopulationParameters.defaults(),
                CivilianParameters.defaults(),
                LegitimacyParameters.defaults(),
                ForceParameters.defaults(),
                PoliceParameters.defaults(),
                CoordinationParameters.defaults(),
                InsurgencyParameters.defaults(),
                AidParameters.defaults(),
                IsraelParameters.defaults(),
                MandateParameters.defaults(),
                DeploymentParameters.defaults(),
                EpsteinParameters.defaults(),
                CeasefireParameters.defaults());
    }

    /**
     * The same parameters with one value changed by key, as a scenario file or {@code --set} changes it,
     * e.g. {@code with("force.battalionSize", 600)} or {@code with("force.pledges.0.troops", 2_000)}.
     * Every record's validation runs again.
     *
     * @param value a number, a switch, an enum constant or its name, a date (or ISO text), a list or
     *        record for a key that holds one
     * @throws InvalidInputException if there is no such key (naming the nearest and the keys allowed
     *         there) or a record refuses the value (naming what is allowed)
     */
    public Parameters with(String key, Object value) {
        ObjectNode tree = ParameterJson.tree(this);
        ParameterPath.set(tree, key, ParameterJson.node(value), null);
        return ParameterJson.parameters(tree, null);
    }

    /**
     * The value at a dotted key: a single value (boxed), a list, or a section or list entry record.
     *
     * @throws InvalidInputException if there is no such key
     */
    public Object get(String key) {
        return ParameterPath.value(this, key);
    }

    /** The same parameters with another number of days. */
    public Parameters withDays(int days) {
        return withTimeline(new TimelineParameters(timeline.startDate(), days));
    }

    /** The same parameters with another timeline section. */
    public Parameters withTimeline(TimelineParameters value) {
        return new Parameters(value, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another map section. */
    public Parameters withMap(MapParameters value) {
        return new Parameters(timeline, value, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another population section. */
    public Parameters withPopulation(PopulationParameters value) {
        return new Parameters(timeline, map, value, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another civilians section. */
    public Parameters withCivilians(CivilianParameters value) {
        return new Parameters(timeline, map, population, value, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another legitimacy section. */
    public Parameters withLegitimacy(LegitimacyParameters value) {
        return new Parameters(timeline, map, population, civilians, value, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another force section. */
    public Parameters withForce(ForceParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, value, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another police section. */
    public Parameters withPolice(PoliceParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, value, coordination, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another coordination section. */
    public Parameters withCoordination(CoordinationParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, value, insurgency, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another insurgency section. */
    public Parameters withInsurgency(InsurgencyParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, value, aid, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another aid section. */
    public Parameters withAid(AidParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, value, israel, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another israel section. */
    public Parameters withIsrael(IsraelParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, value, mandate, deployment, epstein, ceasefire);
    }

    /** The same parameters with another mandate section. */
    public Parameters withMandate(MandateParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, value, deployment, epstein, ceasefire);
    }

    /** The same parameters with another deployment section. */
    public Parameters withDeployment(DeploymentParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, value, epstein, ceasefire);
    }

    /** The same parameters with another epstein section. */
    public Parameters withEpstein(EpsteinParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, value, ceasefire);
    }

    /** The same parameters with another ceasefire section. */
    public Parameters withCeasefire(CeasefireParameters value) {
        return new Parameters(timeline, map, population, civilians, legitimacy, force, police, coordination, insurgency, aid, israel, mandate, deployment, epstein, value);
    }
}
