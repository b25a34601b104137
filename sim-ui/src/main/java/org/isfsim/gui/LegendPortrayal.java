package org.isfsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.isfsim.model.map.Governorate;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The side panel's title (scenario, day and date) and the key to the map: a colour for each
 * contributing nation, then every symbol and layer. Drawn as a layer of the display, so a snapshot
 * carries its own legend.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final double LEGEND_TOP = 226;

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        MapLayers layers = (MapLayers) getField();
        if (layers == null || layers.fields() == null) {
            return;
        }
        double s = info.draw.width / MapLayers.PANEL_WIDTH;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Palette.PANEL);
        graphics.fill(new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height));

        double x = info.draw.x + 10 * s;
        graphics.setColor(Palette.TEXT);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * s)));
        graphics.drawString(layers.scenarioName(), (float) x, (float) (info.draw.y + 20 * s));
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * s)));
        int day = layers.fields().day();
        String when = day < 0 ? "before day 0 · " + layers.fields().date() : "day " + day + " · " + layers.fields().date();
        graphics.drawString(when, (float) x, (float) (info.draw.y + 40 * s));

        Entries entries = new Entries(graphics, x, info.draw.y + LEGEND_TOP * s, s);
        entries.heading("ISF contingents, by nation");
        for (Map.Entry<String, Color> nation : layers.palette().nations().entrySet()) {
            entries.symbol(Marker.Form.CIRCLE, nation.getValue(), Color.DARK_GRAY, nation.getKey());
        }
        entries.heading("Other units and places");
        entries.symbol(Marker.Form.SQUARE, Palette.POLICE, Color.WHITE, "Palestinian police unit");
        entries.symbol(Marker.Form.TRIANGLE, Palette.ARMED_GROUP, Color.BLACK, "armed group");
        entries.symbol(Marker.Form.RECTANGLE, Palette.CONVOY, Palette.CONVOY_OUTLINE, "aid convoy (green ring: escorted)");
        entries.symbol(Marker.Form.SQUARE, Palette.CROSSING_OPEN, Color.BLACK, "crossing open");
        entries.symbol(Marker.Form.SQUARE, Palette.CROSSING_CLOSED, Color.BLACK, "crossing closed");
        entries.symbol(Marker.Form.DIAMOND, Palette.SITE_DISCOVERED, Color.BLACK, "infrastructure found");
        entries.symbol(Marker.Form.DIAMOND, Palette.SITE_HIDDEN, null, "infrastructure hidden (layer off)");
        entries.heading("Areas");
        entries.swatch(Palette.HELD_ZONE, "IDF-held zone");
        entries.swatch(Palette.YELLOW_LINE, "the yellow line");
        entries.swatch(new Color(Palette.CONTROL.getRed(), Palette.CONTROL.getGreen(), Palette.CONTROL.getBlue(), 150),
                "armed-group control");
        entries.swatch(new Color(Palette.ACTIVE.getRed(), Palette.ACTIVE.getGreen(), Palette.ACTIVE.getBlue(), 150),
                "active civilians (share)");
        entries.swatch(new Color(Palette.SECURED.getRed(), Palette.SECURED.getGreen(), Palette.SECURED.getBlue(),
                Palette.SECURED_ALPHA), "secured by the ISF and police");
    }

    /** Lays legend lines out one under another. */
    private static final class Entries {
        private final Graphics2D g;
        private final double x;
        private final double s;
        private double y;

        Entries(Graphics2D g, double x, double top, double s) {
            this.g = g;
            this.x = x;
            this.y = top;
            this.s = s;
        }

        void heading(String text) {
            y += 6 * s;
            g.setColor(Palette.TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * s)));
            g.drawString(text, (float) x, (float) y);
            y += 14 * s;
        }

        void symbol(Marker.Form form, Color fill, Color outline, String label) {
            Shape shape = Marker.shape(form, x + 6 * s, y - 4 * s, 10 * s);
            g.setColor(fill);
            g.fill(shape);
            if (outline != null) {
                g.setColor(outline);
                g.setStroke(new BasicStroke(1f));
                g.draw(shape);
            }
            label(label);
        }

        void swatch(Color fill, String label) {
            Rectangle2D.Double r = new Rectangle2D.Double(x, y - 9 * s, 12 * s, 10 * s);
            g.setColor(Palette.colourOf(Governorate.GAZA));
            g.fill(r);
            g.setColor(fill);
            g.fill(r);
            label(label);
        }

        private void label(String text) {
            g.setColor(Palette.TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10.5 * s)));
            g.drawString(text, (float) (x + 18 * s), (float) y);
            y += 14 * s;
        }
    }
}
