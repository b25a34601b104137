package org.isfsim.gui;

import java.util.function.Supplier;
import org.isfsim.model.IsfModel;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;

/**
 * The run as it stands, as read-only bean properties for the Model tab: today's value of the
 * metrics the README names (secured share, armed control, active civilians, incidents, police,
 * aid, legitimacy and more). Numeric, so MASON's own property menu can chart or stream any of them.
 */
public final class LiveValues {
    private final Supplier<IsfModel> model;

    LiveValues(Supplier<IsfModel> model) {
        this.model = model;
    }

    /** The last day recorded, or -1 before day 0. */
    public int getDay() {
        IsfModel m = model.get();
        MetricsTable t = m == null ? null : m.metrics();
        return t == null ? -1 : t.recordedDays() - 1;
    }

    /** The date of that day. */
    public String getDate() {
        IsfModel m = model.get();
        int day = getDay();
        return m == null || day < 0 ? "not started" : m.parameters().timeline().dateOf(day).toString();
    }

    private double value(Metric metric) {
        int day = getDay();
        return day < 0 ? 0 : model.get().metrics().value(day, metric);
    }

    public double getSecuredShare() {
        return value(Metric.SECURED_SHARE);
    }

    public double getMilitantControlShare() {
        return value(Metric.MILITANT_CONTROL_SHARE);
    }

    public double getActiveCiviliansShare() {
        return value(Metric.ACTIVE_CIVILIANS_SHARE);
    }

    public double getIncidents() {
        return value(Metric.INCIDENTS);
    }

    public double getPoliceDeployed() {
        return value(Metric.POLICE_DEPLOYED);
    }

    public double getAidTrucksDelivered() {
        return value(Metric.AID_TRUCKS_DELIVERED);
    }

    public double getLegitimacy() {
        return value(Metric.LEGITIMACY);
    }

    public double getIsfTroops() {
        return value(Metric.ISF_TROOPS);
    }

    public double getMilitantFighters() {
        return value(Metric.MILITANT_FIGHTERS);
    }

    public double getInfrastructureRemaining() {
        return value(Metric.INFRASTRUCTURE_REMAINING);
    }

    public double getIdfHeldShare() {
        return value(Metric.IDF_HELD_SHARE);
    }

    public double getCiviliansKilled() {
        return value(Metric.CIVILIAN_CASUALTIES);
    }

    public double getCeasefireViolations() {
        return value(Metric.CEASEFIRE_VIOLATIONS);
    }

    public double getCoordinationLatencyDays() {
        return value(Metric.COORDINATION_LATENCY_DAYS);
    }

    public double getMeanHardship() {
        return value(Metric.MEAN_HARDSHIP);
    }

    public boolean isMandateActive() {
        return value(Metric.MANDATE_ACTIVE) > 0;
    }

    @Override
    public String toString() {
        return "Today";
    }
}
