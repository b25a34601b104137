package org.isfsim.model.epstein;

import java.io.Serializable;
import java.util.Arrays;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;

/**
 * The cells an Epstein agent sees from its own, as offsets precomputed once per run so that counting
 * cops and actives in vision is a scan of the occupancy grid.
 *
 * <p>{@link Neighbourhood#VON_NEUMANN} follows the paper to the letter: an agent's vision v is "the number
 * of lattice positions north, south, east, and west" of its own that it can inspect (Epstein 2002, Model I).
 * That is the cross of the {@code 4·v} cells on the two axes through the agent, not the Manhattan diamond
 * {@code |dx| + |dy| ≤ v} that "von Neumann neighbourhood of radius v" usually means. Mesa's current example
 * uses that diamond (its {@code OrthogonalVonNeumannGrid} with radius v), NetLogo's Rebellion the Euclidean
 * disc {@code in-radius vision}. {@link Neighbourhood#MOORE} is the {@code (2v + 1)² − 1} square around the
 * agent, as in the mesa-examples version ({@code OrthogonalMooreGrid} with radius v).
 *
 * <p>The lattice is a torus. On a grid narrower than {@code 2v + 1} the window would wrap onto itself;
 * each cell is then seen once, and the agent's own cell never.
 */
public final class Vision implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Neighbourhood shape;
    private final int radius;
    private final int width;
    private final int height;
    /** Offsets reduced to [0, width) and [0, height): adding one never needs more than one subtraction. */
    private final int[] dx;
    private final int[] dy;

    private Vision(Neighbourhood shape, int radius, int width, int height, int[] dx, int[] dy) {
        this.shape = shape;
        this.radius = radius;
        this.width = width;
        this.height = height;
        this.dx = dx;
        this.dy = dy;
    }

    /** The vision of the given shape and radius on a {@code width × height} torus. */
    public static Vision of(Neighbourhood shape, int radius, int width, int height) {
        if (radius < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("vision " + radius + " on a " + width + " x " + height + " torus");
        }
        int span = 2 * radius + 1;
        int capacity = shape == Neighbourhood.VON_NEUMANN ? 4 * radius : span * span - 1;
        int[] xs = new int[capacity];
        int[] ys = new int[capacity];
        // Offsets alias only along an axis the window wraps round; index the seen-set by the reduced offset
        // there and by the raw offset elsewhere, so it never needs more than span² entries.
        boolean wrapsX = span > width;
        boolean wrapsY = span > height;
        int seenWidth = wrapsX ? width : span;
        boolean[] seen = new boolean[seenWidth * (wrapsY ? height : span)];
        int n = 0;
        for (int oy = -radius; oy <= radius; oy++) {
            for (int ox = -radius; ox <= radius; ox++) {
                boolean inShape = shape == Neighbourhood.MOORE || ox == 0 || oy == 0;
                int rx = Math.floorMod(ox, width);
                int ry = Math.floorMod(oy, height);
                int key = (wrapsY ? ry : oy + radius) * seenWidth + (wrapsX ? rx : ox + radius);
                if (!inShape || (rx == 0 && ry == 0) || seen[key]) {
                    continue;
                }
                seen[key] = true;
                xs[n] = rx;
                ys[n] = ry;
                n++;
            }
        }
        return new Vision(shape, radius, width, height, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    /** How many cells the agent sees (its own excluded). */
    public int size() {
        return dx.length;
    }

    /** The index {@code y · width + x} of the {@code k}-th cell seen from (x, y). */
    public int cell(int x, int y, int k) {
        int cx = x + dx[k];
        if (cx >= width) {
            cx -= width;
        }
        int cy = y + dy[k];
        if (cy >= height) {
            cy -= height;
        }
        return cy * width + cx;
    }

    public Neighbourhood shape() {
        return shape;
    }

    public int radius() {
        return radius;
    }
}
