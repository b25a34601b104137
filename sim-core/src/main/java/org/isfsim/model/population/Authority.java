package org.isfsim.model.population;

/**
 * The authorities a Gazan civilian holds a stance towards and may act openly against
 * (docs/sources.md#design-attitudes): the transitional order (ISF, police, new administration), Hamas and the
 * armed groups, and Israel. Open action is against the order or Hamas only: Israel's forces are beyond the
 * line, out of a civilian's view.
 */
public enum Authority {
    ORDER,
    HAMAS,
    ISRAEL
}
