package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.security.SecurityUnit;

/**
 * What an armed-group cell sees of, and does to, the strip: the security units it may attack, the
 * active civilians it recruits from, the consent the new order has, the people caught in a fight, and
 * whom its violations provoke; and the day's tally of its attacks and of fighters and weapons moving.
 */
public interface ArmedGroupWorld {
    /** Every security unit, on the ground or not: ISF contingents first, then police units, each in roster order. */
    List<SecurityUnit> securityUnits();

    /** Recruitable civilians (eligible and willing) within {@code reach} cells of a cell, in people. */
    double recruitablePeopleWithin(GridCell at, int reach);

    /**
     * Turns up to {@code people} recruitable civilians around a cell into fighters, as many as {@code weapons}
     * arm; returns the people recruited.
     */
    int recruitCivilians(GridCell at, int reach, int people, int weapons, MersenneTwisterFast random);

    /** Civilians killed at a cell, counted in people. */
    void killCivilians(GridCell cell, int people);

    /** Counts an attack, clash or strike today. */
    void countIncident();

    /** A unit lost people in a fight (a contributing nation counts its losses). */
    void unitLost(SecurityUnit unit, int lost);

    /**
     * A group broke the ceasefire: counts the violation and lets Israel answer it; returns the fighters Israel's
     * answer killed (the world removes and counts them).
     */
    int ceasefireViolated(ArmedGroupCell group);

    /**
     * How dangerous the time is for the force, as a multiplier of the stand-off attack chances (1 = the
     * ceasefire as it is; the ceasefire state will set it).
     */
    double hostilityFactor();

    /** The legitimacy L of the new order at a cell (indexed y * width + x), 0..1: the consent it has there. */
    double consentAt(int cellIndex);

    /** Whether a disarmament process is under way: a contingent whose nation accepts the role is on the ground. */
    boolean disarmamentUnderway();

    /** Whether a unit belongs to a contributor the groups accept more readily. */
    boolean isAccepted(SecurityUnit unit);

    /** Counts an attack by a group on a unit (on the ISF or on the police). */
    void attacked(SecurityUnit unit);

    /** Counts fighters who joined today. */
    void fightersRecruited(int count);

    /** Counts fighters killed today. */
    void fightersKilled(int count);

    /** Counts weapons handed over today. */
    void weaponsHandedOver(int count);
}
