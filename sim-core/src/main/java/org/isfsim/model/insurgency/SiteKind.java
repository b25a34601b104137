package org.isfsim.model.insurgency;

/** The kinds of military infrastructure (docs/sources.md#hamas; plan point 13: tunnels, weapons production and stores).
 * */
public enum SiteKind {
    /** A stretch of tunnel with its shafts. */
    TUNNEL_SEGMENT,
    /** A store of weapons. */
    WEAPONS_CACHE
}
