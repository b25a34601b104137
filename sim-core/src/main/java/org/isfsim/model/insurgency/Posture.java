package org.isfsim.model.insurgency;

/**
 * A group's stance towards the stabilisation force: it tolerates a force that leaves it and its civil
 * authority alone, obstructs one that threatens them, and fights one that tries to disarm it by force
 * (assumption after Fjelde, Hultman &amp; Lindberg Bromley 2016: rebels turn on peacekeepers who threaten
 * their hold). The posture sets the chance of attacks and whether the group hands over weapons.
 */
public enum Posture {
    /** No attacks on the force; hands over weapons in a disarmament process if its leadership agrees. */
    TOLERATE,
    /** Stand-off attacks now and then, direct assaults seldom; hands over nothing. */
    OBSTRUCT,
    /** Stand-off attacks often and direct assaults whenever the odds favour it. */
    FIGHT
}
