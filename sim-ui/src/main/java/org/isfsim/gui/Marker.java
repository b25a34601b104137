package org.isfsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A symbol on the map for one agent: a shape of a fixed size in cells, filled with a colour read
 * from the agent's state (a contingent's nation, a crossing open or closed), with an outline so it
 * stands out from the layers below. Clicking it selects the agent for MASON's inspector.
 */
final class Marker extends SimplePortrayal2D {
    /** The shapes the map uses, so different kinds of agent never look alike. */
    enum Form { CIRCLE, SQUARE, DIAMOND, TRIANGLE, RECTANGLE }

    private final Form form;
    private final double cells;
    private final Function<Object, Color> fill;
    private final Color outline;
    private final Function<Object, Color> ring;

    /**
     * @param form the shape
     * @param cells its size in cells (so it grows with the display's zoom)
     * @param fill the fill colour for an agent
     * @param outline the outline colour, or null for none
     * @param ring a second, wider ring's colour for an agent (null function or null colour: none)
     */
    Marker(Form form, double cells, Function<Object, Color> fill, Color outline, Function<Object, Color> ring) {
        this.form = form;
        this.cells = cells;
        this.fill = fill;
        this.outline = outline;
        this.ring = ring;
    }

    Marker(Form form, double cells, Function<Object, Color> fill, Color outline) {
        this(form, cells, fill, outline, null);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        double size = Math.max(4, cells * info.draw.width);
        Shape shape = shape(form, info.draw.x, info.draw.y, size);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color ringColour = ring == null ? null : ring.apply(object);
        if (ringColour != null) {
            graphics.setColor(ringColour);
            graphics.setStroke(new BasicStroke((float) Math.max(2, size / 5)));
            graphics.draw(shape(form, info.draw.x, info.draw.y, size * 1.45));
        }
        graphics.setColor(fill.apply(object));
        graphics.fill(shape);
        if (outline != null) {
            graphics.setColor(outline);
            graphics.setStroke(new BasicStroke(1f));
            graphics.draw(shape);
        }
        if (info.selected) {
            graphics.setColor(Color.BLACK);
            graphics.setStroke(new BasicStroke(2f));
            graphics.draw(shape(form, info.draw.x, info.draw.y, size * 1.9));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = Math.max(4, cells * range.draw.width);
        return shape(form, range.draw.x, range.draw.y, size).intersects(range.clip);
    }

    /** The outline of a form of {@code size} pixels centred at (cx, cy). */
    static Shape shape(Form form, double cx, double cy, double size) {
        double h = size / 2;
        return switch (form) {
            case CIRCLE -> new Ellipse2D.Double(cx - h, cy - h, size, size);
            case SQUARE -> new Rectangle2D.Double(cx - h, cy - h, size, size);
            case RECTANGLE -> new Rectangle2D.Double(cx - h, cy - h * 0.6, size, size * 0.6);
            case DIAMOND -> polygon(new double[] {cx, cx + h, cx, cx - h}, new double[] {cy - h, cy, cy + h, cy});
            case TRIANGLE -> polygon(new double[] {cx, cx + h, cx - h}, new double[] {cy - h, cy + h * 0.8, cy + h * 0.8});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
