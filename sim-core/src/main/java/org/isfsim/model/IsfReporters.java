package org.isfsim.model;

import java.util.Map;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.metrics.DataCollector;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricReporter;

/**
 * How each {@link Metric} is read off the ISF model at the end of a day. A constant: the reporters are
 * functions of the model, never part of a checkpoint.
 */
final class IsfReporters {
    static final DataCollector<IsfModel> COLLECTOR = new DataCollector<IsfModel>(Map.ofEntries(
            report(Metric.ISF_TROOPS, m -> m.forceRoster().troopsOnGround()),
            report(Metric.ISF_CONTINGENTS, m -> m.forceRoster().contingentsOnGround()),
            report(Metric.ISF_CASUALTIES, m -> m.events().isfCasualties()),
            report(Metric.POLICE_IN_TRAINING, m -> m.policeTraining().inTraining(m.day())),
            report(Metric.POLICE_DEPLOYED, m -> m.policeRoster().officersDeployed()),
            report(Metric.MILITANT_FIGHTERS, m -> m.insurgency().fighters()),
            report(Metric.MILITANT_WEAPONS, m -> m.insurgency().weapons()),
            report(Metric.INFRASTRUCTURE_REMAINING, m -> m.insurgency().tunnelKmRemaining()),
            report(Metric.MILITANT_CONTROL_SHARE, m -> m.insurgency().controlShare()),
            report(Metric.SECURED_SHARE, m -> m.insurgency().securedShare(m.heldZone())),
            report(Metric.IDF_HELD_SHARE, m -> m.heldZone().share()),
            report(Metric.ACTIVE_CIVILIANS_SHARE, m -> m.civilians().activeShare()),
            report(Metric.INCIDENTS, m -> m.events().incidents()),
            report(Metric.CEASEFIRE_VIOLATIONS, m -> m.events().violations()),
            report(Metric.CIVILIAN_CASUALTIES, m -> m.events().civiliansKilled()),
            report(Metric.AID_TRUCKS_ENTERED, m -> m.aid().trucksEnteredToday()),
            report(Metric.AID_TRUCKS_DELIVERED, m -> m.aid().trucksDeliveredToday()),
            report(Metric.AID_TRUCKS_LOOTED, m -> m.aid().trucksLootedToday()),
            report(Metric.MEAN_HARDSHIP, m -> m.civilians().meanHardship()),
            report(Metric.LEGITIMACY, IsfReporters::meanLegitimacy),
            report(Metric.COORDINATION_LATENCY_DAYS, m -> m.coordinationCentre().expectedLatencyDays()),
            report(Metric.MANDATE_ACTIVE, m -> m.mandate().isActive(m.date()) ? 1 : 0),
            report(Metric.DETAINED_SHARE, m -> m.civilians().detainedShare()),
            report(Metric.IDF_WITHDRAWAL_STAGE, m -> m.israel().stage()),
            report(Metric.CIVILIANS_KILLED_BY_IDF, m -> m.events().civiliansKilledByIdf()),
            report(Metric.CIVILIANS_KILLED_BY_ARMED_GROUPS, m -> m.events().civiliansKilledByArmedGroups()),
            report(Metric.ISF_TROOPS_IN_GAZA, m -> m.forceRoster().troopsOnGround()),
            report(Metric.ISF_NATIONS_PRESENT, m -> m.forceRoster().nationsPresent()),
            report(Metric.NATIONS_WITHDRAWN, m -> m.forceRoster().nationsWithdrawn()),
            report(Metric.PLEDGES_SUSPENDED, m -> m.forceGeneration().suspended()),
            report(Metric.CEASEFIRE_STATE, m -> m.ceasefire().state().ordinal()),
            report(Metric.IDF_KILLED, m -> m.events().idfKilled()),
            report(Metric.IDF_STRIKES, m -> m.events().idfStrikes()),
            report(Metric.ISF_KILLED, m -> m.events().isfKilled()),
            report(Metric.POLICE_KILLED, m -> m.events().policeKilled()),
            report(Metric.ATTACKS_ON_ISF, m -> m.events().attacksOnIsf()),
            report(Metric.ATTACKS_ON_POLICE, m -> m.events().attacksOnPolice()),
            report(Metric.FIGHTERS_RECRUITED, m -> m.events().fightersRecruited()),
            report(Metric.FIGHTERS_KILLED, m -> m.events().fightersKilled()),
            report(Metric.WEAPONS_HANDED_OVER, m -> m.events().weaponsHandedOver()),
            report(Metric.SUPPORT_ISF_SHARE, m -> m.civilians().supportOrderShare()),
            report(Metric.SUPPORT_HAMAS_SHARE, m -> m.civilians().supportHamasShare()),
            report(Metric.ACTIVE_AGAINST_ISF_SHARE, m -> m.civilians().activeAgainstOrderShare()),
            report(Metric.ACTIVE_AGAINST_HAMAS_SHARE, m -> m.civilians().activeAgainstHamasShare()),
            report(Metric.DETENTIONS, m -> m.civilians().people(m.civilians().detainedToday())),
            report(Metric.RECRUITABLE_SHARE, m -> m.civilians().recruitableShare()),
            report(Metric.CIVILIANS_FLED, m -> m.civilians().people(m.civilians().fledToday()))));

    private IsfReporters() {
    }

    private static Map.Entry<Metric, MetricReporter<IsfModel>> report(Metric metric,
            MetricReporter<IsfModel> reporter) {
        return Map.entry(metric, reporter);
    }

    /** Legitimacy averaged over the civilians (each cell weighted by its living, free agents). */
    private static double meanLegitimacy(IsfModel model) {
        GazaMap map = model.map();
        double weighted = 0;
        double agents = 0;
        double[] l = model.legitimacy().values();
        for (int i = 0; i < l.length; i++) {
            if (map.inside(i % map.width(), i / map.width())) {
                int n = model.civilians().agentsIn(i);
                weighted += n * l[i];
                agents += n;
            }
        }
        return agents == 0 ? 0 : weighted / agents;
    }
}
