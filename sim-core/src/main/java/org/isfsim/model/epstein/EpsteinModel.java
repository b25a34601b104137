package org.isfsim.model.epstein;

import java.util.Arrays;
import org.isfsim.model.FullySeededState;
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
 * the moves and states of those activated before it. Rule A itself is {@link CivilViolenceRule}.
 *
 * <p>A citizen arrested during step {@code t} with a term of {@code J} steps sits out the sweeps of steps
 * {@code t+1 .. t+J} and, at the start of step {@code t+J+1}, reappears quiet on a random empty cell
 * (waiting for a later step if none is empty), then is activated in that step's sweep like anyone else.
 *
 * <p>Under the Run 1 settings the square ({@code MOORE}) vision reproduces the paper's punctuated
 * equilibrium; the paper's literal cross ({@code VON_NEUMANN}, see {@link Vision}) does not: a third of
 * citizens then see no cop, and the grid simmers at 5–7 % active with no outbursts.
 *
 * <p>This class composes the engine, which is made fast without changing the rule: agents as flat arrays
 * ({@link Population}) on a padded byte grid ({@link Grid}, {@link CellByte}), Rule A from a least quiet
 * ratio per citizen ({@link QuietRatios}), the {@link Jail}, random numbers cut a few bits at a time
 * ({@link RandomBits}), and the sweep itself, on bitboards when the vision is a square that fits them
 * ({@link BitboardSweep}) or along the vision offsets otherwise ({@link VisionSweep}), chosen once in
 * {@link #start()}.
 */
public class EpsteinModel extends FullySeededState {
    private static final long serialVersionUID = 3L;

    /** Steps a run records when the caller does not say. */
    public static final int DEFAULT_DAYS = 1000;

    /** Cell code: nobody. */
    public static final int EMPTY = CellByte.EMPTY;
    /** Cell code: a quiet citizen. */
    public static final int QUIET = CellByte.QUIET;
    /** Cell code: an active citizen. */
    public static final int ACTIVE = CellByte.ACTIVE;
    /** Cell code: a cop. */
    public static final int COP = CellByte.COP;

    private EpsteinParameters parameters;
    private int days;

    private Vision vision;
    private Grid grid;
    private Jail jail;
    private Population population;
    private RandomBits bits;
    private SweepStrategy sweep;

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
     * from U(0,1); then schedules the daily sweep, on bitboards if the vision is a square that fits them.
     */
    @Override
    public void start() {
        super.start();
        int width = parameters.width();
        int height = parameters.height();
        vision = Vision.of(parameters.neighbourhood(), parameters.vision(), width, height);
        CivilViolenceRule rule = CivilViolenceRule.of(parameters);
        QuietRatios ratios = new QuietRatios(rule, vision.size());
        boolean square = vision.shape() == Neighbourhood.MOORE && Bitboards.fits(vision.radius(), width, height);
        grid = new Grid(width, height, square ? vision.radius() : 0);
        bits = new RandomBits(this);

        int cellCount = width * height;
        int citizenTarget = (int) Math.round(parameters.citizenDensity() * cellCount);
        int copTarget = Math.min((int) Math.round(parameters.copDensity() * cellCount), cellCount - citizenTarget);
        int[] shuffled = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            shuffled[c] = c;
        }
        for (int i = 0; i < citizenTarget + copTarget; i++) {
            int j = i + bits.uniform(cellCount - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        jail = new Jail(citizenTarget, parameters.maxJailTerm());
        population = new Population(grid, jail, rule, ratios, citizenTarget, copTarget);
        sweep = square
                ? new BitboardSweep(grid, population, ratios, bits, parameters.maxJailTerm())
                : new VisionSweep(grid, vision, population, ratios, bits, parameters.maxJailTerm());
        for (int i = 0; i < citizenTarget; i++) {
            double h = random.nextDouble();
            double r = random.nextDouble();
            population.addCitizen(shuffled[i], h, r, false);
        }
        for (int j = 0; j < copTarget; j++) {
            addCop(shuffled[citizenTarget + j] % width, shuffled[citizenTarget + j] / width);
        }

        currentStep = 0;
        metrics = new MetricsTable(days);
        schedule.scheduleRepeating(0.0, 0, new Step(), 1.0);
    }

    /** One step: releases, one random-sequential sweep of every agent on the grid, the metrics row. */
    private static final class Step implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((EpsteinModel) state).step();
        }
    }

    private void step() {
        population.releaseDue(currentStep, bits);
        sweep.sweep(currentStep);
        recordMetrics();
        currentStep++;
    }

    private void recordMetrics() {
        if (currentStep > days) {
            return;
        }
        double[] row = metrics.rowFor(currentStep);
        Arrays.fill(row, Double.NaN);
        int citizens = population.citizenCount();
        int jailed = jail.count();
        int free = citizens - jailed;
        row[Metric.ACTIVE_CIVILIANS_SHARE.ordinal()] = free == 0 ? 0 : (double) population.activeCount() / free;
        row[Metric.DETAINED_SHARE.ordinal()] = citizens == 0 ? 0 : (double) jailed / citizens;
    }

    /** Test hook: Rule A for one citizen on the grid, where it stands. */
    void decide(int citizen) {
        sweep.decide(citizen);
    }

    /** Test hook: Rule M for one citizen on the grid. */
    void move(int citizen) {
        int[] position = population.positions();
        position[citizen] = sweep.move(position[citizen], citizen);
    }

    /** Test hook: Rule C for one cop, where it stands. */
    void arrestInVision(int cop) {
        sweep.arrest(population.copPositions()[cop], currentStep);
    }

    /** Test hook: places a citizen on an empty cell of a started model; returns its id. */
    int addCitizen(int x, int y, double h, double r, boolean rebelling) {
        int id = population.addCitizen(y * grid.width() + x, h, r, rebelling);
        if (rebelling) {
            sweep.placed(x, y, ACTIVE);
        }
        return id;
    }

    /** Places a cop on an empty cell of a started model (a test hook too); returns its id. */
    int addCop(int x, int y) {
        int id = population.addCop(y * grid.width() + x);
        sweep.placed(x, y, COP);
        return id;
    }

    /** The cell index {@code y · width + x} of a citizen, or −1 while it is in jail. */
    int citizenCell(int citizen) {
        return population.citizenCell(citizen);
    }

    /** The cell index {@code y · width + x} of a cop. */
    int copCell(int cop) {
        return population.copCell(cop);
    }

    /** The step at whose start a jailed citizen is due out. */
    int releaseStep(int citizen) {
        return jail.releaseStep(citizen);
    }

    /** What is at (x, y): {@link #EMPTY}, {@link #QUIET}, {@link #ACTIVE} or {@link #COP}. */
    public int stateAt(int x, int y) {
        return grid.code(x, y);
    }

    /**
     * The grievance H·(1 − L) of the citizen at (x, y), or NaN when no citizen is there (see
     * {@link #citizenAt}).
     */
    public double grievanceAt(int x, int y) {
        int citizen = citizenAt(x, y);
        return citizen < 0 ? Double.NaN : population.grievance(citizen);
    }

    /**
     * The citizen at (x, y), or −1 when the cell is empty or holds a cop. The first call after agents have
     * moved indexes the grid afresh, so reading a whole grid costs one pass over the citizens.
     */
    public int citizenAt(int x, int y) {
        return population.citizenAt(x, y);
    }

    /** Whether the citizen is quiet, active or in jail. */
    public CitizenState citizenState(int citizen) {
        return population.state(citizen);
    }

    /** The citizen's hardship H, drawn from U(0,1) at the start. */
    public double hardship(int citizen) {
        return population.hardship(citizen);
    }

    /** The citizen's risk aversion R, drawn from U(0,1) at the start. */
    public double riskAversion(int citizen) {
        return population.riskAversion(citizen);
    }

    /** The run's daily rows, one for each of days 0 .. {@link #days()}. */
    public MetricsTable metrics() {
        return metrics;
    }

    /** Citizens active on the grid; 0 before the first {@link #start()}, as the other counts and sizes. */
    public int activeCount() {
        return started() ? population.activeCount() : 0;
    }

    public int jailedCount() {
        return started() ? jail.count() : 0;
    }

    public int quietCount() {
        return citizenCount() - activeCount() - jailedCount();
    }

    /** All citizens, on the grid or in jail. */
    public int citizenCount() {
        return started() ? population.citizenCount() : 0;
    }

    public int copCount() {
        return started() ? population.copCount() : 0;
    }

    public int width() {
        return started() ? grid.width() : 0;
    }

    public int height() {
        return started() ? grid.height() : 0;
    }

    private boolean started() {
        return population != null;
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
