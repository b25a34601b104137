package org.isfsim.model.epstein;

import java.io.Serializable;

/**
 * The torus as one {@link CellByte} per cell, padded by {@code pad} cells on every side with copies of the
 * cells across the seam (the vision radius for the bitboard sweep, none otherwise), so that any cell in a
 * window is its agent's index plus a fixed offset: (x, y) is at {@code (y + pad) · paddedWidth + x + pad}.
 * Positions are packed as {@code (y << 16) | x}.
 */
final class Grid implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    private final int pad;
    private final int paddedWidth;
    private final byte[] cells;
    /** The padded column of the copy of column x across the seam, or of column x itself if it has none. */
    private final int[] ghostColumn;
    /** The padded row of the copy of row y across the seam, or of row y itself if it has none. */
    private final int[] ghostRow;
    private int emptyCells;

    Grid(int width, int height, int pad) {
        this.width = width;
        this.height = height;
        this.pad = pad;
        paddedWidth = width + 2 * pad;
        cells = new byte[paddedWidth * (height + 2 * pad)];
        ghostColumn = new int[width];
        for (int x = 0; x < width; x++) {
            ghostColumn[x] = x < pad ? x + pad + width : x >= width - pad ? x + pad - width : x + pad;
        }
        ghostRow = new int[height];
        for (int y = 0; y < height; y++) {
            ghostRow[y] = y < pad ? y + pad + height : y >= height - pad ? y + pad - height : y + pad;
        }
        emptyCells = width * height;
    }

    /** The index in {@link #cells()} of (x, y). */
    int index(int x, int y) {
        return (y + pad) * paddedWidth + x + pad;
    }

    /** Writes the cell byte of (x, y), and its copies across the seam (writing it again where there are none). */
    void set(int x, int y, int value) {
        write(cells, paddedWidth, pad, ghostRow, ghostColumn, x, y, value);
    }

    /**
     * {@link #set} on a grid's arrays and geometry passed as arguments, for the bitboard sweep, which moves an
     * agent at every activation and keeps them in final fields of its own.
     */
    static void write(byte[] cells, int paddedWidth, int pad, int[] ghostRow, int[] ghostColumn, int x, int y,
            int value) {
        byte v = (byte) value;
        int row = (y + pad) * paddedWidth;
        int ghost = ghostRow[y] * paddedWidth;
        int column = x + pad;
        int ghostX = ghostColumn[x];
        cells[row + column] = v;
        cells[row + ghostX] = v;
        cells[ghost + column] = v;
        cells[ghost + ghostX] = v;
    }

    /** The cell byte of (x, y). */
    int at(int x, int y) {
        return cells[index(x, y)];
    }

    /** What is at (x, y): {@link CellByte#EMPTY}, {@code QUIET}, {@code ACTIVE} or {@code COP}. */
    int code(int x, int y) {
        return cells[index(x, y)] & CellByte.CODE;
    }

    /** A uniformly random empty cell, as {@code (y << 16) | x}; there must be one. */
    int randomEmptyCell(RandomBits bits) {
        int cellCount = width * height;
        if (emptyCells * 8 >= cellCount) {
            while (true) {
                int c = bits.uniform(cellCount);
                int x = c % width;
                int y = c / width;
                if (cells[index(x, y)] == CellByte.EMPTY) {
                    return (y << 16) | x;
                }
            }
        }
        int skip = bits.uniform(emptyCells);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (cells[index(x, y)] == CellByte.EMPTY && skip-- == 0) {
                    return (y << 16) | x;
                }
            }
        }
        throw new IllegalStateException("no empty cell although " + emptyCells + " were counted");
    }

    /** Counts a cell newly taken. */
    void taken() {
        emptyCells--;
    }

    /** Counts a cell newly freed. */
    void freed() {
        emptyCells++;
    }

    int emptyCells() {
        return emptyCells;
    }

    /** The padded cells themselves, for a sweep's reads (writes go through {@link #set}). */
    byte[] cells() {
        return cells;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int pad() {
        return pad;
    }

    int paddedWidth() {
        return paddedWidth;
    }

    /** By column x, the padded column of its copy across the seam, or of x itself; not to be written. */
    int[] ghostColumns() {
        return ghostColumn;
    }

    /** By row y, the padded row of its copy across the seam, or of y itself; not to be written. */
    int[] ghostRows() {
        return ghostRow;
    }
}
