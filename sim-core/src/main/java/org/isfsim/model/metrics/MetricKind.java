package org.isfsim.model.metrics;

/** How a metric's values are counted, and so how they are written to CSV. */
public enum MetricKind {
    /** A whole number of people, units or events; written without decimals. */
    COUNT,
    /** 0 or 1. */
    FLAG,
    /** A fraction in [0,1]. */
    SHARE,
    /** A real quantity with a unit in its name, e.g. days. */
    QUANTITY
}
