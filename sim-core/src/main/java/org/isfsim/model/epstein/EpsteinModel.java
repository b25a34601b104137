package org.isfsim.model.epstein;

import java.util.Arrays;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.EpsteinParameters.Neighbourhood;
import org.isfsim.model.FullySeededState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Epstein's civil violence model (Epstein 2002, "Modeling civil violence: An agent-based computational
 * approach", PNAS 99 suppl. 3, Model I: generalized rebellion against central authority), as a MASON model
 * of its own: citizens and cops on a torus, one agent per cell, each step one random-sequential sweep in
 * which every agent on the grid moves (Rule M) and then acts (Rule A for citizens, Rule C for cops), seeing
 * the moves and states of those activated before it.
 *
 * <p>A citizen arrested during step {@code t} with a term of {@code J} steps sits out the sweeps of steps
 * {@code t+1 .. t+J} and, at the start of step {@code t+J+1}, reappears quiet on a random empty cell
 * (waiting for a later step if none is empty), then is activated in that step's sweep like anyone else.
 *
 * <p>Under the Run 1 settings the square ({@code MOORE}) vision reproduces the paper's punctuated
 * equilibrium; the paper's literal cross ({@code VON_NEUMANN}, see {@link Vision}) does not: a third of
 * citizens then see no cop, and the grid simmers at 5–7 % active with no outbursts.
 *
 * <h2>How it is made fast</h2>
 *
 * <p>Agents are flat arrays, not objects, and a sweep allocates nothing. A position is packed as
 * {@code (y << 16) | x}. Each cell holds a byte: its occupant's code ({@link #EMPTY}, {@link #QUIET},
 * {@link #ACTIVE}, {@link #COP}) in the low two bits and, for a citizen, its <em>quiet class</em> above them,
 * so that the citizen's rule travels with it and an activation reads little beyond its own neighbourhood.
 *
 * <p><b>Rule A without arithmetic.</b> A citizen is active iff {@code G − R·P > T}, with P = p(q) for the
 * ratio q = ⌊C/(A+1)⌋ and p nondecreasing in q. So each citizen has a least ratio Q at which it is quiet,
 * found once from the very same floating-point expression ({@link #quietFrom(int)}), and is active iff
 * q &lt; Q, that is iff {@code C < Q·(A+1)}. A citizen with Q = 0 is quiet whatever it sees, one with Q above
 * the largest possible ratio is active whatever it sees: neither looks. The others first look for other
 * actives (a glance at the window's rows, a count only if there are any); with none, a citizen with Q = 1,
 * the usual case, only needs to know whether any cop is in sight (an OR of the rows), and else the cops are
 * counted and compared with Q·(A+1).
 *
 * <p><b>Square vision on bitboards.</b> When the vision is the {@code MOORE} square and its window fits the
 * torus and a word, actives and cops are also kept as row bitboards, a long or several per row, padded on
 * every side by the vision radius with copies of the cells across the seam: the window of any agent is then,
 * in each of its rows, one or two words shifted and masked, counted with {@link Long#bitCount}. Any other
 * vision (the cross, or a window that wraps onto itself) scans the grid along the {@link Vision} offsets.
 *
 * <p><b>Rule M by rejection.</b> A move draws random cells of the vision until one is empty; after a
 * number of misses it lists the empty cells in vision and picks one of them. Either way the destination is
 * uniform over the empty cells in vision.
 *
 * <p><b>The sweep.</b> The random order is a Fisher–Yates shuffle run forwards, each agent activated as
 * soon as its place is drawn. The list shuffled holds the agents on the grid: a citizen arrested stays
 * listed until it is next drawn, when it is dropped (draws among the rest stay uniform), and is listed again
 * on release. Releases come from a ring of lists by release step, not a scan of all citizens. Random numbers
 * are cut from the run's generator a few bits at a time, with Lemire's unbiased multiply-and-reject.
 */
public class EpsteinModel extends FullySeededState {
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

    /** The bits of a cell byte that hold its code; a cell byte of 0 is an empty cell. */
    private static final int CODE = 3;
    /** Quiet class of a citizen active whatever it sees. */
    private static final int ALWAYS_ACTIVE = 62;
    /** Quiet class of a citizen whose Q is in {@link #quietFrom} (too large for a class, or −1). */
    private static final int LOOK_UP = 63;

    /** Position of a jailed citizen still in the sweep's list (dropped when next drawn). */
    private static final int JAILED_LISTED = -2;
    /** Position of a jailed citizen out of the sweep's list. */
    private static final int JAILED_UNLISTED = -1;

    /** Bytes of randomness drawn from the generator at a time. */
    private static final int RANDOM_BYTES = 4096;
    /** Random cells a move tries before it lists the empty cells in vision. */
    private static final int MOVE_TRIES = 64;
    /** The widest square window kept as bitboards: a window row must fit a word at any offset below 32. */
    private static final int MAX_BITBOARD_SPAN = 33;

    private EpsteinParameters parameters;
    private int days;

    private int width;
    private int height;
    private Vision vision;
    /** 1 − exp(−k·q) for q = ⌊C/(A+1)⌋ = 0 .. cells in vision. */
    private double[] arrestProbabilityByRatio;
    /** Whether P never decreases with the ratio (Math.exp is semi-monotonic, so it never does; a guard). */
    private boolean ratioOrdered;
    private double threshold;
    private int maxJailTerm;

    /**
     * Per cell: the occupant's code, and a citizen's quiet class above it. The grid is padded by
     * {@link #pad} cells on every side with copies of the cells across the seam (the vision radius with the
     * square vision, none otherwise), so that any cell in a window is its agent's index plus a fixed offset:
     * (x, y) is at {@link #index}{@code (x, y) = (y + pad) · paddedWidth + x + pad}.
     */
    private byte[] cells;
    private int pad;
    private int paddedWidth;
    /** The padded column of the copy of column x across the seam, or of column x itself if it has none. */
    private int[] ghostColumn;
    /** The padded row of the copy of row y across the seam, or of row y itself if it has none. */
    private int[] ghostRow;
    /** The citizen in each active cell; kept for actives only (those a cop arrests), stale elsewhere. */
    private int[] activeAt;
    /** The citizen in each cell, or −1; rebuilt from the positions when {@link #grievanceAt} needs it. */
    private transient int[] citizenIndex;
    private int emptyCells;

    // The square window on bitboards; unused when the vision is not a square that fits.
    private boolean square;
    private int radius;
    private int span;
    /** Padded rows, {@code height + 2·radius}: real row y is padded row y + radius, as in {@link #cells}. */
    private int paddedHeight;
    private long windowMask;
    /**
     * The bitboards. A padded row holds {@code width + 2·radius} bits, real column x at bit x + radius, and
     * is cut into overlapping words: word k holds bits 32k .. 32k + 63, so every bit is in two words and
     * every window row, which starts at bit x for an agent in column x, lies in word {@code x >>> 5}. Words
     * are stored by column block: word k of padded row py is at {@code (k + 1) · paddedHeight + py}, so
     * that a window's rows are consecutive longs (block 0 takes the upper halves of "word −1", never read).
     */
    private long[] activeRows;
    private long[] copRows;
    /** The real column of window column d seen from x, {@code (x + d − radius) mod width}, at index x + d. */
    private int[] columnOf;
    /** The real row of window row d seen from y, at index y + d. */
    private int[] rowOf;
    /**
     * A move's random try, by the {@link #moveBits} random bits drawn for it: a cell of the window, as
     * {@code offset << 12 | dy << 6 | dx} with dx, dy its column and row in the window (0 .. span − 1) and
     * offset its index in {@link #cells} less the agent's. By Lemire's method each of the span² cells has
     * the same number of draws; the draws left over (Lemire's rejections) go to the agent's own cell, which
     * is never empty, so that they count as misses and need no test of their own.
     */
    private int[] moveDraws;
    /** The offsets alone, {@code moveDraws[r] >> 12}, for the tries (the rest is wanted only for the one taken). */
    private int[] moveOffsets;
    private int moveBits;
    /** The window's rows of actives, from the count a cop makes before it picks one. */
    private long[] rowWords;

    private int citizens;
    /** {@code (y << 16) | x}, or {@link #JAILED_LISTED} or {@link #JAILED_UNLISTED}. */
    private int[] position;
    /** The least ratio ⌊C/(A+1)⌋ at which the citizen stays quiet ({@link #quietFrom(int)}). */
    private int[] quietFrom;
    private double[] hardship;
    private double[] riskAversion;
    private double[] grievance;
    private int[] releaseStep;
    /** Jailed citizens by release step modulo its length: the first of each list, or −1. */
    private int[] releaseLists;
    /** The next citizen in the same release list, or −1. */
    private int[] nextInList;
    /** Citizens due out this step; its first {@link #waiting} are due from earlier steps but found no cell. */
    private int[] due;
    private int waiting;

    private int cops;
    private int[] copXY;

    private int active;
    private int jailed;

    /** The sweep's list: citizen ids, and {@code ~j} for cop j; its first {@link #listed} entries are in use. */
    private int[] order;
    private int listed;
    /** Cells collected during one agent's look around. */
    private int[] scratch;

    /**
     * Random bytes drawn from the run's generator ahead of use, {@link #RANDOM_BYTES} at a time (the
     * generator's {@code nextInt} is too large to be inlined into the sweep, so it is called in a tight loop
     * instead), eight to a long, lowest first, and read a few at a time from any byte: 2 for a uniform
     * integer below 2^16, up to 8 for a move's eight tries. One long more is kept, so that reading across
     * the last long never reads past the array.
     */
    private long[] randomBytes;
    /** The next unused byte of {@link #randomBytes}. */
    private int randomAt;
    /** Random bytes for the sweep's order only, read two at a time, so that its draws never wait on a move's. */
    private long[] shuffleBytes;
    private int shuffleAt;

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
        setParameters(parameters);
        setDays(days);
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
        activeAt = new int[cellCount];
        citizenIndex = null;
        emptyCells = cellCount;
        scratch = new int[vision.size()];
        randomBytes = new long[RANDOM_BYTES / 8 + 1];
        randomAt = RANDOM_BYTES;
        shuffleBytes = new long[RANDOM_BYTES / 8];
        shuffleAt = RANDOM_BYTES;
        buildGrid();

        int citizenTarget = (int) Math.round(parameters.citizenDensity() * cellCount);
        int copTarget = Math.min((int) Math.round(parameters.copDensity() * cellCount), cellCount - citizenTarget);
        int[] shuffled = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            shuffled[c] = c;
        }
        for (int i = 0; i < citizenTarget + copTarget; i++) {
            int j = i + uniform(cellCount - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        citizens = 0;
        position = new int[citizenTarget];
        quietFrom = new int[citizenTarget];
        hardship = new double[citizenTarget];
        riskAversion = new double[citizenTarget];
        grievance = new double[citizenTarget];
        releaseStep = new int[citizenTarget];
        nextInList = new int[citizenTarget];
        due = new int[citizenTarget];
        waiting = 0;
        releaseLists = new int[maxJailTerm + 2];
        Arrays.fill(releaseLists, -1);
        cops = 0;
        copXY = new int[copTarget];
        order = new int[citizenTarget + copTarget];
        listed = 0;
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

        currentStep = 0;
        metrics = new MetricsTable(days);
        schedule.scheduleRepeating(0.0, 0, new Sweep(), 1.0);
    }

    /**
     * Sets up the padded grid, and with the square vision (if its window fits) the bitboards and the tables
     * a move uses.
     */
    private void buildGrid() {
        radius = vision.radius();
        span = 2 * radius + 1;
        square = vision.shape() == Neighbourhood.MOORE && span <= width && span <= height
                && span <= MAX_BITBOARD_SPAN;
        pad = square ? radius : 0;
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
        if (!square) {
            activeRows = null;
            copRows = null;
            moveDraws = null;
            moveOffsets = null;
            return;
        }
        paddedHeight = height + 2 * radius;
        windowMask = (1L << span) - 1;
        int words = (((width + 2 * radius - 1) >>> 5) + 2) * paddedHeight;
        activeRows = new long[words];
        copRows = new long[words];
        columnOf = new int[width + 2 * radius];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = Math.floorMod(i - radius, width);
        }
        rowOf = new int[height + 2 * radius];
        for (int i = 0; i < rowOf.length; i++) {
            rowOf[i] = Math.floorMod(i - radius, height);
        }
        int cellsInWindow = span * span;
        // A byte per try when the window has at most 256 cells (eight tries to a long), else the cheapest width.
        moveBits = 8;
        double bestCost = Double.MAX_VALUE;
        for (int bits = 9; bits <= 16 && cellsInWindow > 256; bits++) {
            double cost = bits / (1 - ((1 << bits) % cellsInWindow) / (double) (1 << bits));
            if (cost < bestCost) {
                bestCost = cost;
                moveBits = bits;
            }
        }
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

    /** The index in {@link #cells} of (x, y). */
    private int index(int x, int y) {
        return (y + pad) * paddedWidth + x + pad;
    }

    /** Writes the cell byte of (x, y), and its copies across the seam (writing it again where there are none). */
    private void setCell(int x, int y, int value) {
        byte v = (byte) value;
        int w = paddedWidth;
        int row = (y + pad) * w;
        int ghost = ghostRow[y] * w;
        int column = x + pad;
        int ghostX = ghostColumn[x];
        cells[row + column] = v;
        cells[row + ghostX] = v;
        cells[ghost + column] = v;
        cells[ghost + ghostX] = v;
    }

    /** One step: releases, one random-sequential sweep of every agent on the grid, the metrics row. */
    private static final class Sweep implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((EpsteinModel) state).sweep();
        }
    }

    private void sweep() {
        releaseDue();
        if (square) {
            sweepSquare();
        } else {
            sweepAlongVision();
        }
        recordMetrics();
        currentStep++;
    }

    /**
     * The sweep with the square vision. Draws the next agent uniformly from those not yet activated and
     * activates it at once; a citizen drawn in jail is dropped from the list instead.
     */
    private void sweepSquare() {
        byte[] cells = this.cells;
        int[] order = this.order;
        int[] position = this.position;
        int[] copXY = this.copXY;
        int n = listed;
        int i = 0;
        int j = n > 0 ? slot(0, n) : 0;
        while (i < n) {
            int id = order[j];
            int xy = id >= 0 ? position[id] : copXY[~id];
            if (xy < 0) {
                position[id] = JAILED_UNLISTED;
                order[j] = order[--n];
            } else {
                order[j] = order[i];
                order[i++] = id;
            }
            // The next draw, made now: it does not depend on this agent, so its reads need not wait for it.
            if (i < n) {
                j = slot(i, n);
            }
            if (xy < 0) {
                continue;
            }
            // The citizen's cell byte, read before it moves (the byte moves with it): most citizens (Q = 0,
            // quiet) have nothing to decide, and this way the branch that says so does not wait on the move.
            int cell = cells[index(xy & 0xFFFF, xy >>> 16)];
            xy = moveInSquare(xy, id);
            if (id >= 0) {
                position[id] = xy;
                if (cell != QUIET) {
                    decideInSquare(id, xy, cell);
                }
            } else {
                copXY[~id] = xy;
                arrestInSquare(xy);
            }
        }
        listed = n;
    }

    /**
     * A uniformly random slot in [i, n), by Lemire's method ({@link #bounded16}) from the shuffle's own random
     * bytes (a redraw, in the rare band it rejects, takes the moves' bytes).
     */
    private int slot(int i, int n) {
        int left = n - i;
        if (left > 0x10000) {
            return i + bounded32(left);
        }
        int at = shuffleAt;
        if (at > RANDOM_BYTES - 2) {
            drawShuffleBytes();
            at = 0;
        }
        int m = ((int) (shuffleBytes[at >>> 3] >>> ((at & 7) << 3)) & 0xFFFF) * left;
        shuffleAt = at + 2;
        if ((m & 0xFFFF) < left) {
            int reject = (0x10000 - left) % left;
            while ((m & 0xFFFF) < reject) {
                m = random16() * left;
            }
        }
        return i + (m >>> 16);
    }

    /** The sweep with any other vision. */
    private void sweepAlongVision() {
        int[] order = this.order;
        int[] position = this.position;
        int n = listed;
        int i = 0;
        while (i < n) {
            int j = i + uniform(n - i);
            int id = order[j];
            if (id >= 0) {
                int xy = position[id];
                if (xy < 0) {
                    position[id] = JAILED_UNLISTED;
                    order[j] = order[--n];
                    continue;
                }
                order[j] = order[i];
                order[i++] = id;
                xy = moveAlongVision(xy, id);
                position[id] = xy;
                decideAlongVision(id, xy);
            } else {
                order[j] = order[i];
                order[i++] = id;
                int cop = ~id;
                int xy = moveAlongVision(copXY[cop], id);
                copXY[cop] = xy;
                arrestAlongVision(xy);
            }
        }
        listed = n;
    }

    // ---------------------------------------------------------------------------------------------------
    // Random numbers, all from the run's generator.

    /** A uniform integer in [0, n), n &gt; 0. */
    private int uniform(int n) {
        return n <= 0x10000 ? bounded16(n) : bounded32(n);
    }

    /**
     * A uniform integer in [0, n), 0 &lt; n ≤ 2^16, from 16 random bits almost always (Lemire's
     * multiply-and-reject: unbiased, and needing no division unless the draw falls in the thin band it must
     * reject from).
     */
    private int bounded16(int n) {
        int m = random16() * n;
        int low = m & 0xFFFF;
        if (low < n) {
            int reject = (0x10000 - n) % n;
            while (low < reject) {
                m = random16() * n;
                low = m & 0xFFFF;
            }
        }
        return m >>> 16;
    }

    /** A uniform integer in [0, n), n &gt; 0, from 32 random bits (Lemire's method). */
    private int bounded32(int n) {
        long m = (random32() & 0xFFFFFFFFL) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long reject = (0x100000000L - n) % n;
            while (low < reject) {
                m = (random32() & 0xFFFFFFFFL) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** The next 16 random bits. */
    private int random16() {
        int bits = (int) peek64() & 0xFFFF;
        randomAt += 2;
        return bits;
    }

    /** The next 32 random bits. */
    private int random32() {
        int bits = (int) peek64();
        randomAt += 4;
        return bits;
    }

    /** The next 64 random bits, not yet taken: the caller takes as many bytes of them as it uses. */
    private long peek64() {
        int at = randomAt;
        if (at > RANDOM_BYTES - 8) {
            drawRandomBytes();
            at = 0;
        }
        int word = at >>> 3;
        int shift = (at & 7) << 3;
        return (randomBytes[word] >>> shift) | ((randomBytes[word + 1] << 1) << (63 - shift));
    }

    /** Refills {@link #shuffleBytes} from the run's generator (any bytes left unused are dropped). */
    private void drawShuffleBytes() {
        fill(shuffleBytes, RANDOM_BYTES / 8);
        shuffleAt = 0;
    }

    /** Refills {@link #randomBytes} from the run's generator (any bytes left unused are dropped). */
    private void drawRandomBytes() {
        fill(randomBytes, RANDOM_BYTES / 8);
        randomAt = 0;
    }

    private void fill(long[] words, int count) {
        for (int k = 0; k < count; k++) {
            words[k] = random.nextLong();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The square window, on bitboards.

    /** The window row of board {@code b} at padded row {@code py}, seen from column x, masked. */
    private long windowRow(long[] b, int py, int x) {
        return (b[((x >>> 5) + 1) * paddedHeight + py] >>> (x & 31)) & windowMask;
    }

    /** The bits of board {@code b} in the window around (x, y), the centre included. */
    private int countInSquare(long[] b, int x, int y) {
        int i = ((x >>> 5) + 1) * paddedHeight + y;
        int s = x & 31;
        long mask = windowMask;
        int n = 0;
        for (int end = i + span; i < end; i++) {
            n += Long.bitCount((b[i] >>> s) & mask);
        }
        return n;
    }

    /** The rows of board {@code b} in the window around (x, y), ORed together and masked: 0 iff none is set. */
    private long orInSquare(long[] b, int x, int y) {
        int i = ((x >>> 5) + 1) * paddedHeight + y;
        long any = 0;
        for (int end = i + span; i < end; i++) {
            any |= b[i];
        }
        return (any >>> (x & 31)) & windowMask;
    }

    /** Whether board {@code b} has any bit in the window around (x, y), the centre included. */
    private boolean anyInSquare(long[] b, int x, int y) {
        int i = ((x >>> 5) + 1) * paddedHeight + y;
        long any = 0;
        for (int end = i + span; i < end; i++) {
            any |= b[i];
        }
        return ((any >>> (x & 31)) & windowMask) != 0;
    }

    /**
     * Moves a mark on a bitboard from (fromX, fromY) to (toX, toY): clears it there and sets it here, with a
     * negative fromX only setting it and a negative toX only clearing it. A mark is the bit at padded column
     * x + radius and its copy across the seam, in padded row y + radius and its copy, each in the two words
     * that hold it; where there is no copy the same bit is written twice, so that no branch depends on where
     * the cell is. Marks change far less often than agents move (quiet citizens have none), and this one
     * method does all of it: too large to be copied into each caller by the JIT, it is compiled once.
     */
    private void moveMark(long[] b, int fromX, int fromY, int toX, int toY) {
        int h = paddedHeight;
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

    /** The bitboard an occupant of this code is on, or null (quiet citizens are on none). */
    private long[] board(int code) {
        return code == ACTIVE ? activeRows : code == COP ? copRows : null;
    }

    /**
     * Rule M in the square: to a random empty cell in the window, if any. Returns the new position.
     *
     * <p>Tries random cells of the window ({@link #moveDraws}), eight at a time from eight random bytes,
     * without a branch per try: the first empty one of the eight is the destination, uniform over the empty
     * cells as with tries one by one. Only the bytes up to that try are used up: the tries after it decide
     * nothing, so their bytes are as random as before and serve the next draws. A window too large for one
     * byte per try takes two, one try at a time.
     */
    private int moveInSquare(int xy, int agent) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int at = index(x, y);
        byte[] c = cells;
        int[] draws = moveDraws;
        int[] offsets = moveOffsets;
        if (moveBits <= 8) {
            // One look at the stock of random bytes for all the rounds (MOVE_TRIES bytes at most).
            if (randomAt > RANDOM_BYTES - 8 - MOVE_TRIES) {
                drawRandomBytes();
            }
            long[] bytes = randomBytes;
            for (int round = 0; round < MOVE_TRIES; round += 8) {
                int word = randomAt >>> 3;
                int shift = (randomAt & 7) << 3;
                long v = (bytes[word] >>> shift) | ((bytes[word + 1] << 1) << (63 - shift));
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
                    randomAt += k + 1;
                    int draw = draws[(int) (v >>> (k << 3)) & 0xFF];
                    return relocate(x, y, columnOf[x + (draw & 63)], rowOf[y + ((draw >>> 6) & 63)], agent);
                }
                randomAt += 8;
            }
        } else {
            int mask = draws.length - 1;
            for (int attempt = 0; attempt < MOVE_TRIES; attempt++) {
                int draw = draws[random16() & mask];
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
        int to = scratch[uniform(free)];
        return relocate(x, y, to & 0xFFFF, to >>> 16, agent);
    }

    /**
     * Rule A in the square, for the citizen at xy whose cell byte is {@code cell}: active iff the ratio
     * ⌊C/(A+1)⌋ is below its Q, that is iff C &lt; Q·(A+1). Other actives are looked for first (a glance at
     * the window's rows, then a count only if there are any); with none, a citizen with Q = 1, by far the
     * usual case, only needs to know whether any cop is in sight, and else the cops are counted.
     *
     * <p>Outcomes are computed as 0 or 1 rather than branched on wherever one of them is rare (a citizen who
     * sees no cop, one who turns quiet): the JIT compiles a branch it has not yet seen taken as a trap back to
     * the interpreter, and such a trap, sprung later, costs a recompilation of the whole sweep.
     */
    private void decideInSquare(int citizen, int xy, int cell) {
        int was = (cell & CODE) >>> 1;
        int q = (cell >>> 2) & 63;
        if (q == LOOK_UP) {
            q = quietFrom[citizen];
        } else if (q == ALWAYS_ACTIVE) {
            q = arrestProbabilityByRatio.length;
        }
        int rebels;
        if (q == 0) {
            rebels = 0;
        } else if (q >= arrestProbabilityByRatio.length) {
            rebels = 1;
        } else {
            int x = xy & 0xFFFF;
            int y = xy >>> 16;
            int others = active > was && anyInSquare(activeRows, x, y) ? countInSquare(activeRows, x, y) - was : 0;
            if (q == 1 && others == 0) {
                rebels = (int) ((orInSquare(copRows, x, y) - 1) >>> 63);
            } else if (q > 0) {
                rebels = (countInSquare(copRows, x, y) - q * (others + 1)) >>> 31;
            } else {
                rebels = rebelsAt(citizen, countInSquare(copRows, x, y) / (others + 1)) ? 1 : 0;
            }
        }
        if (rebels != was) {
            setActive(citizen, cell, xy & 0xFFFF, xy >>> 16, rebels);
        }
    }

    /** Rule C in the square: the cop at xy arrests one active citizen in its window, chosen at random, if any. */
    private void arrestInSquare(int xy) {
        if (active == 0) {
            return;
        }
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        if (!anyInSquare(activeRows, x, y)) {
            return;
        }
        arrestOneInSquare(x, y);
    }

    /** Rule C's arrest, when some active is in the window around (x, y): one of them at random. */
    private void arrestOneInSquare(int x, int y) {
        long[] words = rowWords;
        int n = 0;
        for (int d = 0; d < span; d++) {
            long row = windowRow(activeRows, y + d, x);
            words[d] = row;
            n += Long.bitCount(row);
        }
        int k = uniform(n);
        for (int d = 0; d < span; d++) {
            int inRow = Long.bitCount(words[d]);
            if (k < inRow) {
                int tx = columnOf[x + nthBit(words[d], k)];
                int ty = rowOf[y + d];
                jail(activeAt[ty * width + tx], uniform(maxJailTerm + 1));
                return;
            }
            k -= inRow;
        }
    }

    /** The position of the k-th (from 0) set bit of a word that has more than k. */
    private static int nthBit(long word, int k) {
        for (; k > 0; k--) {
            word &= word - 1;
        }
        return Long.numberOfTrailingZeros(word);
    }

    // ---------------------------------------------------------------------------------------------------
    // Any other vision, along the Vision offsets.

    /** Rule M along the vision offsets: to a random empty cell within vision, if any. */
    private int moveAlongVision(int xy, int agent) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int size = vision.size();
        if (size == 0) {
            return xy;
        }
        for (int attempt = 0; attempt < MOVE_TRIES; attempt++) {
            int c = vision.cell(x, y, uniform(size));
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
        int c = scratch[uniform(n)];
        return relocate(x, y, c % width, c / width, agent);
    }

    /** Rule A along the vision offsets, for the citizen at xy. */
    private void decideAlongVision(int citizen, int xy) {
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        int cell = cells[index(x, y)];
        boolean was = (cell & CODE) == ACTIVE;
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
                int code = cells[vision.cell(x, y, k)] & CODE;
                if (code == COP) {
                    copsSeen++;
                } else if (code == ACTIVE) {
                    activesSeen++;
                }
            }
            rebels = q > 0 ? copsSeen < (long) q * (activesSeen + 1) : rebelsAt(citizen, copsSeen / (activesSeen + 1));
        }
        if (rebels != was) {
            setActive(citizen, cell, x, y, rebels ? 1 : 0);
        }
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
            if ((cells[c] & CODE) == ACTIVE) {
                scratch[n++] = c;
            }
        }
        if (n > 0) {
            int cell = scratch[uniform(n)];
            jail(activeAt[cell], uniform(maxJailTerm + 1));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Changes of state, for both kinds of vision.

    /**
     * Moves the occupant of (x, y), agent {@code agent} of the sweep's list, to the empty cell (tx, ty);
     * returns the new position.
     */
    private int relocate(int x, int y, int tx, int ty, int agent) {
        byte cell = cells[index(x, y)];
        setCell(tx, ty, cell);
        setCell(x, y, EMPTY);
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
        if (square) {
            moveMark(board(code), x, y, tx, ty);
        }
    }

    /**
     * Turns the citizen at (x, y), whose cell byte is {@code cell}, active (rebels = 1) or quiet (0), from the
     * other state; without a branch on which (see {@link #decideInSquare}).
     */
    private void setActive(int citizen, int cell, int x, int y, int rebels) {
        setCell(x, y, (cell & ~CODE) | (QUIET + rebels));
        active += 2 * rebels - 1;
        activeAt[y * width + x] = citizen;
        if (square) {
            // Cleared where it was (turning quiet), set where it is (turning active); −1 for neither.
            moveMark(activeRows, x | -rebels, y, x | (rebels - 1), y);
        }
    }

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

    /** The cell byte of a citizen with this code: the code, and its quiet class above it. */
    private byte cellByte(int citizen, int code) {
        int q = quietFrom[citizen];
        int quietClass = q >= arrestProbabilityByRatio.length ? ALWAYS_ACTIVE : q >= 0 && q < ALWAYS_ACTIVE ? q : LOOK_UP;
        return (byte) (quietClass << 2 | code);
    }

    /**
     * Rule A, where the citizen stands: active if G − R·P > T, with G = H·(1 − L) and P from the cops and
     * other actives in vision ({@link #arrestProbability}).
     */
    void decide(int citizen) {
        int xy = position[citizen];
        if (square) {
            decideInSquare(citizen, xy, cells[index(xy & 0xFFFF, xy >>> 16)]);
        } else {
            decideAlongVision(citizen, xy);
        }
    }

    /** Rule M for one citizen on the grid: to a random empty cell within its vision, if any. */
    void move(int citizen) {
        int xy = position[citizen];
        position[citizen] = square ? moveInSquare(xy, citizen) : moveAlongVision(xy, citizen);
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
        int xy = position[citizen];
        int x = xy & 0xFFFF;
        int y = xy >>> 16;
        if (square) {
            moveMark(activeRows, x, y, -1, -1);
        }
        setCell(x, y, EMPTY);
        position[citizen] = JAILED_LISTED;
        emptyCells++;
        int release = currentStep + term + 1;
        releaseStep[citizen] = release;
        int list = release % releaseLists.length;
        nextInList[citizen] = releaseLists[list];
        releaseLists[list] = citizen;
        active--;
        jailed++;
    }

    /**
     * Puts every citizen whose term is over back on a random empty cell, quiet, while any cell is empty. When
     * the empty cells are too few for all, the lowest-numbered citizens go first and the rest wait; otherwise
     * the order of release does not matter (each takes a uniformly random one of the cells left).
     */
    void releaseDue() {
        if (jailed == 0) {
            return;
        }
        int list = currentStep % releaseLists.length;
        int n = waiting;
        for (int c = releaseLists[list]; c >= 0; c = nextInList[c]) {
            due[n++] = c;
        }
        releaseLists[list] = -1;
        if (n == 0) {
            return;
        }
        if (n > emptyCells) {
            Arrays.sort(due, 0, n);
        }
        int released = Math.min(n, emptyCells);
        for (int k = 0; k < released; k++) {
            int citizen = due[k];
            int xy = randomEmptyCell();
            int x = xy & 0xFFFF;
            int y = xy >>> 16;
            setCell(x, y, cellByte(citizen, QUIET));
            if (position[citizen] == JAILED_UNLISTED) {
                order[listed++] = citizen;
            }
            position[citizen] = xy;
            emptyCells--;
            jailed--;
        }
        waiting = n - released;
        System.arraycopy(due, released, due, 0, waiting);
    }

    /** A uniformly random empty cell, as {@code (y << 16) | x}; there must be one. */
    private int randomEmptyCell() {
        int cellCount = width * height;
        if (emptyCells * 8 >= cellCount) {
            while (true) {
                int c = uniform(cellCount);
                int x = c % width;
                int y = c / width;
                if (cells[index(x, y)] == EMPTY) {
                    return (y << 16) | x;
                }
            }
        }
        int skip = uniform(emptyCells);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (cells[index(x, y)] == EMPTY && skip-- == 0) {
                    return (y << 16) | x;
                }
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
        int x = cell % width;
        int y = cell / width;
        if (cells[index(x, y)] != EMPTY) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (citizens == position.length) {
            int capacity = Math.max(4, 2 * citizens);
            position = Arrays.copyOf(position, capacity);
            quietFrom = Arrays.copyOf(quietFrom, capacity);
            hardship = Arrays.copyOf(hardship, capacity);
            riskAversion = Arrays.copyOf(riskAversion, capacity);
            grievance = Arrays.copyOf(grievance, capacity);
            releaseStep = Arrays.copyOf(releaseStep, capacity);
            nextInList = Arrays.copyOf(nextInList, capacity);
            due = Arrays.copyOf(due, capacity);
        }
        int id = citizens++;
        position[id] = (y << 16) | x;
        hardship[id] = h;
        riskAversion[id] = r;
        grievance[id] = h * (1 - parameters.legitimacy());
        quietFrom[id] = quietFrom(id);
        setCell(x, y, cellByte(id, rebelling ? ACTIVE : QUIET));
        list(id);
        emptyCells--;
        if (rebelling) {
            active++;
            activeAt[cell] = id;
            if (square) {
                moveMark(activeRows, -1, -1, x, y);
            }
        }
        return id;
    }

    private int putCop(int cell) {
        int x = cell % width;
        int y = cell / width;
        if (cells[index(x, y)] != EMPTY) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (cops == copXY.length) {
            copXY = Arrays.copyOf(copXY, Math.max(4, 2 * cops));
        }
        copXY[cops] = (y << 16) | x;
        setCell(x, y, COP);
        if (square) {
            moveMark(copRows, -1, -1, x, y);
        }
        list(~cops);
        emptyCells--;
        return cops++;
    }

    /** Adds an agent to the sweep's list. */
    private void list(int entry) {
        if (listed == order.length) {
            order = Arrays.copyOf(order, Math.max(4, 2 * listed));
        }
        order[listed++] = entry;
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
        return cellOf(position[citizen]);
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
        return cells[index(x, y)] & CODE;
    }

    /**
     * The grievance H·(1 − L) of the citizen at (x, y), or NaN when no citizen is there (see
     * {@link #citizenAt}).
     */
    public double grievanceAt(int x, int y) {
        int citizen = citizenAt(x, y);
        return citizen < 0 ? Double.NaN : grievance[citizen];
    }

    /**
     * The citizen at (x, y), or −1 when the cell is empty or holds a cop. The first call after agents have
     * moved indexes the grid afresh, so reading a whole grid costs one pass over the citizens.
     */
    public int citizenAt(int x, int y) {
        int cell = y * width + x;
        int code = cells[index(x, y)] & CODE;
        if (code != QUIET && code != ACTIVE) {
            return -1;
        }
        if (citizenIndex == null || citizenIndex[cell] < 0 || citizenIndex[cell] >= citizens
                || citizenCell(citizenIndex[cell]) != cell) {
            citizenIndex = new int[cells.length];
            Arrays.fill(citizenIndex, -1);
            for (int i = 0; i < citizens; i++) {
                int at = citizenCell(i);
                if (at >= 0) {
                    citizenIndex[at] = i;
                }
            }
        }
        return citizenIndex[cell];
    }

    public CitizenState citizenState(int citizen) {
        int xy = position[citizen];
        if (xy < 0) {
            return CitizenState.JAILED;
        }
        return (cells[index(xy & 0xFFFF, xy >>> 16)] & CODE) == ACTIVE ? CitizenState.ACTIVE : CitizenState.QUIET;
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
