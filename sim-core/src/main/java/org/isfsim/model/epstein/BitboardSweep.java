package org.isfsim.model.epstein;

import static org.isfsim.model.epstein.CellByte.ACTIVE;
import static org.isfsim.model.epstein.CellByte.ALWAYS_ACTIVE;
import static org.isfsim.model.epstein.CellByte.CODE;
import static org.isfsim.model.epstein.CellByte.COP;
import static org.isfsim.model.epstein.CellByte.EMPTY;
import static org.isfsim.model.epstein.CellByte.LOOK_UP;
import static org.isfsim.model.epstein.CellByte.QUIET;

/**
 * The sweep when the vision is the {@code MOORE} square and its window fits the torus and a word
 * ({@link Bitboards#fits}): actives and cops are kept as {@link Bitboards} beside the padded {@link Grid}, so
 * that what an agent sees is a few words shifted, masked and counted.
 *
 * <p><b>Rule A.</b> A citizen with least quiet ratio Q ({@link QuietRatios}) is active iff C &lt; Q·(A+1). One
 * with Q = 0 is quiet whatever it sees, one with Q above the largest possible ratio is active whatever it
 * sees: neither looks. The others first look for other actives (a glance at the window's rows, a count only
 * if there are any); with none, a citizen with Q = 1, the usual case, only needs to know whether any cop is
 * in sight (an OR of the rows), and else the cops are counted and compared with Q·(A+1).
 *
 * <p><b>Rule M by rejection.</b> A move draws random cells of the window until one is empty; after
 * {@link #MOVE_TRIES} misses it lists the empty cells in the window and picks one of them. Either way the
 * destination is uniform over the empty cells in vision.
 */
final class BitboardSweep implements SweepStrategy {
    private static final long serialVersionUID = 1L;

    /** Random cells a move tries before it lists the empty cells in vision. */
    static final int MOVE_TRIES = 64;

    private final byte[] cells;
    private final int width;
    private final int pad;
    private final int paddedWidth;
    private final Population agents;
    private final int[] activeAt;
    /** {@link QuietRatios#ratios()}: a least quiet ratio this large means "never quiet". */
    private final int ratios;
    private final RandomBits bits;
    /** The {@link Bitboards}' boards and geometry, held here so that the routines run on final fields. */
    private final long[] actives;
    private final long[] cops;
    private final int paddedHeight;
    private final long windowMask;
    /** The grid's {@link Grid#ghostColumns()} and {@link Grid#ghostRows()}: where a cell's and a mark's copies go. */
    private final int[] ghostColumn;
    private final int[] ghostRow;
    private final int maxJailTerm;
    private final int radius;
    private final int span;
    /** The real column of window column d seen from x, {@code (x + d − radius) mod width}, at index x + d. */
    private final int[] columnOf;
    /** The real row of window row d seen from y, at index y + d. */
    private final int[] rowOf;
    /**
     * A move's random try, by the {@link #moveBits} random bits drawn for it: a cell of the window, as
     * {@code offset << 12 | dy << 6 | dx} with dx, dy its column and row in the window (0 .. span − 1) and
     * offset its index in the grid's cells less the agent's. By Lemire's method each of the span² cells has
     * the same number of draws; the draws left over (Lemire's rejections) go to the agent's own cell, which
     * is never empty, so that they count as misses and need no test of their own.
     */
    private final int[] moveDraws;
    /** The offsets alone, {@code moveDraws[r] >> 12}, for the tries (the rest is wanted only for the one taken). */
    private final int[] moveOffsets;
    private final int moveBits;
    /** The window's rows of actives, from the count a cop makes before it picks one. */
    private final long[] rowWords;
    /** Empty cells collected when a move's random tries missed. */
    private final int[] scratch;

