package org.isfsim.model.epstein;

import java.util.Arrays;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Epstein's civil violence model (Epstein 2002, "Modeling civil violence: An agent-based computational
 * approach", PNAS 99 suppl. 3, Model I: generalized rebellion against central authority), as a MASON model
 * of its own: citizens and cops on a torus, one agent per cell, each step one random-sequential sweep in
 * which every agent on the grid moves (Rule M) and then acts (Rule A for citizens, Rule C for cops), seeing
 * the moves and states of those activated before it.
 *
 * <p>Agents are kept in flat arrays, not objects: citizen {@code i} has a position (or −1 in jail), hardship,
 * risk aversion and release step; cop {@code j} a position. A position is packed as {@code (y << 16) | x}.
 * The occupancy grid holds a code per cell ({@link #EMPTY}, {@link #QUIET}, {@link #ACTIVE}, {@link #COP}),
 * and a sweep allocates nothing.
 *
 * <p><b>Square vision.</b> When the vision is the {@code MOORE} square and its window fits the torus (and a
 * 63-bit word), the grid is also kept as row bitboards — a bit per cell for occupied cells, actives and
 * cops — padded on every side by the vision radius with copies of the cells across the seam, so that the
 * window of any agent is, in every one of its rows, one or two words shifted and masked, and counting is
 * {@link Long#bitCount}. Any other vision (the cross, or a window that wraps onto itself) scans the grid
 * along the precomputed {@link Vision} offsets.
 *
 * <p><b>Rule A without arithmetic.</b> A citizen is active iff {@code G − R·P > T}, with P = p(q) for the
 * ratio q = ⌊C/(A+1)⌋, and p nondecreasing in q. So each citizen has a least ratio {@code Q} at which it is
 * quiet (found once, from the same floating-point expression), and is active iff q &lt; Q, that is iff
 * {@code C < Q·(A+1)}. A citizen with Q = 0 is quiet whatever it sees, one with Q above the largest possible
 * ratio active whatever it sees; neither needs to look. The others count actives, then cops only until the
 * answer is known.
 *
 * <p><b>Rule M by rejection.</b> A move draws random cells of the vision until one is empty; after a few
 * misses it falls back to counting the empty cells in vision and picking one of them. Either way the
 * destination is uniform over the empty cells in vision.
 *
 * <p>A citizen arrested during step {@code t} with a term of {@code J} steps sits out the sweeps of steps
 * {@code t+1 .. t+J} and, at the start of step {@code t+J+1}, reappears quiet on a random empty cell
 * (waiting for a later step if none is empty), then is activated in that step's sweep like anyone else.
 *
 * <p>Under the Run 1 settings the square ({@code MOORE}) vision reproduces the paper's punctuated
 * equilibrium; the paper's literal cross ({@code VON_NEUMANN}, see {@link Vision}) does not: a third of
 * citizens then see no cop, and the grid simmers at 5–7 % active with no outbursts.
 */
public class EpsteinModel extends SimState {
    private static final long serialVersionUID = 2L;

    /** Steps a run records when the caller does not say. */
    public static final int DEFAULT_DAYS = 1000;

    /** Cell code: nobody. */
    public static final int EMPTY = 0;
    /** Cell code: a quiet citizen. */
    public static final int QUIET = 1;
    /** Cell code: an active citizen. */
    public static final int ACTIVE = 2;
    /** Cell code: a cop. */
    public static final int COP = 3;

    private static final byte EMPTY_CELL = EMPTY;
    private static final byte QUIET_CELL = QUIET;
    private static final byte ACTIVE_CELL = ACTIVE;
    private static final byte COP_CELL = COP;

    /** Random cells a move tries before it counts the empty cells in vision. */
    private static final int MOVE_TRIES = 12;
    /** The widest square window kept as bitboards: its rows must fit a word with a bit to spare. */
    private static final int MAX_BITBOARD_SPAN = 63;

    private EpsteinParameters parameters;
    private int days;

    private int width;
    private int height;
    private Vision vision;
    /** 1 − exp(−k·q) for q = ⌊C/(A+1)⌋ = 0 .. cells in vision. */
    private double[] arrestProbabilityByRatio;
    private double threshold;
    /** Whether P never decreases with the ratio (Math.exp is semi-monotonic, so it never does; a guard). */
    private boolean ratioOrdered;
    private int maxJailTerm;

    /** Occupancy code per cell, indexed {@code y · width + x}. */
    private byte[] cells;
    /** The citizen in each cell, or −1. */
    private int[] citizenAt;
    private int emptyCells;

    // The square window as bitboards (null when the vision is not a square that fits).
    private boolean square;
    private int radius;
    private int span;
    /** Words per padded row: a padded row holds {@code width + 2·radius} bits, real x at bit x + radius. */
    private int wordsPerRow;
    private long windowMask;
    /** Padded rows {@code 0 .. height + 2·radius − 1}, real y at padded row y + radius; one spare word. */
    private long[] occupiedRows;
    private long[] activeRows;
    private long[] copRows;
    /** The padded bit of the copy of column x across the seam, or −1. */
    private int[] ghostColumn;
    /** The padded row of the copy of row y across the seam, or −1. */
    private int[] ghostRow;
    /** The real column of window column d seen from x: {@code (x + d − radius) mod width}, at index x + d. */
    private int[] columnOf;
    /** The real row of window row d seen from y, at index y + d. */
    private int[] rowOf;
    /** Window cell t = dy · span + dx as its column dx and row dy, 0 .. span − 1. */
    private byte[] windowDx;
    private byte[] windowDy;
    /** Actives per window row, from the count a cop makes before it picks one. */
    private int[] rowCounts;

    private int citizens;
    /** {@code (y << 16) | x}, or −1 while in jail. */
    private int[] citizenXY;
    /** The least ratio ⌊C/(A+1)⌋ at which the citizen stays quiet; −1: evaluate Rule A directly. */
    private int[] quietFrom;
    private double[] hardship;
    private double[] riskAversion;
    private double[] grievance;
    private int[] releaseStep;
    /** No jailed citizen is due out before this step. */
    private int nextRelease;

    private int cops;
    private int[] copXY;

    private int active;
    private int jailed;

    /**
     * Agent ids 0..citizens−1 are citizens, citizens..citizens+cops−1 cops: a permutation, shuffled in place
     * as the sweep goes.
     */
    private int[] order;
    /** Cells collected during one agent's look around, when the vision is not a square. */
    private int[] scratch;

    private int currentStep;
    private MetricsTable metrics;

    /** A model with the default parameters and {@link #DEFAULT_DAYS}, as MASON's {@code doLoop} and Console make it. */
    public EpsteinModel(long seed) {
        this(seed, EpsteinParameters.defaults(), DEFAULT_DAYS);
    }

    /**
     * @param days the last day recorded: {@link #metrics()} holds a row for each of days 0..days
     */
    public EpsteinModel(long seed, EpsteinParameters parameters, int days) {
        super(seed);
        seedFully(seed);
        setParameters(parameters);
        setDays(days);
    }

    /**
     * MASON seeds its generator from the low 32 bits of a long only; isf-sim's run seeds use all 64, so that
     * two runs of a large sweep cannot share a stream.
     */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        seedFully(seed);
    }

    private void seedFully(long seed) {
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /**
     * Rebuilds the world from the current parameters: citizens on {@code citizenDensity} of the cells and
     * cops on {@code copDensity}, at random, every citizen quiet with hardship H and risk aversion R drawn
     * from U(0,1); then schedules the daily sweep.
     */
    @Override
    public void start() {
        super.start();
        width = parameters.width();
        height = parameters.height();
        vision = Vision.of(parameters.neighbourhood(), parameters.vision(), width, height);
        threshold = parameters.threshold();
        maxJailTerm = parameters.maxJailTerm();
        arrestProbabilityByRatio = new double[vision.size() + 1];
        for (int q = 0; q < arrestProbabilityByRatio.length; q++) {
            arrestProbabilityByRatio[q] = 1 - Math.exp(-parameters.arrestConstant() * q);
        }
        ratioOrdered = true;
        for (int q = 1; q < arrestProbabilityByRatio.length; q++) {
            ratioOrdered &= arrestProbabilityByRatio[q - 1] <= arrestProbabilityByRatio[q];
        }
        int cellCount = width * height;
        cells = new byte[cellCount];
        citizenAt = new int[cellCount];
        Arrays.fill(citizenAt, -1);
        emptyCells = cellCount;
        scratch = new int[vision.size()];
        buildBitboards();

        int citizenTarget = (int) Math.round(parameters.citizenDensity() * cellCount);
        int copTarget = Math.min((int) Math.round(parameters.copDensity() * cellCount), cellCount - citizenTarget);
        int[] shuffled = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            shuffled[c] = c;
        }
        for (int i = 0; i < citizenTarget + copTarget; i++) {
            int j = i + bounded(cellCount - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        citizens = 0;
        citizenXY = new int[citizenTarget];
        quietFrom = new int[citizenTarget];
        hardship = new double[citizenTarget];
        riskAversion = new double[citizenTarget];
        grievance = new double[citizenTarget];
        releaseStep = new int[citizenTarget];
        nextRelease = Integer.MAX_VALUE;
        cops = 0;
        copXY = new int[copTarget];
        active = 0;
        jailed = 0;
        for (int i = 0; i < citizenTarget; i++) {
            double h = random.nextDouble();
            double r = random.nextDouble();
            putCitizen(shuffled[i], h, r, false);
        }
        for (int j = 0; j < copTarget; j++) {
            putCop(shuffled[citizenTarget + j]);
        }
        order = new int[0];

        currentStep = 0;
        metrics = new MetricsTable(days);
        schedule.scheduleRepeating(0.0, 0, new Sweep(), 1.0);
    }

    /** Sets up the padded row bitboards and their lookup tables, if the vision is a square that fits. */
    private void buildBitboards() {
        radius = vision.radius();
        span = 2 * radius + 1;
        square = vision.shape() == Neighbourhood.MOORE && span <= width && span <= height
                && span <= MAX_BITBOARD_SPAN && width < (1 << 15) && height < (1 << 15);
        if (!square) {
            occupiedRows = null;
            activeRows = null;
            copRows = null;
            return;
        }
        wordsPerRow = (width + 2 * radius + 63) >>> 6;
        windowMask = (1L << span) - 1;
        int words = (height + 2 * radius) * wordsPerRow + 1;
        occupiedRows = new long[words];
        activeRows = new long[words];
        copRows = new long[words];
        ghostColumn = new int[width];
        for (int x = 0; x < width; x++) {
            ghostColumn[x] = x < radius ? x + radius + width : x >= width - radius ? x + radius - width : -1;
        }
        ghostRow = new int[height];
        for (int y = 0; y < height; y++) {
            ghostRow[y] = y < radius ? y + radius + height : y >= height - radius ? y + radius - height : -1;
        }
        columnOf = new int[width + 2 * radius];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = Math.floorMod(i - radius, width);
        }
        rowOf = new int[height + 2 * radius];
        for (int i = 0; i < rowOf.length; i++) {
            rowOf[i] = Math.floorMod(i - radius, height);
        }
        windowDx = new byte[span * span];
        windowDy = new byte[span * span];
        for (int t = 0; t < span * span; t++) {
            windowDx[t] = (byte) (t % span);
            windowDy[t] = (byte) (t / span);
        }
        rowCounts = new int[span];
    }

    /** One step: releases, one random-sequential sweep of every agent on the grid, the metrics row. */
    private static final class Sweep implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((EpsteinModel) state).sweep();
        }
    }

    /**
     * The sweep: a Fisher–Yates shuffle of all agents run forwards, each agent activated as soon as its
     * place in the order is drawn, so the order is uniformly random as before and costs no separate pass.
     */
    private void sweep() {
        releaseDue();
        int agents = citizens + cops;
        if (order.length != agents) {
            order = new int[agents];
            for (int i = 0; i < agents; i++) {
                order[i] = i;
            }
        }
        int[] order = this.order;
        int citizens = this.citizens;
        if (square) {
            for (int i = 0; i < agents; i++) {
                int j = i + bounded(agents - i);
                int id = order[j];
                order[j] = order[i];
                order[i] = id;
                if (id < citizens) {
                    int xy = citizenXY[id];
                    if (xy >= 0) {
                        xy = moveInSquare(xy);
                        citizenXY[id] = xy;
                        decideInSquare(id, xy);
                    }
                } else {
                    int cop = id - citizens;
                    int xy = moveInSquare(copXY[cop]);
                    copXY[cop] = xy;
                    arrestInSquare(xy);
                }
            }
        } else {
            for (int i = 0; i < agents; i++) {
                int j = i + bounded(agents - i);
                int id = order[j];
                order[j] = order[i];
                order[i] = id;
                if (id < citizens) {
                    int xy = citizenXY[id];
                    if (xy >= 0) {
                        xy = moveAlongVision(xy);
                        citizenXY[id] = xy;
                        decideAlongVision(id, xy);
                    }
                } else {
                    int cop = id - citizens;
                    int xy = moveAlongVision(copXY[cop]);
                    copXY[cop] = xy;
                    arrestAlongVision(xy);
                }
            }
        }
        recordMetrics();
        currentStep++;
    }

    /**
     * A uniform integer in [0, n), n &gt; 0, from one 32-bit draw almost always (Lemire's multiply-and-reject,
     * which needs no division unless the draw lands in the thin band it must reject from).
     */
    private int bounded(int n) {
        long m = (random.nextInt() & 0xFFFFFFFFL) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long reject = (0x100000000L - n) % n;
            while (low < reject) {
                m = (random.nextInt() & 0xFFFFFFFFL) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    // ---------------------------------------------------------------------------------------------------
    // The square window, on bitboards.

    /** The window row of board {@code b} that starts at padded row {@code py}, seen from column x, masked. */
    private long windowRow(long[] b, int py, int x) {
        int i = py * wordsPerRow + (x >>> 6);
        int s = x & 63;
        return ((b[i] >>> s) | ((b[i + 1] << 1) << (63 - s))) & windowMask;
    }

    /** The bits of board {@code b} in the window around (x, y), the centre included. */
    private int countInSquare(long[] b, int x, int y) {
        int w = wordsPerRow;
        int i = y * w + (x >>> 6);
        int s = x & 63;
        int t = 63 - s;
        long mask = windowMask;
        int n = 0;
        for (int d = span; d > 0; d--, i += w) {
            n += Long.bitCount(((b[i] >>> s) | ((b[i + 1] << 1) << t)) & mask);
        }
        return n;
    }

    /** Whether the cops in the window around (x, y) number {@code need} or more; stops counting once they do. */
    private boolean copsReach(int x, int y, int need) {
        long[] b = copRows;
        int w = wordsPerRow;
        int i = y * w + (x >>> 6);
        int s = x & 63;
        int t = 63 - s;
        long mask = windowMask;
        int n = 0;
        for (int d = span; d > 0; d--, i += w) {
            n += Long.bitCount(((b[i] >>> s) | ((b[i + 1] << 1) << t)) & mask);
            if (n >= need) {
                return true;
            }
        }
        return false;
    }

    private void setBit(long[] b, int x, int y) {
        int w = wordsPerRow;
        int px = x + radius;
        int gx = ghostColumn[x];
        int row = (y + radius) * w;
        b[row + (px >>> 6)] |= 1L << px;
        if (gx >= 0) {
            b[row + (gx >>> 6)] |= 1L << gx;
        }
        int gy = ghostRow[y];
        if (gy >= 0) {
            row = gy * w;
            b[row + (px >>> 6)] |= 1L << px;
            if (gx >= 0) {
                b[row + (gx >>> 6)] |= 1L << gx;
            }
        }
    }

    private void clearBit(long[] b, int x, int y) {
        int w = wordsPerRow;
        int px = x + radius;
        int gx = ghostColumn[x];
        int row = (y + radius) * w;
        b[row + (px >>> 6)] &= ~(1L << px);
        if (gx >= 0) {
            b[row + (gx >>> 6)] &= ~(1L << gx);
        }
        int gy = ghostRow[y];
        if (gy >= 0) {
            row = gy * w;
            b[row + (px >>> 6)] &= ~(1L << px);
            if (gx >= 0) {
                b[row + (gx >>> 6)] &= ~(1L << gx);
            }
        }
    }

    /** Marks a cell's new occupant on the bitboards (none for an empty cell). */
    private void markBits(int x, int y, byte code) {
        if (code == EMPTY_CELL) {
            return;
        }
        setBit(occupiedRows, x, y);
        if (code == ACTIVE_CELL) {
            setBit(activeRows, x, y);
        } else if (code == COP_CELL) {
            setBit(copRows, x, y);
        }
    }

    /** Takes a cell's occupant off the bitboards. */
    private void unmarkBits(int x, int y, byte code) {
        if (code == EMPTY_CELL) {
            return;
        }
        clearBit(occupiedRows, x, y);
        if (code == ACTIVE_CELL) {
            clearBit(activeRows, x, y);
        } else if (code == COP_CELL) {
            clearBit(copRows, x, y);
        }
    }

    /** Rule M in the square: to a random empty cell in the window, if any. Returns the new position. */
    private int moveInSquare(int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int cellsInWindow = span * span;
        for (int attempt = 0; attempt < MOVE_TRIES; attempt++) {
            int t = bounded(cellsInWindow);
            int tx = columnOf[x + windowDx[t]];
            int ty = rowOf[y + windowDy[t]];
            if (cells[ty * width + tx] == EMPTY_CELL) {
                return relocate(x, y, tx, ty);
            }
        }
        int free = 0;
        for (int d = 0; d < span; d++) {
            free += Long.bitCount(~windowRow(occupiedRows, y + d, x) & windowMask);
        }
        if (free == 0) {
            return xy;
        }
        int k = bounded(free);
        for (int d = 0; ; d++) {
            long row = ~windowRow(occupiedRows, y + d, x) & windowMask;
            int n = Long.bitCount(row);
            if (k < n) {
                return relocate(x, y, columnOf[x + nthBit(row, k)], rowOf[y + d]);
            }
            k -= n;
        }
    }

    /** The position of the k-th (from 0) set bit of a word that has more than k. */
    private static int nthBit(long word, int k) {
        for (; k > 0; k--) {
            word &= word - 1;
        }
        return Long.numberOfTrailingZeros(word);
    }

    /** Moves the occupant of (x, y) to the empty cell (tx, ty); returns the new position. */
    private int relocate(int x, int y, int tx, int ty) {
        int from = y * width + x;
        int to = ty * width + tx;
        byte code = cells[from];
        cells[to] = code;
        cells[from] = EMPTY_CELL;
        citizenAt[to] = citizenAt[from];
        citizenAt[from] = -1;
        if (square) {
            unmarkBits(x, y, code);
            markBits(tx, ty, code);
        }
        return (ty << 16) | tx;
    }

    /** Rule A in the square, for the citizen at xy. */
    private void decideInSquare(int citizen, int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int at = y * width + x;
        boolean was = cells[at] == ACTIVE_CELL;
        int q = quietFrom[citizen];
        boolean rebels;
        if (q == 0) {
            rebels = false;
        } else if (q >= arrestProbabilityByRatio.length) {
            rebels = true;
        } else {
            int others = active - (was ? 1 : 0);
            if (others > 0) {
                others = countInSquare(activeRows, x, y) - (was ? 1 : 0);
            }
            if (q > 0) {
                rebels = !copsReach(x, y, q * (others + 1));
            } else {
                int copsSeen = countInSquare(copRows, x, y);
                rebels = rebelsAt(citizen, copsSeen / (others + 1));
            }
        }
        setActive(citizen, at, x, y, was, rebels);
    }

    /** Rule C in the square: the cop at xy arrests one active citizen in its window, chosen at random, if any. */
    private void arrestInSquare(int xy) {
        if (active == 0) {
            return;
        }
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int n = 0;
        for (int d = 0; d < span; d++) {
            int c = Long.bitCount(windowRow(activeRows, y + d, x));
            rowCounts[d] = c;
            n += c;
        }
        if (n == 0) {
            return;
        }
        int k = bounded(n);
        for (int d = 0; ; d++) {
            if (k < rowCounts[d]) {
                int tx = columnOf[x + nthBit(windowRow(activeRows, y + d, x), k)];
                int ty = rowOf[y + d];
                jail(citizenAt[ty * width + tx], bounded(maxJailTerm + 1));
                return;
            }
            k -= rowCounts[d];
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Any other vision, along the Vision offsets.

    /** Rule M along the vision offsets: to a random empty cell within vision, if any. */
    private int moveAlongVision(int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int size = vision.size();
        if (size == 0) {
            return xy;
        }
        for (int attempt = 0; attempt < MOVE_TRIES; attempt++) {
            int c = vision.cell(x, y, bounded(size));
            if (cells[c] == EMPTY_CELL) {
                return relocate(x, y, c % width, c / width);
            }
        }
        int n = 0;
        for (int k = 0; k < size; k++) {
            int c = vision.cell(x, y, k);
            if (cells[c] == EMPTY_CELL) {
                scratch[n++] = c;
            }
        }
        if (n == 0) {
            return xy;
        }
        int c = scratch[bounded(n)];
        return relocate(x, y, c % width, c / width);
    }

    /** Rule A along the vision offsets, for the citizen at xy. */
    private void decideAlongVision(int citizen, int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int at = y * width + x;
        boolean was = cells[at] == ACTIVE_CELL;
        int q = quietFrom[citizen];
        boolean rebels;
        if (q == 0) {
            rebels = false;
        } else if (q >= arrestProbabilityByRatio.length) {
            rebels = true;
        } else {
            int copsSeen = 0;
            int activesSeen = 0;
            for (int k = 0, size = vision.size(); k < size; k++) {
                byte code = cells[vision.cell(x, y, k)];
                if (code == COP_CELL) {
                    copsSeen++;
                } else if (code == ACTIVE_CELL) {
                    activesSeen++;
                }
            }
            rebels = q > 0 ? copsSeen < (long) q * (activesSeen + 1) : rebelsAt(citizen, copsSeen / (activesSeen + 1));
        }
        setActive(citizen, at, x, y, was, rebels);
    }

    /** Rule C along the vision offsets, for the cop at xy. */
    private void arrestAlongVision(int xy) {
        if (active == 0) {
            return;
        }
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int n = 0;
        for (int k = 0, size = vision.size(); k < size; k++) {
            int c = vision.cell(x, y, k);
            if (cells[c] == ACTIVE_CELL) {
                scratch[n++] = c;
            }
        }
        if (n > 0) {
            int cell = scratch[bounded(n)];
            jail(citizenAt[cell], bounded(maxJailTerm + 1));
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /** Rule A's inequality itself, G − R·P > T, for a ratio ⌊C/(A+1)⌋. */
    private boolean rebelsAt(int citizen, int ratio) {
        return grievance[citizen] - riskAversion[citizen] * arrestProbabilityByRatio[ratio] > threshold;
    }

    /**
     * The least ratio ⌊C/(A+1)⌋ at which the citizen stays quiet, or the table's length if it rebels at every
     * ratio: P is nondecreasing in the ratio, so for R ≥ 0 the citizen is active exactly below it. −1 when R
     * is negative or not a number, or P is not monotone: then Rule A is evaluated as written.
     */
    private int quietFrom(int citizen) {
        if (!(riskAversion[citizen] >= 0) || !ratioOrdered) {
            return -1;
        }
        int lo = 0;
        int hi = arrestProbabilityByRatio.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rebelsAt(citizen, mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void setActive(int citizen, int at, int x, int y, boolean was, boolean rebels) {
        if (rebels != was) {
            cells[at] = rebels ? ACTIVE_CELL : QUIET_CELL;
            active += rebels ? 1 : -1;
            if (square) {
                if (rebels) {
                    setBit(activeRows, x, y);
                } else {
                    clearBit(activeRows, x, y);
                }
            }
        }
    }

    /**
     * Rule A, where the citizen stands: active if G − R·P > T, with G = H·(1 − L) and P from the cops and
     * other actives in vision ({@link #arrestProbability}).
     */
    void decide(int citizen) {
        int xy = citizenXY[citizen];
        if (square) {
            decideInSquare(citizen, xy);
        } else {
            decideAlongVision(citizen, xy);
        }
    }

    /** Rule C, where the cop stands: arrests one active citizen in vision, chosen at random, if any. */
    void arrestInVision(int cop) {
        if (square) {
            arrestInSquare(copXY[cop]);
        } else {
            arrestAlongVision(copXY[cop]);
        }
    }

    private void jail(int citizen, int term) {
        int xy = citizenXY[citizen];
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int at = y * width + x;
        if (square) {
            unmarkBits(x, y, cells[at]);
        }
        cells[at] = EMPTY_CELL;
        citizenAt[at] = -1;
        citizenXY[citizen] = -1;
        emptyCells++;
        releaseStep[citizen] = currentStep + term + 1;
        nextRelease = Math.min(nextRelease, releaseStep[citizen]);
        active--;
        jailed++;
    }

    /** Puts every citizen whose term is over back on a random empty cell, quiet, while any cell is empty. */
    void releaseDue() {
        if (jailed == 0 || nextRelease > currentStep) {
            return;
        }
        int next = Integer.MAX_VALUE;
        for (int i = 0; i < citizens && jailed > 0; i++) {
            if (citizenXY[i] < 0) {
                if (releaseStep[i] <= currentStep && emptyCells > 0) {
                    int cell = randomEmptyCell();
                    int x = cell % width;
                    int y = cell / width;
                    cells[cell] = QUIET_CELL;
                    citizenAt[cell] = i;
                    citizenXY[i] = (y << 16) | x;
                    if (square) {
                        markBits(x, y, QUIET_CELL);
                    }
                    emptyCells--;
                    jailed--;
                } else {
                    next = Math.min(next, releaseStep[i]);
                }
            }
        }
        nextRelease = next;
    }

    /** A uniformly random empty cell; there must be one. */
    private int randomEmptyCell() {
        int cellCount = cells.length;
        if (emptyCells * 8 >= cellCount) {
            while (true) {
                int c = bounded(cellCount);
                if (cells[c] == EMPTY_CELL) {
                    return c;
                }
            }
        }
        int skip = bounded(emptyCells);
        for (int c = 0; c < cellCount; c++) {
            if (cells[c] == EMPTY_CELL && skip-- == 0) {
                return c;
            }
        }
        throw new IllegalStateException("no empty cell although " + emptyCells + " were counted");
    }

    private void recordMetrics() {
        if (currentStep > days) {
            return;
        }
        double[] row = metrics.rowFor(currentStep);
        Arrays.fill(row, Double.NaN);
        int free = citizens - jailed;
        row[Metric.ACTIVE_CIVILIANS_SHARE.ordinal()] = free == 0 ? 0 : (double) active / free;
        row[Metric.DETAINED_SHARE.ordinal()] = citizens == 0 ? 0 : (double) jailed / citizens;
    }

    /**
     * The citizen's estimate of its arrest probability if it goes active, P = 1 − exp(−k·⌊C/(A+1)⌋), where
     * C is the cops and A the other actives in vision, the "+1" being the citizen itself (Epstein 2002 chose
     * k = 2.3 so that P = 0.9 for one cop and one active, itself). The floor is not in the paper's formula; it
     * is NetLogo Rebellion's, whose authors found the model shows no punctuated equilibrium without it (Mesa
     * rounds instead). It makes P zero whenever actives outnumber cops.
     */
    public static double arrestProbability(double k, int copsInVision, int otherActivesInVision) {
        return 1 - Math.exp(-k * (copsInVision / (otherActivesInVision + 1)));
    }

    private int putCitizen(int cell, double h, double r, boolean rebelling) {
        if (cells[cell] != EMPTY_CELL) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (citizens == citizenXY.length) {
            int capacity = Math.max(4, 2 * citizens);
            citizenXY = Arrays.copyOf(citizenXY, capacity);
            quietFrom = Arrays.copyOf(quietFrom, capacity);
            hardship = Arrays.copyOf(hardship, capacity);
            riskAversion = Arrays.copyOf(riskAversion, capacity);
            grievance = Arrays.copyOf(grievance, capacity);
            releaseStep = Arrays.copyOf(releaseStep, capacity);
        }
        int id = citizens++;
        int x = cell % width;
        int y = cell / width;
        citizenXY[id] = (y << 16) | x;
        hardship[id] = h;
        riskAversion[id] = r;
        grievance[id] = h * (1 - parameters.legitimacy());
        quietFrom[id] = quietFrom(id);
        byte code = rebelling ? ACTIVE_CELL : QUIET_CELL;
        cells[cell] = code;
        citizenAt[cell] = id;
        if (square) {
            markBits(x, y, code);
        }
        emptyCells--;
        if (rebelling) {
            active++;
        }
        return id;
    }

    private int putCop(int cell) {
        if (cells[cell] != EMPTY_CELL) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (cops == copXY.length) {
            copXY = Arrays.copyOf(copXY, Math.max(4, 2 * cops));
        }
        int x = cell % width;
        int y = cell / width;
        copXY[cops] = (y << 16) | x;
        cells[cell] = COP_CELL;
        if (square) {
            markBits(x, y, COP_CELL);
        }
        emptyCells--;
        return cops++;
    }

    /** Test hook: places a citizen on an empty cell of a started model; returns its id. */
    int addCitizen(int x, int y, double h, double r, boolean rebelling) {
        return putCitizen(y * width + x, h, r, rebelling);
    }

    /** Test hook: places a cop on an empty cell of a started model; returns its id. */
    int addCop(int x, int y) {
        return putCop(y * width + x);
    }

    private int cellOf(int xy) {
        return xy < 0 ? -1 : (xy >>> 16) * width + (xy & 0xFFFF);
    }

    /** The cell index {@code y · width + x} of a citizen, or −1 while it is in jail. */
    int citizenCell(int citizen) {
        return cellOf(citizenXY[citizen]);
    }

    /** The cell index {@code y · width + x} of a cop. */
    int copCell(int cop) {
        return cellOf(copXY[cop]);
    }

    /** The step at whose start a jailed citizen is due out. */
    int releaseStep(int citizen) {
        return releaseStep[citizen];
    }

    /** What is at (x, y): {@link #EMPTY}, {@link #QUIET}, {@link #ACTIVE} or {@link #COP}. */
    public int stateAt(int x, int y) {
        return cells[y * width + x];
    }

    /** The grievance H·(1 − L) of the citizen at (x, y), or NaN when no citizen is there. */
    public double grievanceAt(int x, int y) {
        int citizen = citizenAt[y * width + x];
        return citizen < 0 ? Double.NaN : grievance[citizen];
    }

    public CitizenState citizenState(int citizen) {
        int at = citizenCell(citizen);
        if (at < 0) {
            return CitizenState.JAILED;
        }
        return cells[at] == ACTIVE_CELL ? CitizenState.ACTIVE : CitizenState.QUIET;
    }

    public double hardship(int citizen) {
        return hardship[citizen];
    }

    public double riskAversion(int citizen) {
        return riskAversion[citizen];
    }

    public MetricsTable metrics() {
        return metrics;
    }

    public int activeCount() {
        return active;
    }

    public int jailedCount() {
        return jailed;
    }

    public int quietCount() {
        return citizens - active - jailed;
    }

    /** All citizens, on the grid or in jail. */
    public int citizenCount() {
        return citizens;
    }

    public int copCount() {
        return cops;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The cells every agent sees, from the current run. */
    public Vision vision() {
        return vision;
    }

    /** Steps completed since {@link #start()}: the next step to run, and the next metrics row. */
    public int stepsCompleted() {
        return currentStep;
    }

    /** The last day recorded by {@link #metrics()}; a model stepped past it runs on without recording. */
    public int days() {
        return days;
    }

    /** Sets the last day the next {@link #start()} records. */
    public void setDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more: " + days);
        }
        this.days = days;
    }

    public EpsteinParameters parameters() {
        return parameters;
    }

    /** Sets the parameters the next {@link #start()} builds the world from. */
    public void setParameters(EpsteinParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required");
        }
        this.parameters = parameters;
    }
}
