package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.junit.jupiter.api.Test;

class VisionTest {

    private static Set<Integer> seen(Vision vision, int x, int y) {
        Set<Integer> cells = new HashSet<>();
        for (int k = 0; k < vision.size(); k++) {
            cells.add(vision.cell(x, y, k));
        }
        assertEquals(vision.size(), cells.size(), "a cell seen twice");
        return cells;
    }

    private static int at(int x, int y, int width) {
        return y * width + x;
    }

    @Test
    void vonNeumannIsTheCrossOfFourTimesVisionCells() {
        Vision vision = Vision.of(Neighbourhood.VON_NEUMANN, 3, 40, 40);
        Set<Integer> expected = new HashSet<>();
        for (int d = 1; d <= 3; d++) {
            expected.add(at(10 + d, 10, 40));
            expected.add(at(10 - d, 10, 40));
            expected.add(at(10, 10 + d, 40));
            expected.add(at(10, 10 - d, 40));
        }
        assertEquals(12, vision.size());
        assertEquals(expected, seen(vision, 10, 10));
    }

    @Test
    void mooreIsTheSquareWithoutItsCentre() {
        Vision vision = Vision.of(Neighbourhood.MOORE, 3, 40, 40);
        Set<Integer> expected = new HashSet<>();
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                if (dx != 0 || dy != 0) {
                    expected.add(at(10 + dx, 10 + dy, 40));
                }
            }
        }
        assertEquals(48, vision.size());
        assertEquals(expected, seen(vision, 10, 10));
    }

    @Test
    void visionWrapsAroundTheTorus() {
        Vision cross = Vision.of(Neighbourhood.VON_NEUMANN, 2, 40, 30);
        assertEquals(Set.of(at(1, 0, 40), at(2, 0, 40), at(39, 0, 40), at(38, 0, 40),
                at(0, 1, 40), at(0, 2, 40), at(0, 29, 40), at(0, 28, 40)), seen(cross, 0, 0));

        Vision square = Vision.of(Neighbourhood.MOORE, 1, 40, 30);
        assertEquals(Set.of(at(38, 28, 40), at(39, 28, 40), at(0, 28, 40),
                at(38, 29, 40), at(0, 29, 40),
                at(38, 0, 40), at(39, 0, 40), at(0, 0, 40)), seen(square, 39, 29));
    }

    @Test
    void onATorusSmallerThanTheWindowEachCellIsSeenOnceAndNeverTheAgentsOwn() {
        Vision square = Vision.of(Neighbourhood.MOORE, 3, 4, 4);
        assertEquals(15, square.size());
        Set<Integer> cells = seen(square, 1, 2);
        assertFalse(cells.contains(at(1, 2, 4)));

        // Along x, offsets ±1..±3 on a width of 4 reach 3 other columns; along y, on a height of 5, 4 rows.
        Vision cross = Vision.of(Neighbourhood.VON_NEUMANN, 3, 4, 5);
        assertEquals(7, cross.size());
        assertFalse(seen(cross, 0, 0).contains(0));

        // Wrapping along y only: 5 columns of the 3 rows there are, less the agent's own cell.
        Vision flat = Vision.of(Neighbourhood.MOORE, 2, 40, 3);
        assertEquals(14, flat.size());
        assertFalse(seen(flat, 39, 1).contains(at(39, 1, 40)));
    }
}
