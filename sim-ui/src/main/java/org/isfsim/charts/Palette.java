package org.isfsim.charts;

import java.awt.Color;

/**
 * The colour of the i-th result set in every chart, so that a set keeps its colour across panels and
 * files: Tableau's ten categorical colours (the default cycle of matplotlib and Vega), chosen to stay
 * distinct for readers with the common colour-vision deficiencies, repeated after ten.
 */
public final class Palette {
    private static final int[] RGB = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    private Palette() {
    }

    public static Color color(int index) {
        return new Color(RGB[Math.floorMod(index, RGB.length)]);
    }
}
