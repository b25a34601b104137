package org.isfsim.gui;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.Governorate;
import sim.util.gui.ColorMap;

/**
 * Every colour the map uses, in one place: the model never knows a colour
 * (docs/sources.md#design-modules), the portrayals ask here. Nations get colours in the order of the scenario's pledges, so the legend
 * and the map agree and a nation keeps its colour across runs of one scenario.
 */
public final class Palette {
    /** Land outside the strip (Israel, Egypt). */
    public static final Color LAND = new Color(0xF1F0EA);
    /** The Mediterranean. */
    public static final Color SEA = new Color(0xB9D3E6);
    public static final Color COAST = new Color(0x2F6E9E);
    public static final Color BORDER = new Color(0x555555);
    public static final Color GOVERNORATE_BOUNDARY = new Color(0x8A7F6A);
    /** The yellow line: the edge of the IDF-held zone. */
    public static final Color YELLOW_LINE = new Color(0xFFD200);
    /** The IDF-held zone east of the yellow line (translucent over the governorates). */
    public static final Color HELD_ZONE = new Color(60, 60, 70, 120);
    public static final Color POLICE = new Color(0x1F4FBF);
    public static final Color ARMED_GROUP = new Color(0xB00020);
    public static final Color CONVOY = new Color(0xF5F5F5);
    public static final Color CONVOY_OUTLINE = new Color(0x333333);
    public static final Color ESCORT = new Color(0x0A8F3C);
    public static final Color CROSSING_OPEN = new Color(0x1B9E3A);
    public static final Color CROSSING_CLOSED = new Color(0xC62828);
    public static final Color SITE_DISCOVERED = new Color(0xE65100);
    public static final Color SITE_HIDDEN = new Color(0x6D4C41);
    public static final Color SITE_DESTROYED = new Color(0x9E9E9E);
    public static final Color PANEL = new Color(0xF7F6F2);
    public static final Color TEXT = new Color(0x222222);
    /** Armed-group control at its strongest (the heat layer fades it to nothing at no control). */
    public static final Color CONTROL = new Color(0x6A1B9A);
    /** Active civilians at their most (the heat layer fades it to nothing at none active). */
    public static final Color ACTIVE = new Color(0xE53935);
    /** Ground the ISF and police have secured (a green wash). */
    public static final Color SECURED = new Color(0x2E9E4F);
    /** Opacity of the secured wash, 0..255. */
    public static final int SECURED_ALPHA = 90;

    private static final Color[] GOVERNORATES = {
        new Color(0xE9DFC4), new Color(0xDCCFAE), new Color(0xE6D8B8), new Color(0xD6C8A2), new Color(0xE3D3AE)};

    /**
     * Distinct colours for up to twelve nations, chosen to differ from what else the map draws in
     * colour (the yellow line, purple control, red armed groups, blue police, green crossings); later
     * nations repeat them darker.
     */
    private static final Color[] NATIONS = {
        new Color(0xD81B60), new Color(0x00897B), new Color(0x00B8D4), new Color(0x6D4C41), new Color(0x212121),
        new Color(0xFF6F00), new Color(0x9E9D24), new Color(0x78909C), new Color(0xF48FB1), new Color(0x004D40),
        new Color(0xBCAAA4), new Color(0x880E4F)};

    private final Map<String, Color> nations = new LinkedHashMap<>();

    /** A palette whose nation colours follow the given order (the scenario's pledges). */
    public Palette(List<String> nationOrder) {
        for (String nation : nationOrder) {
            colourOf(nation);
        }
    }

    /** The colour of a nation's contingents; a nation not seen before gets the next free colour. */
    public Color colourOf(String nation) {
        return nations.computeIfAbsent(nation, n -> {
            int i = nations.size();
            Color c = NATIONS[i % NATIONS.length];
            return i < NATIONS.length ? c : c.darker();
        });
    }

    /** The nations coloured so far, in order, with their colours (for the legend). */
    public Map<String, Color> nations() {
        return Collections.unmodifiableMap(nations);
    }

    /** The fill of a governorate's cells. */
    public static Color colourOf(Governorate g) {
        return GOVERNORATES[g.ordinal()];
    }

    /**
     * The governorate layer's colour map: level 0 is outside the strip (transparent), level
     * {@code g.ordinal() + 1} a governorate.
     */
    public static ColorMap governorateMap() {
        Color[] table = new Color[Governorate.values().length + 1];
        table[0] = new Color(0, 0, 0, 0);
        for (Governorate g : Governorate.values()) {
            table[g.ordinal() + 1] = colourOf(g);
        }
        return new TableMap(table);
    }

    /** The held-zone layer: 0 not held, 1 held, 2 a held cell on the yellow line. */
    public static ColorMap heldZoneMap() {
        return new TableMap(new Color[] {new Color(0, 0, 0, 0), HELD_ZONE, YELLOW_LINE});
    }

    /** A heat layer: transparent at 0, {@code top} at {@code maxAlpha} from {@code saturation} up. */
    public static ColorMap heat(Color top, double saturation, int maxAlpha) {
        return new HeatMap(top, saturation, maxAlpha);
    }

    /** A colour map over whole levels 0..n-1. */
    private record TableMap(Color[] table) implements ColorMap {
        @Override
        public Color getColor(double level) {
            return table[index(level)];
        }

        @Override
        public int getRGB(double level) {
            return getColor(level).getRGB();
        }

        @Override
        public int getAlpha(double level) {
            return getColor(level).getAlpha();
        }

        @Override
        public boolean validLevel(double level) {
            return level >= 0 && level < table.length;
        }

        @Override
        public double defaultValue() {
            return 0;
        }

        private int index(double level) {
            return Math.max(0, Math.min(table.length - 1, (int) level));
        }
    }

    /** Transparent at 0, rising linearly in opacity to {@code maxAlpha} at {@code saturation}. */
    private static final class HeatMap implements ColorMap {
        private static final int STEPS = 64;
        private final Color[] steps = new Color[STEPS + 1];
        private final double saturation;

        HeatMap(Color top, double saturation, int maxAlpha) {
            this.saturation = saturation;
            for (int i = 0; i <= STEPS; i++) {
                steps[i] = new Color(top.getRed(), top.getGreen(), top.getBlue(), maxAlpha * i / STEPS);
            }
        }

        @Override
        public Color getColor(double level) {
            double f = Math.max(0, Math.min(1, level / saturation));
            return steps[(int) Math.round(f * STEPS)];
        }

        @Override
        public int getRGB(double level) {
            return getColor(level).getRGB();
        }

        @Override
        public int getAlpha(double level) {
            return getColor(level).getAlpha();
        }

        @Override
        public boolean validLevel(double level) {
            return level >= 0;
        }

        @Override
        public double defaultValue() {
            return 0;
        }
    }
}
