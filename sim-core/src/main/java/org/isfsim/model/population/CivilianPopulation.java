package org.isfsim.model.population;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Arrays;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.space.SummedAreaTable;

/**
 * The civilians of Gaza, each agent standing for {@code peoplePerAgent} people, deciding once a day
 * whether to rebel by Epstein's civil violence rule (Epstein 2002, "Modeling civil violence: an
 * agent-based computational approach", PNAS 99 suppl. 3, Model I with legitimacy):
 * <ul>
 *   <li>grievance G = H·(1 − L), from the agent's hardship H and the legitimacy L it grants; here
 *       H = min(1, h·hardshipLevel) with a fixed hardship sensitivity h ~ U(0,1), so that level 1 is the
 *       paper's H ~ U(0,1) and the model can raise or lower hardship per cell (aid, shortages);</li>
 *   <li>net risk N = R·P, from its risk aversion R ~ U(0,1) and the estimated arrest probability
 *       P = 1 − exp(−k·⌊C/(A+1)⌋), C being the security personnel and A the actives within vision;</li>
 *   <li>an agent is active when G − N > T, quiet otherwise;</li>
 *   <li>actives may be detained, for a term uniform on 1..maxDetentionDays days (the paper's jail term
 *       J ~ U(0, J_max) steps), after which they are quiet again.</li>
 * </ul>
 *
 * <p>What differs from the paper, and why:
 * <ul>
 *   <li><b>Many agents per cell.</b> A 250 m cell of Gaza holds hundreds to thousands of people, so the
 *       agents of a cell share one location; they are stored sorted by cell (agents of cell c occupy
 *       [cellStart[c], cellStart[c+1])) in flat arrays, one byte of state and three numbers each.</li>
 *   <li><b>Synchronous update.</b> Every agent decides against window counts taken at the start of the
 *       day (yesterday's actives), not against the running state of a random-sequential sweep; this is
 *       deterministic and lets P be computed once per cell instead of once per agent. For the same
 *       reason A is everyone active in the window yesterday, the agent itself included, where the paper
 *       counts the others and adds the agent as the "+1".</li>
 *   <li><b>Square window.</b> Vision is the Moore square of radius r = round(visionKm / cell size) cells,
 *       counted in O(1) by summed-area tables, not the paper's von Neumann cross; the paper's reference
 *       mode ({@code EpsteinParameters}) keeps the cross for comparison with published runs.</li>
 *   <li><b>Security in units of agents.</b> C is the security personnel in view (ISF troops and police,
 *       supplied by the model in people) divided by peoplePerAgent, so that C/(A+1) compares like with
 *       like at any scale: the agent deciding, the "+1", is a group of peoplePerAgent people.</li>
 *   <li><b>Arrests as shared capacity.</b> In the paper each cop arrests one random active in its vision
 *       per step. Here each active is detained with probability min(1, a·C/max(1, A′)), a the arrests one
 *       security person makes in a day and A′ the actives in view after today's decisions: the security
 *       capacity in view is shared among the actives in view. A window's detentions are then about
 *       min(A′, a·C) agents, i.e. a·C people, so the number of people detained follows the security
 *       personnel and does not depend on peoplePerAgent. Windows overlap, so this is the paper's
 *       one-arrest-per-cop rule on average, not exactly.</li>
 * </ul>
 *
 * <p>{@link #step} allocates nothing: the tables and scratch arrays are made in the constructor.
 * All randomness comes from the generator passed in, drawn in agent order.
 */
