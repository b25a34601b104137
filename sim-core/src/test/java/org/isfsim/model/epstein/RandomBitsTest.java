package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * The random bits against a golden sequence, as Commons RNG's {@code SplitMix64Test} checks its generator: a
 * fixed seed must give these draws, in this order, or every Epstein run and digest moves with them.
 */
class RandomBitsTest {
    private static final long SEED = 20021001L;

    private static RandomBits bits() {
        return new RandomBits(new SimState(SEED));
    }

    /** Six draws below 10 (16 bits each), then six below 1,000,003 (32 bits each), from the main stock. */
    @Test
    void aFixedSeedGivesTheKnownUniformDraws() {
        RandomBits bits = bits();
        int[] draws = new int[12];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = bits.uniform(k < 6 ? 10 : 1_000_003);
        }
        assertArrayEquals(new int[] {8, 4, 0, 3, 1, 5, 646433, 136184, 671875, 874902, 896774, 512266}, draws);
    }

    /** The first ten slots of a shuffle of 1,000, from the shuffle's own stock. */
    @Test
    void aFixedSeedGivesTheKnownShuffleSlots() {
        RandomBits bits = bits();
        int[] slots = new int[10];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = bits.slot(i, 1000);
        }
        assertArrayEquals(new int[] {862, 416, 79, 320, 190, 543, 556, 648, 938, 143}, slots);
    }

    @Test
    void bitsAreCutFromTheGeneratorsLongsLowestFirst() {
        MersenneTwisterFast generator = new SimState(SEED).random;
        long first = generator.nextLong();
        long second = generator.nextLong();
        RandomBits bits = bits();
        assertEquals((int) first & 0xFFFF, bits.random16());
        assertEquals((int) (first >>> 16), bits.random32());
        assertEquals((int) (first >>> 48) & 0xFFFF, bits.random16());
        assertEquals(second, bits.peek64(), "the next long, not taken");
        bits.skip(3);
        assertEquals(second >>> 24 | generator.nextLong() << 40, bits.peekReserved(), "read across two longs");
    }

    @Test
    void theShuffleHasAStockOfItsOwn() {
        MersenneTwisterFast generator = new SimState(SEED).random;
        long first = generator.nextLong();
        RandomBits bits = bits();
        assertEquals((int) first & 0xFFFF, bits.random16(), "the main stock is drawn first");
        for (int k = 0; k < 100; k++) {
            bits.slot(0, 1 << 16);
        }
        assertEquals((int) (first >>> 16) & 0xFFFF, bits.random16(), "the main stock untouched by the shuffle");
    }

    @Test
    void aStockSpentIsRefilledFromTheGenerator() {
        RandomBits bits = bits();
        MersenneTwisterFast generator = new SimState(SEED).random;
        for (int k = 0; k < RandomBits.BYTES / 8; k++) {
            generator.nextLong();
        }
        long afterFirstStock = generator.nextLong();
        // All but the last six bytes: too few for a peek of eight, they are dropped.
        for (int k = 0; k < (RandomBits.BYTES - 6) / 2; k++) {
            bits.random16();
        }
        assertEquals(afterFirstStock, bits.peek64());
    }

    @Test
    void drawsAreUniform() {
        RandomBits bits = bits();
        int[] counts = new int[7];
        int trials = 70_000;
        for (int k = 0; k < trials; k++) {
            counts[bits.uniform(7)]++;
        }
        double chi = 0;
        for (int count : counts) {
            chi += (count - trials / 7.0) * (count - trials / 7.0) / (trials / 7.0);
        }
        assertTrue(chi < 22.46, "chi-square " + chi + " on 6 degrees of freedom");
    }
}
