package org.isfsim.model.force;

import java.io.Serializable;

/**
 * One contingent's scheduled arrival: which pledge it comes from, its troops and its day.
 *
 * @param pledgeIndex the pledge's position in {@code force.pledges}
 * @param nation the contributing nation
 * @param troops troops in the contingent
 * @param day the day it enters the strip
 */
public record Arrival(int pledgeIndex, String nation, int troops, int day) implements Serializable {
}