public final class CivilianPopulation implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Quiet 0, active 1, detained 2, recruited 3, killed 4: the daily rule computes with these numbers. */
    private static final byte QUIET = (byte) CivilianState.QUIET.ordinal();
    private static final byte ACTIVE = (byte) CivilianState.ACTIVE.ordinal();
    private static final byte DETAINED = (byte) CivilianState.DETAINED.ordinal();
    private static final byte RECRUITED = (byte) CivilianState.RECRUITED.ordinal();
    private static final byte KILLED = (byte) CivilianState.KILLED.ordinal();
    private static final CivilianState[] STATES = CivilianState.values();

    private final CivilianParameters params;
    private final int peoplePerAgent;
    private final int width;
    private final int height;
    private final int cellCount;
    private final int radius;

    /** Agents of cell c are [cellStart[c], cellStart[c + 1]). */
    private final int[] cellStart;
    /** The cells holding at least one agent, ascending (rebuilt when people are moved). */
    private int[] occupiedCells;
    /** Whether each cell is inside the strip. */
    private final boolean[] inside;
    /** h: hardship sensitivity, H = min(1, h·hardshipLevel). */
    private final float[] hardship;
    /** R: risk aversion. */
    private final float[] riskAversion;
    private final byte[] state;
    /** For detained agents, the day of release; meaningless otherwise. */
    private final int[] releaseDay;

    /** Actives per cell, kept current by step, recruit and kill. */
    private final int[] activeInCell;
    /** Living agents not detained (quiet or active) per cell. */
    private final int[] freeInCell;

    private final SummedAreaTable activeTable;
    private final SummedAreaTable securityTable;
    /** Today's actives, cell by cell, from the rule to the arrests: those of cell c start at activeListStart[c]. */
    private final int[] activeList;
    private final int[] activeListStart;
    /** Scratch, per cell, from the last step: C (in agents), A and P. */
    private final double[] securityInView;
    private final double[] activesInView;
    private final double[] arrestProbability;

    private final int agentCount;
    private int activeTotal;
    private int detainedTotal;
    private int recruitedTotal;
    private int killedTotal;
    private double meanHardship;

    /**
     * Places the agents: each cell gets its population / peoplePerAgent agents, apportioned by largest
     * remainder (ties to the lower cell index) so that the total is exactly
     * round(totalPopulation / peoplePerAgent). Then draws, agent by agent, h and R from U(0,1).
     * All agents start quiet.
     *
     * @param map the map (cells, population, cell size)
     * @param peoplePerAgent people one agent stands for, at least 1
     * @param params the civilian parameters
     * @param random the run's generator
     * @throws IllegalArgumentException if peoplePerAgent is below 1 or the agents would not fit an array
     */
    public CivilianPopulation(GazaMap map, int peoplePerAgent, CivilianParameters params,
            MersenneTwisterFast random) {
        if (peoplePerAgent < 1) {
            throw new IllegalArgumentException("peoplePerAgent must be at least 1: " + peoplePerAgent);
        }
        this.params = params;
        this.peoplePerAgent = peoplePerAgent;
        this.width = map.width();
        this.height = map.height();
        this.cellCount = width * height;
        this.radius = (int) Math.round(params.visionKm() * 1000.0 / map.cellSizeMeters());

        inside = new boolean[cellCount];
        for (int c = 0; c < cellCount; c++) {
            inside[c] = map.inside(c % width, c / width);
        }
        long[] population = new long[cellCount];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                population[y * width + x] = map.population(x, y);
            }
        }
        long[] perCell = apportion(population, peoplePerAgent);
        cellStart = new int[cellCount + 1];
        long total = 0;
        int occupied = 0;
        for (int c = 0; c < cellCount; c++) {
            cellStart[c] = (int) total;
            total += perCell[c];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many agents for one array: more than " + total
                        + "; raise peoplePerAgent");
            }
            if (perCell[c] > 0) {
                occupied++;
            }
        }
        cellStart[cellCount] = (int) total;
        agentCount = (int) total;
        occupiedCells = new int[occupied];
        for (int c = 0, k = 0; c < cellCount; c++) {
            if (perCell[c] > 0) {
                occupiedCells[k++] = c;
            }
        }

        hardship = new float[agentCount];
        riskAversion = new float[agentCount];
        state = new byte[agentCount];
        releaseDay = new int[agentCount];
        double hSum = 0;
        for (int i = 0; i < agentCount; i++) {
            hardship[i] = random.nextFloat();
            riskAversion[i] = random.nextFloat();
            hSum += hardship[i];
        }
        meanHardship = agentCount == 0 ? 0.0 : hSum / agentCount;

        activeInCell = new int[cellCount];
        freeInCell = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            freeInCell[c] = cellStart[c + 1] - cellStart[c];
        }
        activeTable = new SummedAreaTable(width, height);
        securityTable = new SummedAreaTable(width, height);
        activeList = new int[agentCount];
        activeListStart = new int[cellCount];
        securityInView = new double[cellCount];
        activesInView = new double[cellCount];
        arrestProbability = new double[cellCount];
    }

    /**
     * Agents per cell: population[c] / peoplePerAgent, apportioned by largest remainder so that they sum
     * to round(total / peoplePerAgent) (halves up); remainders tie to the lower cell index.
     */
    static long[] apportion(long[] population, int peoplePerAgent) {
        long people = 0;
        for (long p : population) {
            people += p;
        }
        long[] out = new long[population.length];
        if (people == 0) {
            return out;
        }
        long agents = (2 * people + peoplePerAgent) / (2L * peoplePerAgent);
        long[] remainder = new long[population.length];
        long assigned = 0;
        for (int c = 0; c < population.length; c++) {
            // agents * population[c] stays below 2^63: both are at most ~10^7 in any scenario the
            // parameters allow; Math.multiplyExact guards the rest.
            long quota = Math.multiplyExact(agents, population[c]);
            out[c] = quota / people;
            remainder[c] = quota % people;
            assigned += out[c];
        }
        long left = agents - assigned;
        Integer[] order = new Integer[population.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int r = Long.compare(remainder[b], remainder[a]);
            return r != 0 ? r : Integer.compare(a, b);
        });
        for (int j = 0; j < left; j++) {
            out[order[j]]++;
        }
        return out;
    }

    /**
     * Epstein's estimated arrest probability P = 1 − exp(−k·⌊C/(A+1)⌋).
     *
     * @param arrestConstant k (2.3 in the paper, so that P ≈ 0.9 when C = 1 and A = 1)
     * @param security C, security personnel within vision, in agents
     * @param actives A, actives within vision
     * @return P in [0, 1]
     */
    public static double arrestProbability(double arrestConstant, double security, double actives) {
        return 1.0 - Math.exp(-arrestConstant * Math.floor(security / (actives + 1.0)));
    }

    /**
     * One day of the civilians, in this order:
     * <ol>
     *   <li>detained agents whose release day has come are released and decide with the others;</li>
     *   <li>summed-area tables are built of the actives per cell at the start of the day (yesterday's
     *       decisions and arrests, less those recruited or killed since) and of the security personnel
     *       per cell (in people, so that window sums of whole people are exact; divided by peoplePerAgent
     *       after summing);</li>
     *   <li>for each cell, C (security personnel in view / peoplePerAgent) and A (actives in view) are the
     *       sums over the square window of radius r, and P is computed once; every quiet or active agent
     *       of the cell is then active iff H·(1 − L) − R·P > T, with H = min(1, h·hardshipLevel);</li>
     *   <li>each active agent is detained with probability q = min(1, a·C / max(1, A′)), A′ the actives
     *       in view after today's decisions, for a term uniform on 1..maxDetentionDays days. The draws go
     *       in agent order, cell by cell, but skip: the number of actives passed over before the next
     *       detention is drawn from its geometric law, so a cell costs one draw plus two per detention
     *       instead of one per active, with the same distribution as a Bernoulli(q) draw per active.</li>
     * </ol>
     *
     * @param day today (a detained agent with release day ≤ day is released)
     * @param securityPeople per cell ({@code y * width + x}), ISF troops and police present, people, ≥ 0
     * @param legitimacy per cell, the legitimacy L civilians grant, in [0, 1]
     * @param hardshipLevel per cell, ≥ 0; 1 is Epstein's baseline H ~ U(0,1)
     * @param random the run's generator
     * @throws IllegalArgumentException if an array has the wrong length or a value is out of range
     */
    public void step(int day, double[] securityPeople, double[] legitimacy, double[] hardshipLevel,
            MersenneTwisterFast random) {
        checkInputs(securityPeople, legitimacy, hardshipLevel);
        activeTable.rebuild(activeInCell);
        securityTable.rebuild(securityPeople);
        decide(day, legitimacy, hardshipLevel);
        activeTable.rebuild(activeInCell);
        arrest(day, random);
    }

    private void checkInputs(double[] securityPeople, double[] legitimacy, double[] hardshipLevel) {
        checkLength("securityPeople", securityPeople);
        checkLength("legitimacy", legitimacy);
        checkLength("hardshipLevel", hardshipLevel);
        for (int c = 0; c < cellCount; c++) {
            if (!(securityPeople[c] >= 0.0 && securityPeople[c] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("securityPeople[" + c + "] must be finite and >= 0: "
                        + securityPeople[c]);
            }
            if (!(legitimacy[c] >= 0.0 && legitimacy[c] <= 1.0)) {
                throw new IllegalArgumentException("legitimacy[" + c + "] must be in [0, 1]: " + legitimacy[c]);
            }
            if (!(hardshipLevel[c] >= 0.0 && hardshipLevel[c] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("hardshipLevel[" + c + "] must be finite and >= 0: "
                        + hardshipLevel[c]);
            }
        }
    }

    private void checkLength(String name, double[] values) {
        if (values.length != cellCount) {
            throw new IllegalArgumentException(name + ": expected " + cellCount + " cells (" + width + " x "
                    + height + "), got " + values.length);
        }
    }

    /**
     * Releases, then applies the rule to every quiet or active agent; updates the counts and mean H and
     * lists today's actives cell by cell for {@link #arrest}. The loop body has no branch on an agent's
     * state or decision (each is a coin toss in a mixed cell, which a branch predictor cannot learn):
     * conditions are computed as 0/1 numbers by sign bits, the rule itself as the sign of T − (G − N).
     * Written as a comparison, the rule was compiled to a branch that mispredicts about as often as it is
     * taken: a civilian day at one agent per person took 32 ms rather than 13.
     */
    private void decide(int day, double[] legitimacy, double[] hardshipLevel) {
        double k = params.arrestConstant();
        double threshold = params.threshold();
        double hardshipSum = 0.0;
        int released = 0;
        int activeChange = 0;
        int listed = 0;
        for (int c : occupiedCells) {
            int x = c % width;
            int y = c / width;
            double security = securityTable.window(x, y, radius) / peoplePerAgent;
            double actives = activeTable.window(x, y, radius);
            double p = arrestProbability(k, security, actives);
            securityInView[c] = security;
            activesInView[c] = actives;
            arrestProbability[c] = p;
            double level = hardshipLevel[c];
            double alienation = 1.0 - legitimacy[c];
            int releasedHere = 0;
            double cellHardship = 0.0;
            activeListStart[c] = listed;
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                // States are 0..4 and days small, so (v - 1) >>> 31 is "v == 0" and (a - b) >>> 31 is "a < b".
                int s = state[i];
                int release = (((s ^ DETAINED) - 1) & (releaseDay[i] - day - 1)) >>> 31;
                s -= release * DETAINED;
                int free = (s - DETAINED) >>> 31;
                double h = Math.min(1.0, hardship[i] * level);
                cellHardship += h * ((s - RECRUITED) >>> 31);
                int rebels = free & (int) (Double.doubleToRawLongBits(threshold - (h * alienation - riskAversion[i] * p)) >>> 63);
                state[i] = (byte) (s + ((rebels - s) & -free));
                activeList[listed] = i;
                listed += rebels;
                releasedHere += release;
            }
            int active = listed - activeListStart[c];
            hardshipSum += cellHardship;
            activeChange += active - activeInCell[c];
            activeInCell[c] = active;
            freeInCell[c] += releasedHere;
            released += releasedHere;
        }
        activeTotal += activeChange;
        detainedTotal -= released;
        int living = livingCount();
        meanHardship = living == 0 ? 0.0 : hardshipSum / living;
    }

    /**
     * Detains actives, the security capacity in view shared among the actives in view. Jumps through
     * the list of today's actives by geometric skips, so the cost is per cell and per detention.
     */
    private void arrest(int day, MersenneTwisterFast random) {
        double perPerson = params.arrestsPerSecurityPersonDay();
        int maxTerm = params.maxDetentionDays();
        int detained = 0;
        for (int c : occupiedCells) {
            int count = activeInCell[c];
            double capacity = perPerson * securityInView[c];
            if (count == 0 || capacity <= 0.0) {
                continue;
            }
            double actives = activeTable.window(c % width, c / width, radius);
            double q = Math.min(1.0, capacity / Math.max(1.0, actives));
            double logMiss = Math.log1p(-q);
            int base = activeListStart[c];
            int j = skipped(random, logMiss, count);
            while (j < count) {
                int i = activeList[base + j];
                state[i] = DETAINED;
                releaseDay[i] = day + 1 + random.nextInt(maxTerm);
                detained++;
                activeInCell[c]--;
                freeInCell[c]--;
                j += 1 + skipped(random, logMiss, count);
            }
        }
        activeTotal -= detained;
        detainedTotal += detained;
    }

    /**
     * How many actives to pass over before the next detention when each is detained with probability
     * q: geometric, ⌊ln U / ln(1 − q)⌋ with U uniform on (0, 1], so that one draw replaces a run of
     * Bernoulli(q) draws (Devroye 1986, "Non-Uniform Random Variate Generation", §X.2). No draw when
     * q = 1 (ln(1 − q) = −∞): every active is detained.
     *
     * @return the skip, capped at {@code cap}
     */
    private static int skipped(MersenneTwisterFast random, double logMiss, int cap) {
        if (logMiss == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double skip = Math.log(1.0 - random.nextDouble()) / logMiss;
        return skip >= cap ? cap : (int) skip;
    }

    /**
     * Turns up to {@code maxAgents} active agents of a cell, lowest index first, into recruits of an
     * armed group; they leave the civilian population for good.
     *
     * @param cell the cell ({@code y * width + x})
     * @param maxAgents at most this many, ≥ 0
     * @return how many were recruited
     */
    public int recruit(int cell, int maxAgents) {
        checkCell(cell);
        checkCount(maxAgents);
        int wanted = Math.min(maxAgents, activeInCell[cell]);
        int done = 0;
        for (int i = cellStart[cell], end = cellStart[cell + 1]; i < end && done < wanted; i++) {
            if (state[i] == ACTIVE) {
                state[i] = RECRUITED;
                done++;
            }
        }
        activeInCell[cell] -= done;
        freeInCell[cell] -= done;
        activeTotal -= done;
        recruitedTotal += done;
        return done;
    }

    /**
     * Kills up to {@code maxAgents} quiet or active agents of a cell, chosen uniformly at random
     * (selection sampling, Knuth's Algorithm S: one draw per candidate visited, in agent order).
     *
     * @param cell the cell ({@code y * width + x})
     * @param maxAgents at most this many, ≥ 0
     * @param random the run's generator
     * @return how many were killed
     */
    public int kill(int cell, int maxAgents, MersenneTwisterFast random) {
        checkCell(cell);
        checkCount(maxAgents);
        int candidates = freeInCell[cell];
        int wanted = Math.min(maxAgents, candidates);
        int done = 0;
        int activeDone = 0;
        for (int i = cellStart[cell], end = cellStart[cell + 1]; i < end && done < wanted; i++) {
            byte s = state[i];
            if (s != QUIET && s != ACTIVE) {
                continue;
            }
            if (wanted - done == candidates || random.nextInt(candidates) < wanted - done) {
                if (s == ACTIVE) {
                    activeDone++;
                }
                state[i] = KILLED;
                done++;
            }
            candidates--;
        }
        activeInCell[cell] -= activeDone;
        freeInCell[cell] -= done;
        activeTotal -= activeDone;
        killedTotal += done;
        return done;
    }

    /**
     * Kills people at a cell, counted in people: as whole agents, people / peoplePerAgent rounded to a
     * neighbouring whole number with probability equal to the fraction (so the mean is exact), then
     * chosen as {@link #kill} chooses them.
     *
     * @return how many agents were killed
     */
    public int killPeople(int cell, int people, MersenneTwisterFast random) {
        return kill(cell, agentsFor(people, random), random);
    }

    /**
     * Recruits people among the actives around (x, y) (docs/sources.md#design-armed-groups: "recruit from active
     * civilians"): the
     * people wanted, as whole agents rounded as in {@link #killPeople}, at most as many whole agents as
     * {@code weapons} arm, taken row by row from the square of half-side {@code reach} cells by
     * {@link #recruit}. Whole agents leave the population, so people are conserved.
     *
     * @return the people recruited (agents recruited × peoplePerAgent)
     */
    public int recruitPeople(int x, int y, int reach, int people, int weapons, MersenneTwisterFast random) {
        int agents = Math.min(agentsFor(people, random), weapons / peoplePerAgent);
        int taken = 0;
        for (int row = y - reach; row <= y + reach && taken < agents; row++) {
            for (int column = x - reach; column <= x + reach && taken < agents; column++) {
                if (column >= 0 && row >= 0 && column < width && row < height) {
                    taken += recruit(row * width + column, agents - taken);
                }
            }
        }
        return taken * peoplePerAgent;
    }

    /**
     * Moves every agent of a cell that {@code zone} holds to the nearest inside cell it does not hold
     * (the first found on rings of growing Chebyshev radius, row by row): the people of ground the IDF
     * takes are displaced westward, away from the line. People are conserved; each agent keeps its state,
     * hardship, risk aversion and release day. Agents stay sorted by cell, the moved ones after those
     * already in their new cell, in the order of their old cells. Allocates: for a change of the line,
     * not for the daily loop.
     *
     * @return the agents moved
     */
    public int moveOutOf(HeldZone zone) {
        int[] destination = new int[cellCount];
        int moved = 0;
        for (int c = 0; c < cellCount; c++) {
            destination[c] = c;
            if (cellStart[c + 1] > cellStart[c] && zone.isHeld(c)) {
                int to = nearestUnheld(c, zone);
                if (to >= 0) {
                    destination[c] = to;
                    moved += cellStart[c + 1] - cellStart[c];
                }
            }
        }
        if (moved == 0) {
            return 0;
        }
        int[] count = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            count[destination[c]] += cellStart[c + 1] - cellStart[c];
        }
        int[] newStart = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++) {
            newStart[c + 1] = newStart[c] + count[c];
        }
        int[] cursor = Arrays.copyOf(newStart, cellCount);
        int[] order = new int[agentCount];
        for (int c = 0; c < cellCount; c++) {
            if (destination[c] == c) {
                for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                    order[cursor[c]++] = i;
                }
            }
        }
        for (int c = 0; c < cellCount; c++) {
            if (destination[c] != c) {
                for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                    order[cursor[destination[c]]++] = i;
                }
            }
        }
        float[] oldHardship = hardship.clone();
        float[] oldRisk = riskAversion.clone();
        byte[] oldState = state.clone();
        int[] oldRelease = releaseDay.clone();
        for (int j = 0; j < agentCount; j++) {
            hardship[j] = oldHardship[order[j]];
            riskAversion[j] = oldRisk[order[j]];
            state[j] = oldState[order[j]];
            releaseDay[j] = oldRelease[order[j]];
        }
        System.arraycopy(newStart, 0, cellStart, 0, cellCount + 1);
        int occupied = 0;
        for (int c = 0; c < cellCount; c++) {
            activeInCell[c] = 0;
            freeInCell[c] = 0;
            for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                if (state[i] == ACTIVE) {
                    activeInCell[c]++;
                }
                if (state[i] == ACTIVE || state[i] == QUIET) {
                    freeInCell[c]++;
                }
            }
            if (cellStart[c + 1] > cellStart[c]) {
                occupied++;
            }
        }
        occupiedCells = new int[occupied];
        for (int c = 0, k = 0; c < cellCount; c++) {
            if (cellStart[c + 1] > cellStart[c]) {
                occupiedCells[k++] = c;
            }
        }
        return moved;
    }

    /** The nearest inside cell the zone does not hold, or -1 when it holds them all. */
    private int nearestUnheld(int cell, HeldZone zone) {
        int cx = cell % width;
        int cy = cell / width;
        int limit = Math.max(width, height);
        for (int r = 1; r <= limit; r++) {
            for (int y = cy - r; y <= cy + r; y++) {
                for (int x = cx - r; x <= cx + r; x++) {
                    if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) != r || x < 0 || y < 0 || x >= width
                            || y >= height) {
                        continue;
                    }
                    int i = y * width + x;
                    if (inside[i] && !zone.isHeld(i)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** People that a number of agents stands for. */
    public double people(double agents) {
        return agents * peoplePerAgent;
    }

    /** People as whole agents, rounded up with probability equal to the fraction. */
    private int agentsFor(int people, MersenneTwisterFast random) {
        double value = people / (double) peoplePerAgent;
        int whole = (int) Math.floor(value);
        return whole + (random.nextDouble() < value - whole ? 1 : 0);
    }

    private void checkCell(int cell) {
        if (cell < 0 || cell >= cellCount) {
            throw new IllegalArgumentException("cell index out of range 0.." + (cellCount - 1) + ": " + cell);
        }
    }

    private static void checkCount(int maxAgents) {
        if (maxAgents < 0) {
            throw new IllegalArgumentException("maxAgents must be >= 0: " + maxAgents);
        }
    }

    /** @return all agents ever placed, whatever their state (conserved) */
    public int agentCount() {
        return agentCount;
    }

    /** @return living civilians: quiet, active or detained (recruits have left the population) */
    public int livingCount() {
        return agentCount - recruitedTotal - killedTotal;
    }

    /** @return active agents */
    public int activeCount() {
        return activeTotal;
    }

    /** @return detained agents */
    public int detainedCount() {
        return detainedTotal;
    }

    /** @return agents recruited by armed groups */
    public int recruitedCount() {
        return recruitedTotal;
    }

    /** @return agents killed */
    public int killedCount() {
        return killedTotal;
    }

    /** @return active agents over living agents not detained, in [0, 1]; 0 if there are none */
    public double activeShare() {
        int free = livingCount() - detainedTotal;
        return free == 0 ? 0.0 : (double) activeTotal / free;
    }

    /** @return detained agents over living agents, in [0, 1]; 0 if there are none */
    public double detainedShare() {
        int living = livingCount();
        return living == 0 ? 0.0 : (double) detainedTotal / living;
    }

    /**
     * @return the mean hardship H over living agents as computed in the last step (before any step, at
     *         hardship level 1 over all agents); 0 if there are none
     */
    public double meanHardship() {
        return meanHardship;
    }

    /**
     * @param cell a cell ({@code y * width + x})
     * @return active agents in the cell
     */
    public int activeAgents(int cell) {
        checkCell(cell);
        return activeInCell[cell];
    }

    /**
     * @param cell a cell ({@code y * width + x})
     * @return living agents not detained (quiet or active) in the cell
     */
    public int agentsIn(int cell) {
        checkCell(cell);
        return freeInCell[cell];
    }

    /**
     * @param cell a cell ({@code y * width + x})
     * @return active agents over living agents not detained in the cell; 0 if there are none
     */
    public double activeShareIn(int cell) {
        checkCell(cell);
        int free = freeInCell[cell];
        return free == 0 ? 0.0 : (double) activeInCell[cell] / free;
    }

    /**
     * @param cell a cell ({@code y * width + x})
     * @return the arrest probability P the cell's agents saw in the last step (0 before any step or for a
     *         cell without agents)
     */
    public double arrestProbabilityIn(int cell) {
        checkCell(cell);
        return arrestProbability[cell];
    }

    /**
     * @param agent an agent index, 0..agentCount() − 1
     * @return its state
     */
    public CivilianState stateOf(int agent) {
        return STATES[state[agent]];
    }

    /** @return people one agent stands for */
    public int peoplePerAgent() {
        return peoplePerAgent;
    }

    /** @return the half-side of the vision window, cells */
    public int visionRadiusCells() {
        return radius;
    }

    /** @return the parameters the population was built with */
    public CivilianParameters parameters() {
        return params;
    }

    /** The first agent of a cell; the agents of cell c are [cellStart(c), cellStart(c + 1)). */
    int cellStart(int cell) {
        return cellStart[cell];
    }

    /** C seen by the cell's agents in the last step: security personnel in view, in agents. */
    double securityInView(int cell) {
        return securityInView[cell];
    }

    /** A seen by the cell's agents in the last step: actives in view at the start of the day. */
    double activesInView(int cell) {
        return activesInView[cell];
    }

    /** The day a detained agent is released. */
    int releaseDayOf(int agent) {
        return releaseDay[agent];
    }

    /** Risk aversion R of an agent. */
    float riskAversionOf(int agent) {
        return riskAversion[agent];
    }

    /** Hardship sensitivity h of an agent. */
    float hardshipSensitivityOf(int agent) {
        return hardship[agent];
    }
}
