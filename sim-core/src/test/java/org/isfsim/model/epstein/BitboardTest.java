package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bitboard's window counts against a count of the marks cell by cell, across the seams of the torus. */
class BitboardTest {

    @ParameterizedTest(name = "{0} x {1}, radius {2}")
    @CsvSource({"40, 40, 7", "20, 10, 3", "130, 40, 9", "70, 45, 16", "15, 15, 7"})
    void windowCountsAgreeWithACountCellByCell(int width, int height, int radius) {
        Grid grid = new Grid(width, height, radius);
        Bitboard board = new Bitboard(grid);
        boolean[] marked = new boolean[width * height];
        MersenneTwisterFast random = new MersenneTwisterFast(width * 31L + radius);
        for (int c = 0; c < marked.length; c++) {
            if (random.nextDouble() < 0.1) {
                marked[c] = true;
                board.move(-1, -1, c % width, c / width);
            }
        }
        // Some marks moved and some cleared, as agents move and are jailed.
        for (int k = 0; k < marked.length / 20; k++) {
            int from = random.nextInt(marked.length);
            int to = random.nextInt(marked.length);
            if (marked[from] && !marked[to]) {
                marked[from] = false;
                marked[to] = k % 3 != 0;
                board.move(from % width, from / width, k % 3 != 0 ? to % width : -1, to / width);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = 0;
                for (int dy = -radius; dy <= radius; dy++) {
                    for (int dx = -radius; dx <= radius; dx++) {
                        int seen = Math.floorMod(y + dy, height) * width + Math.floorMod(x + dx, width);
                        expected += marked[seen] ? 1 : 0;
                    }
                }
                assertEquals(expected, board.count(x, y), "at " + x + ", " + y);
                assertEquals(expected > 0, board.any(x, y));
                assertEquals(expected > 0, board.or(x, y) != 0);
                int inRows = 0;
                for (int d = 0; d < 2 * radius + 1; d++) {
                    inRows += Long.bitCount(board.windowRow(y + d, x));
                }
                assertEquals(expected, inRows);
            }
        }
    }

    @ParameterizedTest(name = "radius {0} on {1} x {2}: {3}")
    @CsvSource({"7, 40, 40, true", "16, 33, 33, true", "17, 40, 40, false", "7, 14, 40, false"})
    void aWindowFitsWhenItIsNoWiderThanTheTorusAndAWord(int radius, int width, int height, boolean fits) {
        assertEquals(fits, Bitboard.fits(radius, width, height));
        assertTrue(Bitboard.fits(0, 1, 1));
        assertFalse(Bitboard.fits(1, 2, 3));
    }
}
