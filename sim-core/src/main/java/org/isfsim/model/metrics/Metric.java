package org.isfsim.model.metrics;

import java.util.List;

/**
 * The per-day metrics, in column order. Column names are a contract (docs/sources.md#design-metrics): analysis
 * scripts and comparisons across versions read them by name. A metric a model does not measure (the
 * Epstein reference mode has no troops) is recorded as NaN and written as an empty field.
 */
public enum Metric {
    ISF_TROOPS("isf_troops", MetricKind.COUNT, Measure.STOCK, "ISF troops inside the strip"),
    ISF_CONTINGENTS("isf_contingents", MetricKind.COUNT, Measure.STOCK, "ISF contingents inside the strip"),
    ISF_CASUALTIES("isf_casualties", MetricKind.COUNT, Measure.FLOW, "ISF soldiers killed today"),
    POLICE_IN_TRAINING("police_in_training", MetricKind.COUNT, Measure.STOCK, "police recruits on a course abroad"),
    POLICE_DEPLOYED("police_deployed", MetricKind.COUNT, Measure.STOCK, "police officers on duty in the strip"),
    MILITANT_FIGHTERS("militant_fighters", MetricKind.COUNT, Measure.STOCK, "armed-group fighters"),
    MILITANT_WEAPONS("militant_weapons", MetricKind.COUNT, Measure.STOCK,
            "weapons the armed groups hold, carried or cached"),
    INFRASTRUCTURE_REMAINING("infrastructure_remaining", MetricKind.QUANTITY, Measure.STOCK,
            "km of tunnel still intact"),
    MILITANT_CONTROL_SHARE("militant_control_share", MetricKind.SHARE, Measure.STOCK,
            "share of the strip's area where armed groups hold authority (control above one half)"),
    SECURED_SHARE("secured_share", MetricKind.SHARE, Measure.STOCK,
            "share of the strip's area secured by the ISF and police (outside the held zone)"),
    IDF_HELD_SHARE("idf_held_share", MetricKind.SHARE, Measure.STOCK, "share of the strip's area held by the IDF"),
    ACTIVE_CIVILIANS_SHARE("active_civilians_share", MetricKind.SHARE, Measure.STOCK,
            "share of civilians (living, not detained) acting openly, against the order or against Hamas, by Epstein's rule"),
    INCIDENTS("incidents", MetricKind.COUNT, Measure.FLOW, "attacks, clashes and strikes today"),
    CEASEFIRE_VIOLATIONS("ceasefire_violations", MetricKind.COUNT, Measure.FLOW,
            "violations today: armed-group fire towards the IDF and IDF fire at the yellow line"),
    CIVILIAN_CASUALTIES("civilian_casualties", MetricKind.COUNT, Measure.FLOW, "civilians killed today"),
    AID_TRUCKS_ENTERED("aid_trucks_entered", MetricKind.COUNT, Measure.FLOW, "aid trucks that entered today"),
    AID_TRUCKS_DELIVERED("aid_trucks_delivered", MetricKind.COUNT, Measure.FLOW, "aid trucks delivered today"),
    AID_TRUCKS_LOOTED("aid_trucks_looted", MetricKind.COUNT, Measure.FLOW, "aid trucks looted today"),
    MEAN_HARDSHIP("mean_hardship", MetricKind.SHARE, Measure.STOCK, "mean hardship H of living civilians (0..1)"),
    LEGITIMACY("legitimacy", MetricKind.SHARE, Measure.STOCK, "mean legitimacy L over civilians (0..1)"),
    COORDINATION_LATENCY_DAYS("coordination_latency_days", MetricKind.QUANTITY, Measure.STOCK,
            "days from a unit's report to its tasking, for a unit reporting today"),
    MANDATE_ACTIVE("mandate_active", MetricKind.FLAG, Measure.STOCK, "1 while the UN mandate is in force"),
    DETAINED_SHARE("detained_share", MetricKind.SHARE, Measure.STOCK, "share of living civilians detained"),
    IDF_WITHDRAWAL_STAGE("idf_withdrawal_stage", MetricKind.COUNT, Measure.STOCK,
            "1 at the yellow line, 2 at the second line, 3 at the perimeter"),
    CIVILIANS_KILLED_BY_IDF("civilians_killed_by_idf", MetricKind.COUNT, Measure.FLOW,
            "civilians killed today by Israeli fire: strikes and fire at the line"),
    CIVILIANS_KILLED_BY_ARMED_GROUPS("civilians_killed_by_armed_groups", MetricKind.COUNT, Measure.FLOW,
            "civilians killed today in armed groups' attacks and the fights they start"),
    ISF_TROOPS_IN_GAZA("isf_troops_in_gaza", MetricKind.COUNT, Measure.STOCK,
            "ISF troops inside the strip (the same count as isf_troops: a contingent exists only once it has entered)"),
    ISF_NATIONS_PRESENT("isf_nations_present", MetricKind.COUNT, Measure.STOCK,
            "contributing nations with troops inside the strip"),
    NATIONS_WITHDRAWN("nations_withdrawn", MetricKind.COUNT, Measure.STOCK,
            "contributing nations that have withdrawn, after losses or a deadly day (cumulative)"),
    PLEDGES_SUSPENDED("pledges_suspended", MetricKind.COUNT, Measure.STOCK,
            "pledges (and review reinforcements) whose nation has suspended its deployment"),
    CEASEFIRE_STATE("ceasefire_state", MetricKind.COUNT, Measure.STOCK,
            "the ceasefire's state: 0 holding, 1 strained, 2 escalation, 3 collapse (a return to war)"),
    IDF_KILLED("idf_killed", MetricKind.COUNT, Measure.FLOW, "IDF soldiers killed today by armed groups' fire"),
    IDF_STRIKES("idf_strikes", MetricKind.COUNT, Measure.FLOW,
            "Israeli strikes today: answers to violations and, in escalation or war, strikes of its own"),
    ISF_KILLED("isf_killed", MetricKind.COUNT, Measure.FLOW,
            "ISF soldiers killed today in armed groups' attacks (equal to isf_casualties: the model does not wound)"),
    POLICE_KILLED("police_killed", MetricKind.COUNT, Measure.FLOW, "police officers killed today in armed groups' attacks"),
    ATTACKS_ON_ISF("attacks_on_isf", MetricKind.COUNT, Measure.FLOW,
            "armed groups' attacks on ISF contingents today: stand-off attacks, assaults and clashes at demolitions"),
    ATTACKS_ON_POLICE("attacks_on_police", MetricKind.COUNT, Measure.FLOW,
            "armed groups' attacks on police units today: stand-off attacks and assaults"),
    FIGHTERS_RECRUITED("fighters_recruited", MetricKind.COUNT, Measure.FLOW, "armed recruits who joined the groups today"),
    FIGHTERS_KILLED("fighters_killed", MetricKind.COUNT, Measure.FLOW,
            "fighters killed today: in fights with the ISF and police and by Israeli strikes"),
    WEAPONS_HANDED_OVER("weapons_handed_over", MetricKind.COUNT, Measure.FLOW,
            "weapons handed over today: by fighters taking the amnesty and in a disarmament process"),
    SUPPORT_ISF_SHARE("support_isf_share", MetricKind.SHARE, Measure.STOCK,
            "share of living civilians whose stance towards the transitional order (ISF, police, administration) is above one half"),
    SUPPORT_HAMAS_SHARE("support_hamas_share", MetricKind.SHARE, Measure.STOCK,
            "share of living civilians whose stance towards Hamas is above one half"),
    ACTIVE_AGAINST_ISF_SHARE("active_against_isf_share", MetricKind.SHARE, Measure.STOCK,
            "share of civilians (living, not detained) acting openly against the transitional order"),
    ACTIVE_AGAINST_HAMAS_SHARE("active_against_hamas_share", MetricKind.SHARE, Measure.STOCK,
            "share of civilians (living, not detained) acting openly against Hamas"),
    DETENTIONS("detentions", MetricKind.COUNT, Measure.FLOW,
            "people detained today by the ISF and police (only people acting against the order, within capacity)"),
    RECRUITABLE_SHARE("recruitable_share", MetricKind.SHARE, Measure.STOCK,
            "share of living civilians an armed group could recruit: eligible (young men) and willing"),
    CIVILIANS_FLED("civilians_fled", MetricKind.COUNT, Measure.FLOW,
            "people who fled fighting nearby today to a safer cell outside the IDF's zone");

    private static final List<Metric> ALL = List.of(values());

    private final String column;
    private final MetricKind kind;
    private final Measure measure;
    private final String description;

    Metric(String column, MetricKind kind, Measure measure, String description) {
        this.column = column;
        this.kind = kind;
        this.measure = measure;
        this.description = description;
    }

    /** Whether a day's value counts what happened that day (a flow, summed in runs.csv) or a level. */
    public enum Measure {
        /** Events of the day: summed over a run as {@code total_x}. */
        FLOW,
        /** A level at the end of the day. */
        STOCK
    }

    public String column() {
        return column;
    }

    public MetricKind kind() {
        return kind;
    }

    public Measure measure() {
        return measure;
    }

    /** Whether the day's value counts that day's events, so its run total means something. */
    public boolean isFlow() {
        return measure == Measure.FLOW;
    }

    public String description() {
        return description;
    }

    public static List<Metric> all() {
        return ALL;
    }
}
