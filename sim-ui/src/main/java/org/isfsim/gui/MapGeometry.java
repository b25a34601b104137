package org.isfsim.gui;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import sim.portrayal.DrawInfo2D;

/**
 * From the outline's km frame (x east, y north) to the grid's cell units (x east, y south from the
 * northern edge) and on to the pixels of a {@link DrawInfo2D}: how the vector layers (coast,
 * borders, governorate boundaries) line up with the raster layers drawn cell by cell.
 */
final class MapGeometry {
    private final int width;
    private final int height;
    private final double cellKm;
    private final double originXKm;
    private final double topYKm;

    MapGeometry(GazaMap map) {
        width = map.width();
        height = map.height();
        cellKm = map.cellSizeMeters() / 1000.0;
        double[] firstCentre = map.cellCentreKm(0, 0);
        originXKm = firstCentre[0] - cellKm / 2;
        topYKm = firstCentre[1] + cellKm / 2;
    }

    /** Grid columns. */
    int width() {
        return width;
    }

    /** Grid rows. */
    int height() {
        return height;
    }

    /** The pixel of a km point when the whole grid is drawn into {@code info.draw}. */
    Point2D.Double pixel(double xKm, double yKm, DrawInfo2D info) {
        double gx = (xKm - originXKm) / cellKm;
        double gy = (topYKm - yKm) / cellKm;
        return new Point2D.Double(info.draw.x + gx * info.draw.width / width, info.draw.y + gy * info.draw.height / height);
    }

    /** The pixel at the centre of a cell. */
    Point2D.Double cellCentre(int x, int y, DrawInfo2D info) {
        return new Point2D.Double(info.draw.x + (x + 0.5) * info.draw.width / width,
                info.draw.y + (y + 0.5) * info.draw.height / height);
    }

    /** A polyline of {x, y} km points in pixels. */
    Path2D.Double path(List<double[]> pointsKm, DrawInfo2D info) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (double[] p : pointsKm) {
            Point2D.Double q = pixel(p[0], p[1], info);
            if (first) {
                path.moveTo(q.x, q.y);
                first = false;
            } else {
                path.lineTo(q.x, q.y);
            }
        }
        return path;
    }

    /** Pixels per cell along x. */
    double cellPixels(DrawInfo2D info) {
        return info.draw.width / width;
    }
}
