package org.isfsim.model.insurgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day of fighting by Lanchester's square law with Poisson noise: each side loses on average lethality ×
 * the other side's strength in fighter-equivalents (a defender counts as strengthPerDefender fighters).
 */
class EngagementTest {
    private static final int DRAWS = 20_000;

    @Test
    void lossesNeverExceedNumbers() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 5_000; i++) {
            int fighters = random.nextInt(20);
            int defenders = random.nextInt(20);
            double strength = 0.1 + random.nextDouble() * 5;
            double lethality = random.nextDouble();
            Engagement.Outcome o = Engagement.fight(fighters, defenders, strength, lethality, 1.0, random);
            assertTrue(o.fightersKilled() >= 0 && o.fightersKilled() <= fighters, o.toString());
            assertTrue(o.defendersKilled() >= 0 && o.defendersKilled() <= defenders, o.toString());
            assertTrue(o.civiliansKilled() >= 0, o.toString());
        }
        // hopeless fights: the mean losses (300) far exceed the numbers, which cap them
        assertEquals(5, Engagement.fight(5, 100, 3.0, 1.0, 0.0, random).fightersKilled());
        assertEquals(3, Engagement.fight(300, 3, 1.0, 1.0, 0.0, random).defendersKilled());
    }

    /**
     * 300 fighters against 100 soldiers worth 3 fighters each at lethality 0.02: on average 0.02·100·3 = 6
     * fighters and 0.02·300/3 = 2 soldiers die a day; means of 20,000 draws within 0.1 (about 6 and 9
     * standard errors); 1.5 civilians on average.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void meanLossesFollowLanchestersSquareLaw(long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        long fightersKilled = 0;
        long defendersKilled = 0;
        long civilians = 0;
        for (int i = 0; i < DRAWS; i++) {
            Engagement.Outcome o = Engagement.fight(300, 100, 3.0, 0.02, 1.5, random);
            fightersKilled += o.fightersKilled();
            defendersKilled += o.defendersKilled();
            civilians += o.civiliansKilled();
        }
        assertEquals(6.0, fightersKilled / (double) DRAWS, 0.1);
        assertEquals(2.0, defendersKilled / (double) DRAWS, 0.1);
        assertEquals(1.5, civilians / (double) DRAWS, 0.1);
    }

    /** Police worth half a fighter: 0.05·200·0.5 = 5 fighters and 0.05·100/0.5 = 10 officers killed on average. */
    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void weakDefendersLoseMoreThanTheyKill(long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        long fightersKilled = 0;
        long defendersKilled = 0;
        for (int i = 0; i < DRAWS; i++) {
            Engagement.Outcome o = Engagement.fight(100, 200, 0.5, 0.05, 0.0, random);
            fightersKilled += o.fightersKilled();
            defendersKilled += o.defendersKilled();
        }
        assertEquals(5.0, fightersKilled / (double) DRAWS, 0.1);
        assertEquals(10.0, defendersKilled / (double) DRAWS, 0.15);
    }

    @Test
    void zeroLethalityKillsNobody() {
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        for (int i = 0; i < 1_000; i++) {
            Engagement.Outcome o = Engagement.fight(500, 800, 3.0, 0.0, 0.0, random);
            assertEquals(new Engagement.Outcome(0, 0, 0), o);
        }
    }

    @Test
    void poissonOfZeroOrLessIsZero() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        assertEquals(0, Engagement.poisson(0.0, random));
        assertEquals(0, Engagement.poisson(-3.0, random));
        long sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            int k = Engagement.poisson(4.0, random);
            assertTrue(k >= 0);
            sum += k;
        }
        assertEquals(4.0, sum / (double) DRAWS, 0.1);
    }

    @Test
    void theSameSeedGivesTheSameFight() {
        Engagement.Outcome a = Engagement.fight(300, 100, 3.0, 0.02, 1.5, new MersenneTwisterFast(9));
        Engagement.Outcome b = Engagement.fight(300, 100, 3.0, 0.02, 1.5, new MersenneTwisterFast(9));
        assertEquals(a, b);
    }

    @Test
    void zeroLethalityKillsNobodyEvenAgainstDefencelessDefenders() {
        MersenneTwisterFast random = new MersenneTwisterFast(10);
        for (int i = 0; i < 100; i++) {
            Engagement.Outcome o = Engagement.fight(500, 10, 0.0, 0.0, 0.0, random);
            assertEquals(0, o.defendersKilled());
        }
    }

    @Test
    void noFightersKillNobody() {
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        for (int i = 0; i < 100; i++) {
            Engagement.Outcome o = Engagement.fight(0, 10, 0.0, 0.02, 0.0, random);
            assertEquals(0, o.defendersKilled());
        }
    }
}
