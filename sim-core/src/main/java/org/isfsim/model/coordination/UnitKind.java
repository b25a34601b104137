package org.isfsim.model.coordination;

/** The kinds of unit that report to, and are tasked by, the coordination centre. */
public enum UnitKind {
    CONTINGENT,
    POLICE_UNIT
}
