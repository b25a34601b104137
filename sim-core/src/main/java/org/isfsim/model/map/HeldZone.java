package org.isfsim.model.map;

import java.io.Serializable;
import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * The IDF-held zone east of the "yellow line" on a {@link GazaMap} grid: the inside cells the IDF holds
 * at one withdrawal stage, which the model keeps ISF contingents and civilians out of.
 *
 * <p>Shares come from docs/sources.md#peace-plan "Share held after each stage" (about 53 %, then 40 %, then a 15 %
 * buffer) and docs/sources.md#geography "IDF share after first pullback" (~53 %). The shape follows
 * docs/sources.md#geography "IDF-held areas
 * at first pullback" (border security zone, Philadelphi corridor, Beit Hanoun/Beit Lahia, a point east of
 * Gaza City, large parts of Rafah and Khan Younis) and "Yellow line depth / status" (1.5–6.5 km): a cell is
 * held when it lies within {@code scale × referenceDepthKm} of the Israeli border, the reference depth
 * varying along the strip (see {@link #referenceDepthKm(Governorate)}), or within
 * {@code scale × 3 km} of the Egyptian border. The scale is raised until the held share of inside cells
 * reaches the target; at 53 % it comes out close to 1, i.e. the reference depths. Because every stage
 * uses the same ranking of cells, a smaller target's zone is always a subset of a larger one's, so a
 * withdrawal only ever hands cells back. The reference depths are a calibration (assumption) within the
 * cited 1.5–6.5 km range, not a traced map of the line.
 */
public final class HeldZone implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Reference yellow-line depth from the Israeli border, km, per governorate (ordinal order): deep in
     * the north (Beit Hanoun/Beit Lahia), shallow at Gaza City and Deir al-Balah, deepest in Khan Younis
     * and Rafah; 1.5 and 6.5 km are the cited extremes.
     */
    private static final double[] REFERENCE_DEPTH_KM = {3.5, 1.8, 1.5, 4.5, 6.5};
    /** Reference depth from the Egyptian border (the Philadelphi corridor and Rafah), km. */
    static final double EGYPT_REFERENCE_DEPTH_KM = 3.0;

    private final int width;
    private final int height;
    private final BitSet held;
    private final int heldCount;
    private final int insideCount;
    private final double targetShare;
    private final double depthScale;

    private HeldZone(int width, int height, BitSet held, int heldCount, int insideCount,
                     double targetShare, double depthScale) {
        this.width = width;
        this.height = height;
        this.held = held;
        this.heldCount = heldCount;
        this.insideCount = insideCount;
        this.targetShare = targetShare;
        this.depthScale = depthScale;
    }

    /**
     * Builds the zone for a target share from the map's ranking of inside cells.
     *
     * @param width grid width
     * @param height grid height
     * @param ranked inside cell indices ordered by {@link #score}, ties by ascending index
     * @param rankedScores the score of each entry of {@code ranked}
     * @param targetShare share of inside cells to hold, in [0, 1]
     */
    static HeldZone of(int width, int height, int[] ranked, double[] rankedScores, double targetShare) {
        int n = ranked.length;
        int k;
        if (targetShare <= 0.0) {
            k = 0;
        } else if (targetShare >= 1.0) {
            k = n;
        } else {
            k = (int) Math.min(n, Math.max(0L, Math.round(targetShare * n)));
        }
        BitSet bits = new BitSet(width * height);
        for (int i = 0; i < k; i++) {
            bits.set(ranked[i]);
        }
        double scale = k == 0 ? 0.0 : rankedScores[k - 1];
        return new HeldZone(width, height, bits, k, n, targetShare, scale);
    }

    /**
     * The zone of {@code targetShare} in which the cells that {@code handedOver} names keep only what the
     * zone of the smaller {@code handedOverShare} holds: the ground Israel has handed over, governorate by
     * governorate, on its way to the next stage's line.
     */
    static HeldZone of(int width, int height, int[] ranked, double[] rankedScores, double targetShare,
            IntPredicate handedOver, double handedOverShare) {
        HeldZone full = of(width, height, ranked, rankedScores, targetShare);
        int kept = cellsFor(ranked.length, handedOverShare);
        BitSet bits = new BitSet(width * height);
        int count = 0;
        for (int i = 0; i < full.heldCount; i++) {
            if (i < kept || !handedOver.test(ranked[i])) {
                bits.set(ranked[i]);
                count++;
            }
        }
        return new HeldZone(width, height, bits, count, ranked.length, targetShare, full.depthScale);
    }

    private static int cellsFor(int n, double share) {
        if (share <= 0.0) {
            return 0;
        }
        if (share >= 1.0) {
            return n;
        }
        return (int) Math.min(n, Math.max(0L, Math.round(share * n)));
    }

    /**
     * How deep a point is relative to the reference yellow line: a cell is held at scale {@code m} when
     * its score is below {@code m}.
     *
     * @param outline the strip outline
     * @param xKm x of the point, km
     * @param yKm y of the point, km
     * @return min(distance to Israel / reference depth there, distance to Egypt / Egyptian reference depth)
     */
    static double score(GazaOutline outline, double xKm, double yKm) {
        double israel = outline.distanceToIsraelBorderKm(xKm, yKm) / referenceDepthAt(outline, xKm, yKm);
        double egypt = outline.distanceToEgyptBorderKm(xKm, yKm) / EGYPT_REFERENCE_DEPTH_KM;
        return Math.min(israel, egypt);
    }

    /**
     * The reference depth of the yellow line from the Israeli border in a governorate, km; the profile is
     * interpolated linearly between governorate middles along the strip.
     *
     * @param g the governorate
     * @return its reference depth (scale 1), km
     */
    public static double referenceDepthKm(Governorate g) {
        return REFERENCE_DEPTH_KM[g.ordinal()];
    }

    /** Piecewise-linear reference depth at a point, through the governorate middles along the strip. */
    static double referenceDepthAt(GazaOutline outline, double xKm, double yKm) {
        double s = outline.along(xKm, yKm);
        Governorate[] all = Governorate.values();
        double first = outline.middleAlong(all[0]);
        if (s >= first) {
            return REFERENCE_DEPTH_KM[0];
        }
        for (int i = 0; i + 1 < all.length; i++) {
            double north = outline.middleAlong(all[i]);
            double south = outline.middleAlong(all[i + 1]);
            if (s >= south) {
                double f = (north - s) / (north - south);
                return REFERENCE_DEPTH_KM[i] + f * (REFERENCE_DEPTH_KM[i + 1] - REFERENCE_DEPTH_KM[i]);
            }
        }
        return REFERENCE_DEPTH_KM[all.length - 1];
    }

    /**
     * @param x column
     * @param y row
     * @return true if the cell is inside the strip and held; false outside the grid
     */
    public boolean isHeld(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return false;
        }
        return held.get(y * width + x);
    }

    /** Whether the cell of index {@code y * width + x} is held. */
    public boolean isHeld(int index) {
        return index >= 0 && index < width * height && held.get(index);
    }

    /** @return the actual held share of the strip's inside cells */
    public double share() {
        return insideCount == 0 ? 0.0 : (double) heldCount / insideCount;
    }

    /** @return the share this zone was built for */
    public double targetShare() {
        return targetShare;
    }

    /** @return the number of held cells */
    public int heldCellCount() {
        return heldCount;
    }

    /**
     * @return the multiplier on the reference depths that this zone reaches (0 for an empty zone);
     *     about 1 at the first-stage 53 %
     */
    public double depthScale() {
        return depthScale;
    }
}
