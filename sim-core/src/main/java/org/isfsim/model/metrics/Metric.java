package org.isfsim.model.metrics;

import java.util.List;

/**
 * The per-day metrics, in column order. Column names are a contract (DESIGN.md "Metrics"): analysis
 * scripts and comparisons across versions read them by name. A metric a model does not measure (the
 * Epstein reference mode has no troops) is recorded as NaN and written as an empty field.
 */
public enum Metric {
    ISF_TROOPS("isf_troops", MetricKind.COUNT, "ISF troops inside the strip"),
    ISF_CONTINGENTS("isf_contingents", MetricKind.COUNT, "ISF contingents inside the strip"),
    POLICE_IN_TRAINING("police_in_training", MetricKind.COUNT, "police recruits on a course abroad"),
    POLICE_DEPLOYED("police_deployed", MetricKind.COUNT, "police officers on duty in the strip"),
    ACTIVE_CIVILIANS_SHARE("active_civilians_share", MetricKind.SHARE,
            "share of civilians (not detained) openly active against the order, by Epstein's rule"),
    COORDINATION_LATENCY_DAYS("coordination_latency_days", MetricKind.QUANTITY,
            "days from a unit's report to its tasking, for a unit reporting today"),
    MANDATE_ACTIVE("mandate_active", MetricKind.FLAG, "1 while the UN mandate is in force"),
    DETAINED_SHARE("detained_share", MetricKind.SHARE, "share of civilians detained");

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
