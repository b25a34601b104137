package org.isfsim.model.epstein;

import java.util.Arrays;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.EpsteinParameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Epstein's civil violence model (Epstein 2002, "Modeling civil violence: An agent-based computational
 * approach", PNAS 99 suppl. 3, Model I: generalized rebellion against central authority), as a MASON model
 * of its own: citizens and cops on a torus, one agent per cell, each step one random-sequential sweep in
 * which every agent on the grid moves (Rule M) and then acts (Rule A for citizens, Rule C for cops), seeing
 * the moves and states of those activated before it.
 *
 * <p>Agents are kept in flat arrays, not objects: citizen {@code i} has a cell (or −1 in jail), hardship,
 * risk aversion and release step; cop {@code j} a cell. The occupancy grid holds a code per cell ({@link
 * #EMPTY}, {@link #QUIET}, {@link #ACTIVE}, {@link #COP}), so that counting what an agent sees is a scan
 * of the grid along precomputed {@link Vision} offsets, and a sweep allocates nothing.
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
    private static final long serialVersionUID = 1L;

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

    private EpsteinParameters parameters;
    private int days;

    private int width;
    private int height;
    private Vision vision;
    /** 1 − exp(−k·q) for q = ⌊C/(A+1)⌋ = 0 .. cells in vision. */
    private double[] arrestProbabilityByRatio;

    /** Occupancy code per cell, indexed {@code y · width + x}. */
    private byte[] cells;
    /** The citizen in each cell, or −1. */
    private int[] citizenAt;
    private int emptyCells;

    private int citizens;
    private int[] citizenCell;
    private double[] hardship;
    private double[] riskAversion;
    private double[] grievance;
    private int[] releaseStep;

    private int cops;
    private int[] copCell;

    private int active;
    private int jailed;

    /** Agent ids 0..citizens−1 are citizens, citizens..citizens+cops−1 cops; reshuffled every step. */
    private int[] order;
    /** Cells collected during one agent's look around (empty cells for a move, actives for an arrest). */
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
        arrestProbabilityByRatio = new double[vision.size() + 1];
        for (int q = 0; q < arrestProbabilityByRatio.length; q++) {
            arrestProbabilityByRatio[q] = 1 - Math.exp(-parameters.arrestConstant() * q);
        }
        int cellCount = width * height;
        cells = new byte[cellCount];
        citizenAt = new int[cellCount];
        Arrays.fill(citizenAt, -1);
        emptyCells = cellCount;
        scratch = new int[vision.size()];

        int citizenTarget = (int) Math.round(parameters.citizenDensity() * cellCount);
        int copTarget = Math.min((int) Math.round(parameters.copDensity() * cellCount), cellCount - citizenTarget);
        int[] shuffled = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            shuffled[c] = c;
        }
        for (int i = 0; i < citizenTarget + copTarget; i++) {
            int j = i + random.nextInt(cellCount - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        citizens = 0;
        citizenCell = new int[citizenTarget];
        hardship = new double[citizenTarget];
        riskAversion = new double[citizenTarget];
        grievance = new double[citizenTarget];
        releaseStep = new int[citizenTarget];
        cops = 0;
        copCell = new int[copTarget];
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
        order = new int[citizens + cops];

        currentStep = 0;
        metrics = new MetricsTable(days);
        schedule.scheduleRepeating(0.0, 0, new Sweep(), 1.0);
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
        int agents = citizens + cops;
        if (order.length != agents) {
            order = new int[agents];
        }
        for (int i = 0; i < agents; i++) {
            order[i] = i;
        }
        for (int i = agents - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int i = 0; i < agents; i++) {
            int id = order[i];
            if (id < citizens) {
                if (citizenCell[id] >= 0) {
                    moveCitizen(id);
                    decide(id);
                }
            } else {
                int cop = id - citizens;
                moveCop(cop);
                arrestInVision(cop);
            }
        }
        recordMetrics();
        currentStep++;
    }

    /** Rule M for a citizen: to a random empty cell within vision, if any. */
    private void moveCitizen(int citizen) {
        int from = citizenCell[citizen];
        int to = randomEmptyInVision(from);
        if (to >= 0) {
            cells[to] = cells[from];
            cells[from] = EMPTY_CELL;
            citizenAt[to] = citizen;
            citizenAt[from] = -1;
            citizenCell[citizen] = to;
        }
    }

    /** Rule M for a cop. */
    private void moveCop(int cop) {
        int from = copCell[cop];
        int to = randomEmptyInVision(from);
        if (to >= 0) {
            cells[to] = COP_CELL;
            cells[from] = EMPTY_CELL;
            copCell[cop] = to;
        }
    }

    private int randomEmptyInVision(int from) {
        int x = from % width;
        int y = from / width;
        int n = 0;
        for (int k = 0, size = vision.size(); k < size; k++) {
            int c = vision.cell(x, y, k);
            if (cells[c] == EMPTY_CELL) {
                scratch[n++] = c;
            }
        }
        return n == 0 ? -1 : scratch[random.nextInt(n)];
    }

    /**
     * Rule A, where the citizen stands: active if G − R·P > T, with G = H·(1 − L) and P from the cops and
     * other actives in vision ({@link #arrestProbability}).
     */
    void decide(int citizen) {
        int at = citizenCell[citizen];
        int x = at % width;
        int y = at / width;
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
        double p = arrestProbabilityByRatio[copsSeen / (activesSeen + 1)];
        boolean rebels = grievance[citizen] - riskAversion[citizen] * p > parameters.threshold();
        boolean was = cells[at] == ACTIVE_CELL;
        if (rebels != was) {
            cells[at] = rebels ? ACTIVE_CELL : QUIET_CELL;
            active += rebels ? 1 : -1;
        }
    }

    /** Rule C, where the cop stands: arrests one active citizen in vision, chosen at random, if any. */
    void arrestInVision(int cop) {
        int at = copCell[cop];
        int x = at % width;
        int y = at / width;
        int n = 0;
        for (int k = 0, size = vision.size(); k < size; k++) {
            int c = vision.cell(x, y, k);
            if (cells[c] == ACTIVE_CELL) {
                scratch[n++] = c;
            }
        }
        if (n > 0) {
            int cell = scratch[random.nextInt(n)];
            jail(citizenAt[cell], random.nextInt(parameters.maxJailTerm() + 1));
        }
    }

    private void jail(int citizen, int term) {
        int at = citizenCell[citizen];
        cells[at] = EMPTY_CELL;
        citizenAt[at] = -1;
        citizenCell[citizen] = -1;
        emptyCells++;
        releaseStep[citizen] = currentStep + term + 1;
        active--;
        jailed++;
    }

    /** Puts every citizen whose term is over back on a random empty cell, quiet, while any cell is empty. */
    void releaseDue() {
        for (int i = 0; i < citizens && jailed > 0 && emptyCells > 0; i++) {
            if (citizenCell[i] < 0 && releaseStep[i] <= currentStep) {
                int cell = randomEmptyCell();
                cells[cell] = QUIET_CELL;
                citizenAt[cell] = i;
                citizenCell[i] = cell;
                emptyCells--;
                jailed--;
            }
        }
    }

    /** A uniformly random empty cell; there must be one. */
    private int randomEmptyCell() {
        int cellCount = cells.length;
        if (emptyCells * 8 >= cellCount) {
            while (true) {
                int c = random.nextInt(cellCount);
                if (cells[c] == EMPTY_CELL) {
                    return c;
                }
            }
        }
        int skip = random.nextInt(emptyCells);
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
        if (citizens == citizenCell.length) {
            int capacity = Math.max(4, 2 * citizens);
            citizenCell = Arrays.copyOf(citizenCell, capacity);
            hardship = Arrays.copyOf(hardship, capacity);
            riskAversion = Arrays.copyOf(riskAversion, capacity);
            grievance = Arrays.copyOf(grievance, capacity);
            releaseStep = Arrays.copyOf(releaseStep, capacity);
        }
        int id = citizens++;
        citizenCell[id] = cell;
        hardship[id] = h;
        riskAversion[id] = r;
        grievance[id] = h * (1 - parameters.legitimacy());
        cells[cell] = rebelling ? ACTIVE_CELL : QUIET_CELL;
        citizenAt[cell] = id;
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
        if (cops == copCell.length) {
            copCell = Arrays.copyOf(copCell, Math.max(4, 2 * cops));
        }
        copCell[cops] = cell;
        cells[cell] = COP_CELL;
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

    /** The cell index {@code y · width + x} of a citizen, or −1 while it is in jail. */
    int citizenCell(int citizen) {
        return citizenCell[citizen];
    }

    /** The cell index {@code y · width + x} of a cop. */
    int copCell(int cop) {
        return copCell[cop];
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
        int at = citizenCell[citizen];
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
