package org.isfsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.isfsim.model.map.GazaOutline;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The Civil-Military Coordination Centre drawn beside the strip, where it is: at Kiryat Gat in
 * Israel, about 20 km east of the strip (docs/sources.md#cmcc), outside the map's grid. A box in the side
 * panel shows what it knows and how long it takes; clicking it opens its inspector.
 */
final class CoordinationCentrePortrayal extends FieldPortrayal2D {
    /** The panel's design width in pixels; everything scales with the panel's drawn width. */
    static final double DESIGN_WIDTH = MapLayers.PANEL_WIDTH;
    private static final double TOP = 64;
    private static final double HEIGHT = 150;
    /** Kiryat Gat, in the outline's km frame (31.61 N, 34.77 E). */
    private static final Double2D KIRYAT_GAT_KM = new Double2D(GazaOutline.xKmOfLongitude(34.77),
            GazaOutline.yKmOfLatitude(31.61));

    private Rectangle2D.Double box(DrawInfo2D info) {
        double s = info.draw.width / DESIGN_WIDTH;
        return new Rectangle2D.Double(info.draw.x + 8 * s, info.draw.y + TOP * s, info.draw.width - 16 * s, HEIGHT * s);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        CoordinationCentreView centre = (CoordinationCentreView) getField();
        if (centre == null) {
            return;
        }
        double s = info.draw.width / DESIGN_WIDTH;
        Rectangle2D.Double box = box(info);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(centre.isOpen() ? new Color(0xE3F2FD) : new Color(0xEEEEEE));
        graphics.fill(box);
        graphics.setColor(centre.isOpen() ? new Color(0x1565C0) : Color.GRAY);
        graphics.setStroke(new BasicStroke((float) (1.5 * s)));
        graphics.draw(box);

        double x = box.x + 8 * s;
        double y = box.y + 16 * s;
        double line = 15 * s;
        graphics.setColor(Palette.TEXT);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * s)));
        graphics.drawString("Coordination centre (CMCC)", (float) x, (float) y);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s)));
        y += line;
        graphics.drawString("Kiryat Gat, Israel, ~20 km east", (float) x, (float) y);
        y += line;
        if (!centre.isOpen()) {
            graphics.drawString("not yet open (opens 2025-10-17)", (float) x, (float) y);
            return;
        }
        String[] rows = {
            "members: " + centre.getMembers(),
            "backlog: " + centre.getBacklog() + " requests",
            String.format(Locale.ROOT, "latency: %.1f days", centre.getLatencyDays()),
            "demolitions denied by the IDF: " + centre.getDeniedDemolitions(),
            "troops assigned: " + centre.total(CoordinationCentreView.Kind.TROOPS),
            "officers posted: " + centre.total(CoordinationCentreView.Kind.OFFICERS),
            "estimated fighters: " + centre.total(CoordinationCentreView.Kind.FIGHTERS)};
        for (String row : rows) {
            graphics.drawString(row, (float) x, (float) y);
            y += line;
        }
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        Object centre = getField();
        if (centre != null && box(range).intersects(range.clip)) {
            putInHere.add(new LocationWrapper(centre, KIRYAT_GAT_KM, this));
        }
    }
}
