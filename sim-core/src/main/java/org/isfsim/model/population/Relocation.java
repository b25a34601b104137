package org.isfsim.model.population;

import java.io.Serializable;

/**
 * Moves agents between cells while keeping them sorted by cell, over scratch arrays made once: the routine
 * shared by displacement out of ground the IDF takes and by flight from fighting. Each agent has a destination
 * cell (its own unless moved); the new order puts, cell by cell, the agents that stay first, in their old
 * order, then those who arrive, in the order of their old cells. Every per-agent array is then permuted into
 * that order through one scratch array of its type, so nothing is allocated.
 */
final class Relocation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int cellCount;
    /** Per agent: where it goes. */
    final int[] destination;
    /** New position j holds old agent order[j]. */
    private final int[] order;
    private final int[] newStart;
    private final int[] cursor;
    private final float[] floats;
    private final byte[] bytes;
    private final int[] ints;

    Relocation(int agentCount, int cellCount) {
        this.cellCount = cellCount;
        destination = new int[agentCount];
        order = new int[agentCount];
        newStart = new int[cellCount + 1];
        cursor = new int[cellCount];
        floats = new float[agentCount];
        bytes = new byte[agentCount];
        ints = new int[agentCount];
    }

    /** Sets every agent's destination to its own cell. */
    void stayAll(int[] cellStart) {
        for (int c = 0; c < cellCount; c++) {
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                destination[i] = c;
            }
        }
    }

    /**
     * Computes the new order from the destinations and writes the new cell starts into {@code cellStart}.
     */
    void plan(int[] cellStart) {
        java.util.Arrays.fill(newStart, 0);
        int agents = cellStart[cellCount];
        for (int i = 0; i < agents; i++) {
            newStart[destination[i] + 1]++;
        }
        for (int c = 0; c < cellCount; c++) {
            newStart[c + 1] += newStart[c];
        }
        System.arraycopy(newStart, 0, cursor, 0, cellCount);
        for (int c = 0; c < cellCount; c++) {
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                if (destination[i] == c) {
                    order[cursor[c]++] = i;
                }
            }
        }
        for (int c = 0; c < cellCount; c++) {
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                int to = destination[i];
                if (to != c) {
                    order[cursor[to]++] = i;
                }
            }
        }
        System.arraycopy(newStart, 0, cellStart, 0, cellCount + 1);
    }

    void permute(float[] values) {
        int n = values.length;
        for (int j = 0; j < n; j++) {
            floats[j] = values[order[j]];
        }
        System.arraycopy(floats, 0, values, 0, n);
    }

    void permute(byte[] values) {
        int n = values.length;
        for (int j = 0; j < n; j++) {
            bytes[j] = values[order[j]];
        }
        System.arraycopy(bytes, 0, values, 0, n);
    }

    void permute(int[] values) {
        int n = values.length;
        for (int j = 0; j < n; j++) {
            ints[j] = values[order[j]];
        }
        System.arraycopy(ints, 0, values, 0, n);
    }
}
