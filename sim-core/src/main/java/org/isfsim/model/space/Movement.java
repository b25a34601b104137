package org.isfsim.model.space;

import ec.util.MersenneTwisterFast;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.HeldZone;

/**
 * How units move on the map, one cell (250 m by default) at a time among the eight neighbours:
 * straight towards a destination, or at random inside a sector outside the IDF-held zone.
 */
public final class Movement {
    private static final int[] DX = {0, 1, 1, 1, 0, -1, -1, -1};
    private static final int[] DY = {-1, -1, 0, 1, 1, 1, 0, -1};

    private Movement() {
    }

    /** Cells a unit covers in a day at a speed, on a map of this cell size (at least one if the speed is positive). */
    public static int cellsPerDay(double kmPerDay, int cellSizeMeters) {
        if (kmPerDay <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round(kmPerDay * 1000.0 / cellSizeMeters));
    }

    /**
     * The neighbouring inside cell closest to the destination, or {@code from} itself when none is
     * closer (ties go to the first neighbour clockwise from north, so the path is deterministic).
     */
    public static GridCell stepToward(GazaMap map, GridCell from, GridCell destination) {
        long best = distanceSquared(from.x(), from.y(), destination);
        GridCell next = from;
        for (int k = 0; k < DX.length; k++) {
            int x = from.x() + DX[k];
            int y = from.y() + DY[k];
            if (map.inside(x, y)) {
                long d = distanceSquared(x, y, destination);
                if (d < best) {
                    best = d;
                    next = new GridCell(x, y);
                }
            }
        }
        return next;
    }

    /** Moves up to {@code cells} steps towards the destination; returns where the unit ends. */
    public static GridCell moveToward(GazaMap map, GridCell from, GridCell destination, int cells) {
        GridCell at = from;
        for (int i = 0; i < cells && !at.equals(destination); i++) {
            GridCell next = stepToward(map, at, destination);
            if (next.equals(at)) {
                break;
            }
            at = next;
        }
        return at;
    }

    /**
     * One random step to a neighbour inside the sector and outside the held zone, or staying put
     * when there is none. Draws exactly one number from {@code random}.
     */
    public static GridCell randomStepInSector(GazaMap map, HeldZone held, Governorate sector, GridCell from,
            MersenneTwisterFast random) {
        int start = random.nextInt(DX.length);
        for (int i = 0; i < DX.length; i++) {
            int k = (start + i) % DX.length;
            int x = from.x() + DX[k];
            int y = from.y() + DY[k];
            if (map.inside(x, y) && map.governorate(x, y) == sector && !held.isHeld(x, y)) {
                return new GridCell(x, y);
            }
        }
        return from;
    }

    /** Whether a cell is in the sector and outside the held zone, where a unit can be on station. */
    public static boolean onStation(GazaMap map, HeldZone held, Governorate sector, GridCell cell) {
        return map.inside(cell.x(), cell.y()) && map.governorate(cell.x(), cell.y()) == sector
                && !held.isHeld(cell.x(), cell.y());
    }

    private static long distanceSquared(int x, int y, GridCell to) {
        long dx = x - to.x();
        long dy = y - to.y();
        return dx * dx + dy * dy;
    }
}
