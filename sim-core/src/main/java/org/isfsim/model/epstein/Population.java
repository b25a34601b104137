package org.isfsim.model.epstein;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The citizens and cops, as flat arrays rather than objects so that a sweep allocates nothing: where each
 * is, each citizen's hardship, risk aversion, grievance and least quiet ratio, the sweep's list of agents on
 * the grid, and the changes of state that both sweeps share (a citizen turning active or quiet, an arrest, a
 * release). The bitboard marks of those changes are the {@link SweepStrategy}'s own.
 *
 * <p>The sweep's list holds citizen ids, and {@code ~j} for cop j. A citizen arrested stays listed until it
 * is next drawn, when it is dropped (draws among the rest stay uniform), and is listed again on release.
 */
final class Population implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Position of a jailed citizen still in the sweep's list (dropped when next drawn). */
    static final int JAILED_LISTED = -2;
    /** Position of a jailed citizen out of the sweep's list. */
    static final int JAILED_UNLISTED = -1;

    private final Grid grid;
    private final Jail jail;
    private final CivilViolenceRule rule;
    private final QuietRatios ratios;

    private int citizens;
    /** {@code (y << 16) | x}, or {@link #JAILED_LISTED} or {@link #JAILED_UNLISTED}. */
    private int[] position;
    /** The least ratio ⌊C/(A+1)⌋ at which the citizen stays quiet ({@link QuietRatios#quietFrom}). */
    private int[] quietFrom;
    private double[] hardship;
    private double[] riskAversion;
    private double[] grievance;
    private int cops;
    private int[] copXY;
    /** The sweep's list; its first {@link #listed} entries are in use. */
    private int[] order;
    private int listed;
    private int active;
    /** The citizen in each active cell ({@code y · width + x}); kept for actives only, stale elsewhere. */
    private final int[] activeAt;
    /** The citizen in each cell, or −1; rebuilt from the positions when {@link #citizenAt} needs it. */
    private transient int[] citizenIndex;

    /** Room for this many citizens and cops (it grows when more are added), none there yet. */
    Population(Grid grid, Jail jail, CivilViolenceRule rule, QuietRatios ratios, int citizenRoom, int copRoom) {
        this.grid = grid;
        this.jail = jail;
        this.rule = rule;
        this.ratios = ratios;
        position = new int[citizenRoom];
        quietFrom = new int[citizenRoom];
        hardship = new double[citizenRoom];
        riskAversion = new double[citizenRoom];
        grievance = new double[citizenRoom];
        copXY = new int[copRoom];
        order = new int[citizenRoom + copRoom];
        activeAt = new int[grid.width() * grid.height()];
    }

    /** Places a citizen of hardship h and risk aversion r on an empty cell {@code y · width + x}; returns its id. */
    int addCitizen(int cell, double h, double r, boolean rebelling) {
        int x = cell % grid.width();
        int y = cell / grid.width();
        if (grid.at(x, y) != CellByte.EMPTY) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (citizens == position.length) {
            int capacity = Math.max(4, 2 * citizens);
            position = Arrays.copyOf(position, capacity);
            quietFrom = Arrays.copyOf(quietFrom, capacity);
            hardship = Arrays.copyOf(hardship, capacity);
            riskAversion = Arrays.copyOf(riskAversion, capacity);
            grievance = Arrays.copyOf(grievance, capacity);
            jail.grow(capacity);
        }
        int id = citizens++;
        position[id] = (y << 16) | x;
        hardship[id] = h;
        riskAversion[id] = r;
        grievance[id] = rule.grievance(h);
        quietFrom[id] = ratios.quietFrom(grievance[id], r);
        grid.set(x, y, cellByte(id, rebelling ? CellByte.ACTIVE : CellByte.QUIET));
        list(id);
        grid.taken();
        if (rebelling) {
            active++;
            activeAt[cell] = id;
        }
        return id;
    }

    /** Places a cop on an empty cell {@code y · width + x}; returns its id. */
    int addCop(int cell) {
        int x = cell % grid.width();
        int y = cell / grid.width();
        if (grid.at(x, y) != CellByte.EMPTY) {
            throw new IllegalStateException("cell " + cell + " is taken");
        }
        if (cops == copXY.length) {
            copXY = Arrays.copyOf(copXY, Math.max(4, 2 * cops));
        }
        copXY[cops] = (y << 16) | x;
        grid.set(x, y, CellByte.COP);
        list(~cops);
        grid.taken();
        return cops++;
    }

    private void list(int entry) {
        if (listed == order.length) {
            order = Arrays.copyOf(order, Math.max(4, 2 * listed));
        }
        order[listed++] = entry;
    }

    /** The cell byte of a citizen with this code: the code, and its quiet class above it. */
    private byte cellByte(int citizen, int code) {
        return CellByte.citizen(code, quietFrom[citizen], ratios.ratios());
    }

    /** Rule A's inequality for the citizen, at a ratio ⌊C/(A+1)⌋. */
    boolean rebelsAt(int citizen, int ratio) {
        return ratios.rebelsAt(grievance[citizen], riskAversion[citizen], ratio);
    }

    /**
     * Turns the citizen at (x, y), whose cell byte is {@code cell}, active (rebels = 1) or quiet (0), from the
     * other state, without a branch on which.
     */
    void setActive(int citizen, int cell, int x, int y, int rebels) {
        grid.set(x, y, (cell & ~CellByte.CODE) | (CellByte.QUIET + rebels));
        active += 2 * rebels - 1;
        activeAt[y * grid.width() + x] = citizen;
    }

    /** Takes the active citizen off the grid for {@code term} steps after {@code today}. */
    void jail(int citizen, int term, int today) {
        int xy = position[citizen];
        grid.set(xy & 0xFFFF, xy >>> 16, CellByte.EMPTY);
        position[citizen] = JAILED_LISTED;
        grid.freed();
        jail.lockUp(citizen, today + term + 1);
        active--;
    }

    /**
     * Puts every citizen whose term is over back on a random empty cell, quiet, while any cell is empty. When
     * the empty cells are too few for all, the lowest-numbered citizens go first and the rest wait; otherwise
     * the order of release does not matter (each takes a uniformly random one of the cells left).
     */
    void releaseDue(int today, RandomBits bits) {
        if (jail.count() == 0) {
            return;
        }
        int n = jail.collectDue(today, grid.emptyCells());
        if (n == 0) {
            return;
        }
        int released = Math.min(n, grid.emptyCells());
        for (int k = 0; k < released; k++) {
            int citizen = jail.due(k);
            int xy = grid.randomEmptyCell(bits);
            grid.set(xy & 0xFFFF, xy >>> 16, cellByte(citizen, CellByte.QUIET));
            if (position[citizen] == JAILED_UNLISTED) {
                order[listed++] = citizen;
            }
            position[citizen] = xy;
            grid.taken();
        }
        jail.release(released, n);
    }

    /**
     * The citizen at (x, y), or −1 when the cell is empty or holds a cop. The first call after agents have
     * moved indexes the grid afresh, so reading a whole grid costs one pass over the citizens.
     */
    int citizenAt(int x, int y) {
        int cell = y * grid.width() + x;
        int code = grid.code(x, y);
        if (code != CellByte.QUIET && code != CellByte.ACTIVE) {
            return -1;
        }
        if (citizenIndex == null || citizenIndex[cell] < 0 || citizenIndex[cell] >= citizens
                || citizenCell(citizenIndex[cell]) != cell) {
            citizenIndex = new int[grid.cells().length];
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

    /** The cell index {@code y · width + x} of a citizen, or −1 while it is in jail. */
    int citizenCell(int citizen) {
        return cellOf(position[citizen]);
    }

    /** The cell index {@code y · width + x} of a cop. */
    int copCell(int cop) {
        return cellOf(copXY[cop]);
    }

    private int cellOf(int xy) {
        return xy < 0 ? -1 : (xy >>> 16) * grid.width() + (xy & 0xFFFF);
    }

    CitizenState state(int citizen) {
        int xy = position[citizen];
        if (xy < 0) {
            return CitizenState.JAILED;
        }
        return grid.code(xy & 0xFFFF, xy >>> 16) == CellByte.ACTIVE ? CitizenState.ACTIVE : CitizenState.QUIET;
    }

    /** Citizens' positions, for a sweep to read and write (the array is replaced when citizens are added). */
    int[] positions() {
        return position;
    }

    /** Cops' positions, as {@link #positions()}. */
    int[] copPositions() {
        return copXY;
    }

    /** The sweep's list, as {@link #positions()}. */
    int[] order() {
        return order;
    }

    int listed() {
        return listed;
    }

    /** Shortens the sweep's list to the agents a sweep has kept in it. */
    void setListed(int listed) {
        this.listed = listed;
    }

    /** The citizen in each active cell, stale elsewhere. */
    int[] activeAt() {
        return activeAt;
    }

    int quietFrom(int citizen) {
        return quietFrom[citizen];
    }

    double hardship(int citizen) {
        return hardship[citizen];
    }

    double riskAversion(int citizen) {
        return riskAversion[citizen];
    }

    double grievance(int citizen) {
        return grievance[citizen];
    }

    int activeCount() {
        return active;
    }

    int citizenCount() {
        return citizens;
    }

    int copCount() {
        return cops;
    }
}