    /** A sweep over a grid padded by the vision radius, with its agents, the rule's ratios and the run's bits. */
    BitboardSweep(Grid grid, Population agents, QuietRatios ratios, RandomBits bits, int maxJailTerm) {
        cells = grid.cells();
        width = grid.width();
        pad = grid.pad();
        paddedWidth = grid.paddedWidth();
        this.agents = agents;
        activeAt = agents.activeAt();
        this.ratios = ratios.ratios();
        this.bits = bits;
        this.maxJailTerm = maxJailTerm;
        Bitboards boards = new Bitboards(grid);
        actives = boards.actives();
        cops = boards.cops();
        paddedHeight = boards.paddedHeight();
        windowMask = boards.windowMask();
        ghostColumn = grid.ghostColumns();
        ghostRow = grid.ghostRows();
        radius = pad;
        span = 2 * radius + 1;
        columnOf = new int[width + 2 * radius];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = Math.floorMod(i - radius, width);
        }
        rowOf = new int[grid.height() + 2 * radius];
        for (int i = 0; i < rowOf.length; i++) {
            rowOf[i] = Math.floorMod(i - radius, grid.height());
        }
        int cellsInWindow = span * span;
        moveBits = bitsPerTry(cellsInWindow);
        moveDraws = new int[1 << moveBits];
        moveOffsets = new int[1 << moveBits];
        int rejectBelow = (1 << moveBits) % cellsInWindow;
        for (int r = 0; r < moveDraws.length; r++) {
            int m = r * cellsInWindow;
            int t = (m & (moveDraws.length - 1)) < rejectBelow ? radius * span + radius : m >>> moveBits;
            int dx = t % span;
            int dy = t / span;
            moveDraws[r] = ((dy - radius) * paddedWidth + dx - radius) << 12 | dy << 6 | dx;
            moveOffsets[r] = moveDraws[r] >> 12;
        }
        rowWords = new long[span];
        scratch = new int[cellsInWindow];
    }

    /** A byte per try when the window has at most 256 cells (eight tries to a long), else the cheapest width. */
    private static int bitsPerTry(int cellsInWindow) {
        int best = 8;
        double bestCost = Double.MAX_VALUE;
        for (int b = 9; b <= 16 && cellsInWindow > 256; b++) {
            double cost = b / (1 - ((1 << b) % cellsInWindow) / (double) (1 << b));
            if (cost < bestCost) {
                bestCost = cost;
                best = b;
            }
        }
        return best;
    }

    private int index(int x, int y) {
        return (y + pad) * paddedWidth + x + pad;
    }

    /**
     * Draws the next agent uniformly from those not yet activated and activates it at once; a citizen drawn
     * in jail is dropped from the list instead.
     */
    @Override
    public void sweep(int today) {
        byte[] cells = this.cells;
        int[] order = agents.order();
        int[] position = agents.positions();
        int[] copXY = agents.copPositions();
        RandomBits bits = this.bits;
        int n = agents.listed();
        int i = 0;
        int j = n > 0 ? bits.slot(0, n) : 0;
        while (i < n) {
            int id = order[j];
            int xy = id >= 0 ? position[id] : copXY[~id];
            if (xy < 0) {
                position[id] = Population.JAILED_UNLISTED;
                order[j] = order[--n];
            } else {
                order[j] = order[i];
                order[i++] = id;
            }
            // The next draw, made now: it does not depend on this agent, so its reads need not wait for it.
            if (i < n) {
                j = bits.slot(i, n);
            }
            if (xy < 0) {
                continue;
            }
            // The citizen's cell byte, read before it moves (the byte moves with it): most citizens (Q = 0,
            // quiet) have nothing to decide, and this way the branch that says so does not wait on the move.
            int cell = cells[index(xy & 0xFFFF, xy >>> 16)];
            xy = move(xy, id);
            if (id >= 0) {
                position[id] = xy;
                if (cell != QUIET) {
                    decideAt(id, xy, cell);
                }
            } else {
                copXY[~id] = xy;
                arrest(xy, today);
            }
        }
        agents.setListed(n);
    }

    @Override
    public void decide(int citizen) {
        int xy = agents.positions()[citizen];
        decideAt(citizen, xy, cells[index(xy & 0xFFFF, xy >>> 16)]);
    }

    @Override
    public void placed(int x, int y, int code) {
        if (code == ACTIVE || code == COP) {
            mark(code == ACTIVE ? actives : cops, -1, -1, x, y);
        }
    }

    /**
     * Rule M in the square: to a random empty cell in the window, if any.
     *
     * <p>Tries random cells of the window ({@link #moveDraws}), eight at a time from eight random bytes,
     * without a branch per try: the first empty one of the eight is the destination, uniform over the empty
     * cells as with tries one by one. Only the bytes up to that try are used up: the tries after it decide
     * nothing, so their bytes are as random as before and serve the next draws. A window too large for one
     * byte per try takes two, one try at a time.
     */
    @Override
    public int move(int xy, int agent) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int at = index(x, y);
        byte[] c = cells;
        int[] draws = moveDraws;
        int[] offsets = moveOffsets;
        RandomBits bits = this.bits;
        if (moveBits <= 8) {
            // One look at the stock of random bytes for all the rounds (MOVE_TRIES bytes at most).
            bits.reserve(MOVE_TRIES);
            for (int round = 0; round < MOVE_TRIES; round += 8) {
                long v = bits.peekReserved();
                int empty = (c[at + offsets[(int) v & 0xFF]] & 0xFF) - 1 >>> 31
                        | ((c[at + offsets[(int) (v >>> 8) & 0xFF]] & 0xFF) - 1 >>> 31) << 1
                        | ((c[at + offsets[(int) (v >>> 16) & 0xFF]] & 0xFF) - 1 >>> 31) << 2
                        | ((c[at + offsets[(int) (v >>> 24) & 0xFF]] & 0xFF) - 1 >>> 31) << 3
                        | ((c[at + offsets[(int) (v >>> 32) & 0xFF]] & 0xFF) - 1 >>> 31) << 4
                        | ((c[at + offsets[(int) (v >>> 40) & 0xFF]] & 0xFF) - 1 >>> 31) << 5
                        | ((c[at + offsets[(int) (v >>> 48) & 0xFF]] & 0xFF) - 1 >>> 31) << 6
                        | ((c[at + offsets[(int) (v >>> 56) & 0xFF]] & 0xFF) - 1 >>> 31) << 7;
                if (empty != 0) {
                    int k = Integer.numberOfTrailingZeros(empty);
                    bits.skip(k + 1);
                    int draw = draws[(int) (v >>> (k << 3)) & 0xFF];
                    return relocate(x, y, columnOf[x + (draw & 63)], rowOf[y + ((draw >>> 6) & 63)], agent);
                }
                bits.skip(8);
            }
        } else {
            int mask = draws.length - 1;
            for (int attempt = 0; attempt < MOVE_TRIES; attempt++) {
                int draw = draws[bits.random16() & mask];
                if (c[at + (draw >> 12)] == EMPTY) {
                    return relocate(x, y, columnOf[x + (draw & 63)], rowOf[y + ((draw >>> 6) & 63)], agent);
                }
            }
        }
        return moveToAnyEmpty(x, y, agent);
    }

    /** Rule M in the square after the random tries missed: to one of the empty cells in the window, if any. */
    private int moveToAnyEmpty(int x, int y, int agent) {
        int free = 0;
        for (int dy = 0; dy < span; dy++) {
            int ty = rowOf[y + dy];
            int rowStart = (ty + pad) * paddedWidth + pad;
            for (int dx = 0; dx < span; dx++) {
                int tx = columnOf[x + dx];
                if (cells[rowStart + tx] == EMPTY) {
                    scratch[free++] = (ty << 16) | tx;
                }
            }
        }
        if (free == 0) {
            return (y << 16) | x;
        }
        int to = scratch[bits.uniform(free)];
        return relocate(x, y, to & 0xFFFF, to >>> 16, agent);
    }

    /**
     * Moves the occupant of (x, y), agent {@code agent} of the sweep's list, to the empty cell (tx, ty), its
     * marks with it; returns the new position.
     */
    private int relocate(int x, int y, int tx, int ty, int agent) {
        byte[] c = cells;
        byte cell = c[index(x, y)];
        Grid.write(c, paddedWidth, pad, ghostRow, ghostColumn, tx, ty, cell);
        Grid.write(c, paddedWidth, pad, ghostRow, ghostColumn, x, y, EMPTY);
        if ((cell & CODE) != QUIET) {
            moveMarks(x, y, tx, ty, cell & CODE, agent);
        }
        return (ty << 16) | tx;
    }

    /** The rest of a move for an active citizen or a cop: its index entry and its bitboard. */
    private void moveMarks(int x, int y, int tx, int ty, int code, int agent) {
        if (code == ACTIVE) {
            activeAt[ty * width + tx] = agent;
        }
        mark(code == ACTIVE ? actives : cops, x, y, tx, ty);
    }

    /**
     * Rule A for the citizen at xy whose cell byte is {@code cell}: active iff the ratio ⌊C/(A+1)⌋ is below
     * its Q, that is iff C &lt; Q·(A+1).
     *
     * <p>Outcomes are computed as 0 or 1 rather than branched on wherever one of them is rare (a citizen who
     * sees no cop, one who turns quiet): the JIT compiles a branch it has not yet seen taken as a trap back to
     * the interpreter, and such a trap, sprung later, costs a recompilation of the whole sweep.
     */
    private void decideAt(int citizen, int xy, int cell) {
        int was = (cell & CODE) >>> 1;
        int q = (cell >>> 2) & 63;
        if (q == LOOK_UP) {
            q = agents.quietFrom(citizen);
        } else if (q == ALWAYS_ACTIVE) {
            q = ratios;
        }
        int rebels;
        if (q == 0) {
            rebels = 0;
        } else if (q >= ratios) {
            rebels = 1;
        } else {
            int x = xy & 0xFFFF;
            int y = xy >>> 16;
            int h = paddedHeight;
            int s = span;
            long m = windowMask;
            int others = agents.activeCount() > was && Bitboards.any(actives, h, s, m, x, y)
                    ? Bitboards.count(actives, h, s, m, x, y) - was
                    : 0;
            if (q == 1 && others == 0) {
                rebels = (int) ((Bitboards.or(cops, h, s, m, x, y) - 1) >>> 63);
            } else if (q > 0) {
                rebels = (Bitboards.count(cops, h, s, m, x, y) - q * (others + 1)) >>> 31;
            } else {
                rebels = agents.rebelsAt(citizen, Bitboards.count(cops, h, s, m, x, y) / (others + 1)) ? 1 : 0;
            }
        }
        if (rebels != was) {
            turn(citizen, xy, cell, rebels);
        }
    }

    /**
     * The citizen at xy turns active ({@code rebels} 1) or quiet (0): its cell byte, the population's count
     * and its mark on the actives' board. Apart from {@link #decideAt} so that that stays small enough for
     * the JIT to inline into the sweep (HotSpot's FreqInlineSize, 325 bytes of bytecode).
     */
    private void turn(int citizen, int xy, int cell, int rebels) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        agents.setActive(citizen, cell, x, y, rebels);
        // Cleared where it was (turning quiet), set where it is (turning active); −1 for neither.
        mark(actives, x | -rebels, y, x | (rebels - 1), y);
    }

    /** Rule C in the square: one active citizen in the cop's window, chosen at random, if any. */
    @Override
    public void arrest(int xy, int today) {
        if (agents.activeCount() == 0) {
            return;
        }
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        if (!Bitboards.any(actives, paddedHeight, span, windowMask, x, y)) {
            return;
        }
        arrestOne(x, y, today);
    }

    /** Rule C's arrest, when some active is in the window around (x, y): one of them at random. */
    private void arrestOne(int x, int y, int today) {
        long[] words = rowWords;
        int n = 0;
        for (int d = 0; d < span; d++) {
            long row = Bitboards.row(actives, paddedHeight, windowMask, y + d, x);
            words[d] = row;
            n += Long.bitCount(row);
        }
        int k = bits.uniform(n);
        for (int d = 0; d < span; d++) {
            int inRow = Long.bitCount(words[d]);
            if (k < inRow) {
                int tx = columnOf[x + nthBit(words[d], k)];
                int ty = rowOf[y + d];
                jail(activeAt[ty * width + tx], bits.uniform(maxJailTerm + 1), today);
                return;
            }
            k -= inRow;
        }
    }

    private void jail(int citizen, int term, int today) {
        int xy = agents.positions()[citizen];
        mark(actives, xy & 0xFFFF, xy >>> 16, -1, -1);
        agents.jail(citizen, term, today);
    }

    /** Moves a mark on board b as {@link Bitboards#move(long[], int, int, int[], int[], int, int, int, int)}. */
    private void mark(long[] b, int fromX, int fromY, int toX, int toY) {
        Bitboards.move(b, paddedHeight, radius, ghostRow, ghostColumn, fromX, fromY, toX, toY);
    }

    /** The position of the k-th (from 0) set bit of a word that has more than k. */
    private static int nthBit(long word, int k) {
        for (; k > 0; k--) {
            word &= word - 1;
        }
        return Long.numberOfTrailingZeros(word);
    }
}
