package org.isfsim.model.epstein;

import java.io.Serializable;

/**
 * Actives and cops on the square vision's window as row bitboards, one board each, padded like the
 * {@link Grid} by the vision radius with copies of the cells across the seam: the window of any agent is
 * then, in each of its rows, one word shifted and masked, counted with {@link Long#bitCount}. The two boards
 * share one geometry, so that a sweep reading both loads it once.
 *
 * <p>A padded row holds {@code width + 2·radius} bits, real column x at bit x + radius, and is cut into
 * overlapping words: word k holds bits 32k .. 32k + 63, so every bit is in two words and every window row,
 * which starts at bit x for an agent in column x, lies in word {@code x >>> 5}. Words are stored by column
 * block: word k of padded row py is at {@code (k + 1) · paddedHeight + py}, so that a window's rows are
 * consecutive longs (block 0 takes the upper halves of "word −1", never read).
 */
final class Bitboards implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The widest window kept as bitboards: a window row must fit a word at any offset below 32. */
    static final int MAX_SPAN = 33;

    /** The grid's {@link Grid#ghostColumns()} and {@link Grid#ghostRows()}, where a mark's copies go. */
    private final int[] ghostColumn;
    private final int[] ghostRow;
    private final int radius;
    private final int span;
    /** Padded rows, {@code height + 2·radius}: real row y is padded row y + radius, as in the grid. */
    private final int paddedHeight;
    private final long windowMask;
    private final long[] actives;
    private final long[] cops;

    /** Empty boards on a grid padded by the window's radius. */
    Bitboards(Grid grid) {
        ghostColumn = grid.ghostColumns();
        ghostRow = grid.ghostRows();
        radius = grid.pad();
        span = 2 * radius + 1;
        paddedHeight = grid.height() + 2 * radius;
        windowMask = (1L << span) - 1;
        int words = (((grid.width() + 2 * radius - 1) >>> 5) + 2) * paddedHeight;
        actives = new long[words];
        cops = new long[words];
    }

    /** Whether a square window of this radius can be kept as bitboards on a {@code width × height} torus. */
    static boolean fits(int radius, int width, int height) {
        int span = 2 * radius + 1;
        return span <= width && span <= height && span <= MAX_SPAN;
    }

    /** The actives in the window around (x, y), the centre included. */
    int activesAround(int x, int y) {
        return count(actives, paddedHeight, span, windowMask, x, y);
    }

    /** The cops in the window around (x, y), the centre included. */
    int copsAround(int x, int y) {
        return count(cops, paddedHeight, span, windowMask, x, y);
    }

    /** Whether any active is in the window around (x, y), the centre included. */
    boolean anyActiveAround(int x, int y) {
        return any(actives, paddedHeight, span, windowMask, x, y);
    }

    /** The rows of cops in the window around (x, y), ORed together and masked: 0 iff none is in sight. */
    long copRowsAround(int x, int y) {
        return or(cops, paddedHeight, span, windowMask, x, y);
    }

    /** The window row of actives at padded row {@code py}, seen from column x, masked. */
    long activeRow(int py, int x) {
        return row(actives, paddedHeight, windowMask, py, x);
    }

    /**
     * Moves the mark of an occupant with this {@link CellByte} code (an active or a cop; quiet citizens have
     * none) as {@link #move(long[], int, int, int[], int[], int, int, int, int)}.
     */
    void move(int code, int fromX, int fromY, int toX, int toY) {
        move(code == CellByte.ACTIVE ? actives : cops, paddedHeight, radius, ghostRow, ghostColumn, fromX, fromY,
                toX, toY);
    }

    /** The actives' board, for a sweep that keeps it (and the geometry below) in fields of its own. */
    long[] actives() {
        return actives;
    }

    /** The cops' board, as {@link #actives()}. */
    long[] cops() {
        return cops;
    }

    /** Padded rows: the stride between a window's column blocks. */
    int paddedHeight() {
        return paddedHeight;
    }

    /** The low {@code span} bits: one window row. */
    long windowMask() {
        return windowMask;
    }

    // The routines below take the board and its geometry as arguments rather than reading them from an
    // instance, so that the sweep, which runs them a few times per agent, passes its own final fields: one
    // load fewer per call, and nothing the JIT must re-read after a call it does not inline.

    /** The marks of board b (with h padded rows) in the window of this span and mask around (x, y). */
    static int count(long[] b, int h, int span, long mask, int x, int y) {
        int i = ((x >>> 5) + 1) * h + y;
        int s = x & 31;
        int n = 0;
        for (int end = i + span; i < end; i++) {
            n += Long.bitCount((b[i] >>> s) & mask);
        }
        return n;
    }

    /** The rows of board b in the window around (x, y), ORed together and masked: 0 iff none is set. */
    static long or(long[] b, int h, int span, long mask, int x, int y) {
        int i = ((x >>> 5) + 1) * h + y;
        long any = 0;
        for (int end = i + span; i < end; i++) {
            any |= b[i];
        }
        return (any >>> (x & 31)) & mask;
    }

    /** Whether board b has any mark in the window around (x, y), the centre included. */
    static boolean any(long[] b, int h, int span, long mask, int x, int y) {
        int i = ((x >>> 5) + 1) * h + y;
        long any = 0;
        for (int end = i + span; i < end; i++) {
            any |= b[i];
        }
        return ((any >>> (x & 31)) & mask) != 0;
    }

    /** The window row of board b at padded row {@code py}, seen from column x, masked. */
    static long row(long[] b, int h, long mask, int py, int x) {
        return (b[((x >>> 5) + 1) * h + py] >>> (x & 31)) & mask;
    }

    /**
     * Moves a mark on board b (h padded rows, padded by {@code radius}, with the grid's ghost tables) from
     * (fromX, fromY) to (toX, toY): clears it there and sets it here, with a negative fromX only setting it
     * and a negative toX only clearing it. A mark is the bit at padded column x + radius and its copy across
     * the seam, in padded row y + radius and its copy, each in the two words that hold it; where there is no
     * copy the same bit is written twice, so that no branch depends on where the cell is. Marks change far
     * less often than agents move (quiet citizens have none), and this one method does all of it: too large
     * to be copied into each caller by the JIT, it is compiled once.
     */
    static void move(long[] b, int h, int radius, int[] ghostRow, int[] ghostColumn, int fromX, int fromY,
            int toX, int toY) {
        if (fromX >= 0) {
            int row = fromY + radius;
            int ghost = ghostRow[fromY];
            int px = fromX + radius;
            int gx = ghostColumn[fromX];
            int at = ((px >>> 5) + 1) * h;
            int ghostAt = ((gx >>> 5) + 1) * h;
            long low = ~(1L << (px & 31));
            long high = ~(1L << (px & 31) << 32);
            long ghostLow = ~(1L << (gx & 31));
            long ghostHigh = ~(1L << (gx & 31) << 32);
            b[at + row] &= low;
            b[at + ghost] &= low;
            b[at - h + row] &= high;
            b[at - h + ghost] &= high;
            b[ghostAt + row] &= ghostLow;
            b[ghostAt + ghost] &= ghostLow;
            b[ghostAt - h + row] &= ghostHigh;
            b[ghostAt - h + ghost] &= ghostHigh;
        }
        if (toX >= 0) {
            int row = toY + radius;
            int ghost = ghostRow[toY];
            int px = toX + radius;
            int gx = ghostColumn[toX];
            int at = ((px >>> 5) + 1) * h;
            int ghostAt = ((gx >>> 5) + 1) * h;
            long low = 1L << (px & 31);
            long high = low << 32;
            long ghostLow = 1L << (gx & 31);
            long ghostHigh = ghostLow << 32;
            b[at + row] |= low;
            b[at + ghost] |= low;
            b[at - h + row] |= high;
            b[at - h + ghost] |= high;
            b[ghostAt + row] |= ghostLow;
            b[ghostAt + ghost] |= ghostLow;
            b[ghostAt - h + row] |= ghostHigh;
            b[ghostAt - h + ghost] |= ghostHigh;
        }
    }
}
