package org.isfsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GazaOutline;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The ground the strip lies on: land (Israel, Egypt) everywhere, and the Mediterranean west of
 * the coast. The sea is the region between the coast and the grid's western and northern edges;
 * the coast meets the grid's top edge at the northern border and is carried west from the
 * Egyptian border, as the real coast runs on both sides.
 */
final class SeaPortrayal extends FieldPortrayal2D {
    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        GazaMap map = (GazaMap) getField();
        if (map == null) {
            return;
        }
        graphics.setColor(Palette.LAND);
        graphics.fill(info.draw);
        MapGeometry geometry = new MapGeometry(map);
        GazaOutline outline = map.outline();
        List<double[]> coast = outline.coastKm();
        Path2D.Double sea = geometry.path(coast, info);
        double[] north = coast.get(coast.size() - 1);
        double[] south = coast.get(0);
        Point2D.Double northEdge = geometry.pixel(north[0], north[1], info);
        Point2D.Double southEdge = geometry.pixel(south[0], south[1], info);
        sea.lineTo(northEdge.x, info.draw.y);
        sea.lineTo(info.draw.x, info.draw.y);
        sea.lineTo(info.draw.x, southEdge.y);
        sea.closePath();
        graphics.setColor(Palette.SEA);
        graphics.fill(sea);
    }
}
