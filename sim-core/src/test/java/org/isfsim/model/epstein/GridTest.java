package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** The padded grid: a cell written near the seam is copied across it, so that a window never wraps. */
class GridTest {

    @Test
    void aCellNearTheSeamIsCopiedAcrossIt() {
        Grid grid = new Grid(10, 8, 2);
        grid.set(0, 7, CellByte.COP);
        byte[] cells = grid.cells();
        assertEquals(CellByte.COP, grid.code(0, 7));
        // (0, 7) seen from (9, 0): one column right of the seam, one row below it.
        assertEquals(CellByte.COP, cells[grid.index(9, 0) - grid.paddedWidth() + 1]);
        int copies = 0;
        for (byte cell : cells) {
            copies += cell == CellByte.COP ? 1 : 0;
        }
        assertEquals(4, copies, "the cell, its copy across each seam, and across both");
        grid.set(0, 7, CellByte.EMPTY);
        int left = 0;
        for (byte cell : cells) {
            left += cell;
        }
        assertEquals(0, left, "emptied with its copies");
    }

    @Test
    void anUnpaddedGridIsTheTorusRowByRow() {
        Grid grid = new Grid(5, 3, 0);
        grid.set(4, 2, CellByte.ACTIVE);
        assertEquals(CellByte.ACTIVE, grid.cells()[2 * 5 + 4]);
        assertEquals(15, grid.cells().length);
    }

    @Test
    void aRandomEmptyCellIsEmpty() {
        Grid grid = new Grid(6, 6, 1);
        RandomBits bits = new RandomBits(new SimState(3));
        for (int c = 0; c < 35; c++) {
            grid.set(c % 6, c / 6, CellByte.QUIET);
            grid.taken();
        }
        int xy = grid.randomEmptyCell(bits);
        assertEquals(5 << 16 | 5, xy, "the one cell left");
    }
}
