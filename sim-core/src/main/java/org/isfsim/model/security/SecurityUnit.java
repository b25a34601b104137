package org.isfsim.model.security;

import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.map.GridCell;

/**
 * A unit that provides security on the ground — an ISF contingent or a police unit: where it is,
 * how many people it has, how much they count for, and the losses it takes when attacked.
 */
public interface SecurityUnit {
    /** Whether the unit is in the strip and on duty today. */
    boolean isOnGround();

    /** Where it is (meaningful only when {@link #isOnGround()}). */
    GridCell getPosition();

    /** Soldiers or officers in the unit. */
    int strength();

    /** Personnel it puts on the ground for security: its strength, weighted by effectiveness for police. */
    double securityPeople();

    /** Removes people killed; returns how many were removed. */
    int takeCasualties(int killed);

    /** Whether it is an ISF contingent or a police unit (their people count differently in a fight). */
    UnitKind kind();

    /** How effective its people are, 0..1: police gain it with experience; ISF troops count fully. */
    double effectiveness();
}
