package org.isfsim.model.population;

/**
 * What a civilian agent is doing, after Epstein's (2002) quiet, active and jailed states, plus the two
 * ways the Gaza model takes civilians out of the population: joining an armed group or being killed.
 * {@link CivilianPopulation} stores it as the enum's ordinal in a byte.
 */
public enum CivilianState {
    /** Not rebelling: grievance less net risk is at most the threshold. */
    QUIET,
    /** Openly rebelling: grievance less net risk exceeds the threshold (Epstein's "active"). */
    ACTIVE,
    /** Detained by the security forces until a release day (Epstein's "jailed"). */
    DETAINED,
    /** Joined an armed group; no longer a civilian. */
    RECRUITED,
    /** Killed. */
    KILLED
}
