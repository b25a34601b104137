package org.isfsim.model.space;

import java.io.Serializable;

/**
 * A summed-area table over a grid of per-cell values: after {@link #rebuild}, the sum over any
 * axis-aligned rectangle — a square vision window, say — costs four reads, whatever its size
 * (Crow 1984). Rebuilding reuses its arrays, so a daily rebuild allocates nothing.
 */
public final class SummedAreaTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    /** (width + 1) x (height + 1) prefix sums; row 0 and column 0 are zero. */
    private final double[] prefix;

    public SummedAreaTable(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("grid must be at least 1 x 1: " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.prefix = new double[(width + 1) * (height + 1)];
    }

    /** Recomputes the table from per-cell values indexed {@code y * width + x}. */
    public void rebuild(double[] values) {
        if (values.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " values, got " + values.length);
        }
        int stride = width + 1;
        for (int y = 0; y < height; y++) {
            double rowSum = 0;
            int in = y * width;
            int out = (y + 1) * stride + 1;
            int above = y * stride + 1;
            for (int x = 0; x < width; x++) {
                rowSum += values[in + x];
                prefix[out + x] = prefix[above + x] + rowSum;
            }
        }
    }

    /** Recomputes the table from whole-number per-cell values indexed {@code y * width + x}. */
    public void rebuild(int[] values) {
        if (values.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " values, got " + values.length);
        }
        int stride = width + 1;
        for (int y = 0; y < height; y++) {
            double rowSum = 0;
            int in = y * width;
            int out = (y + 1) * stride + 1;
            int above = y * stride + 1;
            for (int x = 0; x < width; x++) {
                rowSum += values[in + x];
                prefix[out + x] = prefix[above + x] + rowSum;
            }
        }
    }

    /** The sum over the rectangle [x0, x1] x [y0, y1] (inclusive), clipped to the grid. */
    public double sum(int x0, int y0, int x1, int y1) {
        int left = Math.max(0, x0);
        int top = Math.max(0, y0);
        int right = Math.min(width - 1, x1);
        int bottom = Math.min(height - 1, y1);
        if (left > right || top > bottom) {
            return 0;
        }
        int stride = width + 1;
        return prefix[(bottom + 1) * stride + right + 1] - prefix[top * stride + right + 1]
                - prefix[(bottom + 1) * stride + left] + prefix[top * stride + left];
    }

    /** The sum over the square of cells within {@code radius} of (x, y) in both directions (a Moore window). */
    public double window(int x, int y, int radius) {
        return sum(x - radius, y - radius, x + radius, y + radius);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
