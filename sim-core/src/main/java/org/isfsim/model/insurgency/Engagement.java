package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.isfsim.model.random.MasonRandomGenerator;

/**
 * A day of fighting between armed-group fighters and a security unit, by Lanchester's square law:
 * each side loses, on average, {@code lethality} times the other side's combat strength, measured
 * in fighter-equivalents (a soldier counts as {@code strengthPerDefender} fighters), with Poisson
 * noise. Losses never exceed a side's numbers.
 */
public final class Engagement {
    private Engagement() {
    }

    /**
     * The outcome of one engagement.
     *
     * @param fightersKilled fighters killed
     * @param defendersKilled soldiers or officers killed
     * @param civiliansKilled civilians killed in the crossfire
     */
    public record Outcome(int fightersKilled, int defendersKilled, int civiliansKilled) {
    }

    /**
     * Fights one day.
     *
     * @param fighters fighters engaged
     * @param defenders soldiers or officers engaged
     * @param strengthPerDefender a defender's combat strength in fighter-equivalents
     * @param lethality share of the opposing strength removed in a day
     * @param civiliansPerIncident mean civilians killed
     */
    public static Outcome fight(int fighters, int defenders, double strengthPerDefender, double lethality,
            double civiliansPerIncident, MersenneTwisterFast random) {
        double defenderStrength = defenders * strengthPerDefender;
        int fightersKilled = Math.min(fighters, poisson(lethality * defenderStrength, random));
        double defendersLostMean;
        if (strengthPerDefender > 0) {
            defendersLostMean = lethality * fighters / strengthPerDefender;
        } else {
            defendersLostMean = lethality > 0 && fighters > 0 ? defenders : 0;
        }
        int defendersKilled = Math.min(defenders, poisson(defendersLostMean, random));
        int civilians = poisson(civiliansPerIncident, random);
        return new Outcome(fightersKilled, defendersKilled, civilians);
    }

    /** A Poisson draw from the run's generator (0 for a mean of 0). */
    public static int poisson(double mean, MersenneTwisterFast random) {
        if (mean <= 0) {
            return 0;
        }
        return new PoissonDistribution(new MasonRandomGenerator(random), mean,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
}
