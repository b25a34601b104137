package org.isfsim.model.metrics;

import java.util.List;

/**
 * The per-day metrics, in column order. Column names are a contract (docs/sources.md#design-metrics): analysis
 * scripts and comparisons across versions read them by name. A metric a model does not measure (the
 * Epstein reference mode has no troops) is recorded as NaN and written as an empty field.
 */
public enum Metric {
    ISF_TROOPS("isf_troops", MetricKind.COUNT, "ISF troops inside the strip"),
    ISF_CONTINGENTS("isf_contingents", MetricKind.COUNT, "ISF contingents inside the strip"),
    ISF_CASUALTIES("isf_casualties", MetricKind.COUNT, "ISF soldiers killed today"),
    POLICE_IN_TRAINING("police_in_training", MetricKind.COUNT, "police recruits on a course abroad"),
    POLICE_DEPLOYED("police_deployed", MetricKind.COUNT, "police officers on duty in the strip"),
    MILITANT_FIGHTERS("militant_fighters", MetricKind.COUNT, "armed-group fighters"),
    MILITANT_WEAPONS("militant_weapons", MetricKind.COUNT, "weapons the armed groups hold, carried or cached"),
    INFRASTRUCTURE_REMAINING("infrastructure_remaining", MetricKind.QUANTITY, "km of tunnel still intact"),
    MILITANT_CONTROL_SHARE("militant_control_share", MetricKind.SHARE,
            "share of the strip's area where armed groups hold authority (control above one half)"),
    SECURED_SHARE("secured_share", MetricKind.SHARE,
            "share of the strip's area secured by the ISF and police (outside the held zone)"),
    IDF_HELD_SHARE("idf_held_share", MetricKind.SHARE, "share of the strip's area held by the IDF"),
    ACTIVE_CIVILIANS_SHARE("active_civilians_share", MetricKind.SHARE,
            "share of civilians (living, not detained) openly active against the order, by Epstein's rule"),
    INCIDENTS("incidents", MetricKind.COUNT, "attacks, clashes and strikes today"),
    CEASEFIRE_VIOLATIONS("ceasefire_violations", MetricKind.COUNT,
            "violations today: armed-group fire towards the IDF and IDF fire at the yellow line"),
    CIVILIAN_CASUALTIES("civilian_casualties", MetricKind.COUNT, "civilians killed today"),
    AID_TRUCKS_ENTERED("aid_trucks_entered", MetricKind.COUNT, "aid trucks that entered today"),
    AID_TRUCKS_DELIVERED("aid_trucks_delivered", MetricKind.COUNT, "aid trucks delivered today"),
    AID_TRUCKS_LOOTED("aid_trucks_looted", MetricKind.COUNT, "aid trucks looted today"),
    MEAN_HARDSHIP("mean_hardship", MetricKind.SHARE, "mean hardship H of living civilians (0..1)"),
    LEGITIMACY("legitimacy", MetricKind.SHARE, "mean legitimacy L over civilians (0..1)"),
    COORDINATION_LATENCY_DAYS("coordination_latency_days", MetricKind.QUANTITY,
            "days from a unit's report to its tasking, for a unit reporting today"),
    MANDATE_ACTIVE("mandate_active", MetricKind.FLAG, "1 while the UN mandate is in force"),
    DETAINED_SHARE("detained_share", MetricKind.SHARE, "share of living civilians detained"),
    IDF_WITHDRAWAL_STAGE("idf_withdrawal_stage", MetricKind.COUNT,
            "1 at the yellow line, 2 at the second line, 3 at the perimeter");

    private static final List<Metric> ALL = List.of(values());

    private final String column;
    private final MetricKind kind;
    private final String description;

    Metric(String column, MetricKind kind, String description) {
        this.column = column;
        this.kind = kind;
        this.description = description;
    }

    public String column() {
        return column;
    }

    public MetricKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public static List<Metric> all() {
        return ALL;
    }
}
