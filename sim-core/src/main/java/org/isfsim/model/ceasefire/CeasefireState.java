package org.isfsim.model.ceasefire;

/** The ceasefire's state, from holding to a return to war; the ordinal is the metric's value (0-3). */
public enum CeasefireState {
    /** Violations at the line, no answer beyond it. */
    HOLDING,
    /** Tension builds: more fire at the line, Israel's zone may grow. */
    STRAINED,
    /** A round of Israeli strikes and closures, like 28-29 Oct 2025. */
    ESCALATION,
    /** A return to war: absorbing; the mission ends. */
    COLLAPSE
}
