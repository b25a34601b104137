package org.isfsim.model.epstein;

import static org.isfsim.model.epstein.CellByte.ACTIVE;
import static org.isfsim.model.epstein.CellByte.CODE;
import static org.isfsim.model.epstein.CellByte.COP;
import static org.isfsim.model.epstein.CellByte.EMPTY;

/**
 * The sweep with any vision the bitboards do not take (the paper's cross, or a square that wraps onto itself
 * or is too wide for a word): what an agent sees is scanned on an unpadded {@link Grid} along the
 * {@link Vision} offsets. A move draws random cells of the vision until one is empty, and after
 * {@link BitboardSweep#MOVE_TRIES} misses lists the empty cells in vision and picks one of them.
 */
final class VisionSweep implements SweepStrategy {
    private static final long serialVersionUID = 1L;

    private final Grid grid;
    private final byte[] cells;
    private final int width;
    private final Vision vision;
    private final Population agents;
    private final int[] activeAt;
    /** {@link QuietRatios#ratios()}: a least quiet ratio this large means "never quiet". */
    private final int ratios;
    private final RandomBits bits;
    private final int maxJailTerm;
    /** Cells collected during one agent's look around. */
    private final int[] scratch;

    /** A sweep over an unpadded grid, with its agents, the rule's ratios and the run's bits. */
    VisionSweep(Grid grid, Vision vision, Population agents, QuietRatios ratios, RandomBits bits, int maxJailTerm) {
        if (grid.pad() != 0) {
            throw new IllegalArgumentException("the vision sweep reads an unpadded grid");
        }
        this.grid = grid;
        cells = grid.cells();
        width = grid.width();
        this.vision = vision;
        this.agents = agents;
        activeAt = agents.activeAt();
        this.ratios = ratios.ratios();
        this.bits = bits;
        this.maxJailTerm = maxJailTerm;
        scratch = new int[vision.size()];
    }

    @Override
    public void sweep(int today) {
        int[] order = agents.order();
        int[] position = agents.positions();
        int[] copXY = agents.copPositions();
        int n = agents.listed();
        int i = 0;
        while (i < n) {
            int j = i + bits.uniform(n - i);
            int id = order[j];
            if (id >= 0) {
                int xy = position[id];
                if (xy < 0) {
                    position[id] = Population.JAILED_UNLISTED;
                    order[j] = order[--n];
                    continue;
                }
                order[j] = order[i];
                order[i++] = id;
                xy = move(xy, id);
                position[id] = xy;
                decideAt(id, xy);
            } else {
                order[j] = order[i];
                order[i++] = id;
                int cop = ~id;
                int xy = move(copXY[cop], id);
                copXY[cop] = xy;
                arrest(xy, today);
            }
        }
        agents.setListed(n);
    }

    @Override
    public void decide(int citizen) {
        decideAt(citizen, agents.positions()[citizen]);
    }

    @Override
    public void placed(int x, int y, int code) {
        // Nothing is kept beside the grid.
    }

    /** Rule M along the vision offsets. */
    @Override
    public int move(int xy, int agent) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int size = vision.size();
        if (size == 0) {
            return xy;
        }
        for (int attempt = 0; attempt < BitboardSweep.MOVE_TRIES; attempt++) {
            int c = vision.cell(x, y, bits.uniform(size));
            if (cells[c] == EMPTY) {
                return relocate(x, y, c % width, c / width, agent);
            }
        }
        int n = 0;
        for (int k = 0; k < size; k++) {
            int c = vision.cell(x, y, k);
            if (cells[c] == EMPTY) {
                scratch[n++] = c;
            }
        }
        if (n == 0) {
            return xy;
        }
        int c = scratch[bits.uniform(n)];
        return relocate(x, y, c % width, c / width, agent);
    }

    /** Moves the occupant of (x, y) to the empty cell (tx, ty); returns the new position. */
    private int relocate(int x, int y, int tx, int ty, int agent) {
        byte cell = cells[grid.index(x, y)];
        grid.set(tx, ty, cell);
        grid.set(x, y, EMPTY);
        if ((cell & CODE) == ACTIVE) {
            activeAt[ty * width + tx] = agent;
        }
        return (ty << 16) | tx;
    }

    /** Rule A along the vision offsets, for the citizen at xy. */
    private void decideAt(int citizen, int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int cell = cells[grid.index(x, y)];
        boolean was = (cell & CODE) == ACTIVE;
        int q = agents.quietFrom(citizen);
        boolean rebels;
        if (q == 0) {
            rebels = false;
        } else if (q >= ratios) {
            rebels = true;
        } else {
            int copsSeen = 0;
            int activesSeen = 0;
            for (int k = 0, size = vision.size(); k < size; k++) {
                int code = cells[vision.cell(x, y, k)] & CODE;
                if (code == COP) {
                    copsSeen++;
                } else if (code == ACTIVE) {
                    activesSeen++;
                }
            }
            rebels = q > 0
                    ? copsSeen < (long) q * (activesSeen + 1)
                    : agents.rebelsAt(citizen, copsSeen / (activesSeen + 1));
        }
        if (rebels != was) {
            agents.setActive(citizen, cell, x, y, rebels ? 1 : 0);
        }
    }

    /** Rule C along the vision offsets. */
    @Override
    public void arrest(int xy, int today) {
        if (agents.activeCount() == 0) {
            return;
        }
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int n = 0;
        for (int k = 0, size = vision.size(); k < size; k++) {
            int c = vision.cell(x, y, k);
            if ((cells[c] & CODE) == ACTIVE) {
                scratch[n++] = c;
            }
        }
        if (n > 0) {
            int cell = scratch[bits.uniform(n)];
            agents.jail(activeAt[cell], bits.uniform(maxJailTerm + 1), today);
        }
    }
}
