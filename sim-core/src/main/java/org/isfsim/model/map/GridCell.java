package org.isfsim.model.map;

import java.io.Serializable;

/**
 * A cell coordinate of the {@link GazaMap} grid: {@code x} is the column counted from the west edge and
 * {@code y} the row counted from the NORTH edge, so that the map draws north-up in MASON's y-down grids.
 * A cell at 250 m resolution covers 0.0625 km² of the 365 km² strip (docs/sources.md#geography "Area").
 *
 * @param x column, 0 at the western edge of the grid
 * @param y row, 0 at the northern edge of the grid
 */
public record GridCell(int x, int y) implements Serializable {
    private static final long serialVersionUID = 1L;
}
