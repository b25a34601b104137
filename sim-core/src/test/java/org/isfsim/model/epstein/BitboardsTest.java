package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bitboards' window counts against a count of the marks cell by cell, across the seams of the torus: the
 * same cells are marked on the actives' board and, shifted by one column, on the cops'.
 */
class BitboardsTest {

    @ParameterizedTest(name = "{0} x {1}, radius {2}")
    @CsvSource({"40, 40, 7", "20, 10, 3", "130, 40, 9", "70, 45, 16", "15, 15, 7"})
    void windowCountsAgreeWithACountCellByCell(int width, int height, int radius) {
        Grid grid = new Grid(width, height, radius);
        Bitboards boards = new Bitboards(grid);
        boolean[] marked = new boolean[width * height];
        MersenneTwisterFast random = new MersenneTwisterFast(width * 31L + radius);
        for (int c = 0; c < marked.length; c++) {
            if (random.nextDouble() < 0.1) {
                marked[c] = true;
                boards.move(CellByte.ACTIVE, -1, -1, c % width, c / width);
                boards.move(CellByte.COP, -1, -1, (c + 1) % width, c / width);
            }
        }
        // Some marks moved and some cleared, as agents move and are jailed.
        for (int k = 0; k < marked.length / 20; k++) {
            int from = random.nextInt(marked.length);
            int to = random.nextInt(marked.length);
            if (marked[from] && !marked[to]) {
                marked[from] = false;
                marked[to] = k % 3 != 0;
                boards.move(CellByte.ACTIVE, from % width, from / width, k % 3 != 0 ? to % width : -1, to / width);
                boards.move(CellByte.COP, (from + 1) % width, from / width, k % 3 != 0 ? (to + 1) % width : -1,
                        to / width);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = markedAround(marked, width, height, radius, x, y);
                assertEquals(expected, boards.activesAround(x, y), "at " + x + ", " + y);
                assertEquals(expected > 0, boards.anyActiveAround(x, y));
                int inRows = 0;
                for (int d = 0; d < 2 * radius + 1; d++) {
                    inRows += Long.bitCount(boards.activeRow(y + d, x));
                }
                assertEquals(expected, inRows);
                int cops = markedAround(marked, width, height, radius, Math.floorMod(x - 1, width), y);
                assertEquals(cops, boards.copsAround(x, y), "cops at " + x + ", " + y);
                assertEquals(cops > 0, boards.copRowsAround(x, y) != 0);
            }
        }
    }

    private static int markedAround(boolean[] marked, int width, int height, int radius, int x, int y) {
        int n = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                n += marked[Math.floorMod(y + dy, height) * width + Math.floorMod(x + dx, width)] ? 1 : 0;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "radius {0} on {1} x {2}: {3}")
    @CsvSource({"7, 40, 40, true", "16, 33, 33, true", "17, 40, 40, false", "7, 14, 40, false"})
    void aWindowFitsWhenItIsNoWiderThanTheTorusAndAWord(int radius, int width, int height, boolean fits) {
        assertEquals(fits, Bitboards.fits(radius, width, height));
        assertTrue(Bitboards.fits(0, 1, 1));
        assertFalse(Bitboards.fits(1, 2, 3));
    }
}
