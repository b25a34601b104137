package org.isfsim.model.population;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A civilian's stance towards an authority (docs/sources.md#design-attitudes): x = μ + σ·z + e in logit
 * space, supporting when x &gt; 0; read as a number in [0, 1] by the cheap squashing 0.5 + 0.5·x/(1 + |x|),
 * which has the logistic's shape and sign without an exponential per agent.
 */
public final class Stance {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0.0, 1.0);

    private Stance() {
    }

    /**
     * μ = σ·Φ⁻¹(share): the mean at which a share {@code share} of predispositions σ·z, z ~ N(0, 1), lie
     * above −μ, so that this share supports at day 0 (no experience yet).
     */
    public static double meanFor(double share, double spread) {
        return spread * STANDARD.inverseCumulativeProbability(share);
    }

    /** The stance in [0, 1] of a logit x: 0.5 + 0.5·x/(1 + |x|). */
    public static double of(double x) {
        return 0.5 + 0.5 * x / (1.0 + Math.abs(x));
    }
}
