package org.isfsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GazaOutline;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The strip's outline drawn as lines over the raster layers: the coast, the borders with Israel
 * and Egypt, the governorate boundaries (GazaOutline's cross-strip cuts) and the governorates'
 * names, from the same km outline the model rasterised, so lines and cells agree.
 */
final class OutlinePortrayal extends FieldPortrayal2D {
    private static final Color HALO = new Color(255, 255, 255, 200);

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        GazaMap map = (GazaMap) getField();
        if (map == null) {
            return;
        }
        MapGeometry geometry = new MapGeometry(map);
        GazaOutline outline = map.outline();
        double px = geometry.cellPixels(info);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);

        graphics.setColor(Palette.GOVERNORATE_BOUNDARY);
        graphics.setStroke(new BasicStroke((float) Math.max(1, px / 3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, new float[] {(float) (2 * px), (float) px}, 0f));
        for (double[] cut : outline.governorateBoundariesKm()) {
            graphics.draw(geometry.path(List.of(new double[] {cut[0], cut[1]}, new double[] {cut[2], cut[3]}), info));
        }

        graphics.setStroke(new BasicStroke((float) Math.max(1.5, px / 2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.setColor(Palette.BORDER);
        graphics.draw(geometry.path(outline.israelBorderKm(), info));
        graphics.draw(geometry.path(outline.egyptBorderKm(), info));
        graphics.setColor(Palette.COAST);
        graphics.draw(geometry.path(outline.coastKm(), info));

        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, Math.round(px * 2.6))));
        for (Governorate g : Governorate.values()) {
            GridCell c = map.centroid(g);
            Point2D.Double p = geometry.cellCentre(c.x(), c.y(), info);
            String name = g.displayName();
            int w = graphics.getFontMetrics().stringWidth(name);
            TextLayout text = new TextLayout(name, graphics.getFont(), graphics.getFontRenderContext());
            Shape shape = text.getOutline(AffineTransform.getTranslateInstance(p.x - w - 3 * px, p.y));
            graphics.setColor(HALO);
            graphics.setStroke(new BasicStroke((float) Math.max(2, px * 0.9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.draw(shape);
            graphics.setColor(Palette.TEXT);
            graphics.fill(shape);
        }
    }
}
