package org.isfsim.model.force;

import java.io.Serializable;

/**
 * One contingent's scheduled arrival: the nation, its troops, its day and the nation's caveats.
 *
 * @param nation the contributing nation
 * @param troops troops in the contingent
 * @param day the day it enters the strip
 * @param requiresUnMandate whether it deploys only while a UN mandate is in force
 * @param mayDisarm whether its nation accepts the disarmament role
 * @param casualtyTolerance the share of its troops the nation will lose before withdrawing
 */
public record Arrival(String nation, int troops, int day, boolean requiresUnMandate, boolean mayDisarm,
        double casualtyTolerance) implements Serializable {
}
