package org.isfsim.model.params;

import java.io.Serializable;

/**
 * How the Gaza Strip is rasterised and how much of it the IDF holds at the start.
 *
 * @param cellSizeMeters the side of a grid cell in metres
 * @param idfHeldShare the share of the strip's area east of the "yellow line", held by the IDF on day 0
 */
public record MapParameters(
        @Slider(min = 100, max = 1000) @Source("docs/sources.md#design-map: 250 m cells (133 x 170 cells north-up, 5,989 inside the strip)") int cellSizeMeters,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#geography IDF share after first pullback: ~53% (BBC)") double idfHeldShare) implements Serializable {

    public MapParameters {
        Check.range("map.cellSizeMeters", cellSizeMeters, 50, 2_000);
        Check.range("map.idfHeldShare", idfHeldShare, 0.0, 1.0);
    }

    public static MapParameters defaults() {
        return new MapParameters(250, 0.53);
    }
}
