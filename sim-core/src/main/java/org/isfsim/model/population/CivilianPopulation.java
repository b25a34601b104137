package org.isfsim.model.population;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Arrays;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.AttitudeParameters;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.space.SummedAreaTable;

/**
 * The civilians of Gaza, each agent standing for {@code peoplePerAgent} people (docs/sources.md#design-civilians,
 * #design-attitudes). Each day an agent
 * <ul>
 *   <li><b>thinks</b>: it holds a stance towards the transitional order (O), Hamas (H) and Israel (I),
 *       x = μ + σ·z + e in logit space ({@link Stance}): z a predisposition drawn at the start (O and H
 *       correlated), e an experience stock that forgets with a half-life and takes the day's impulses seen from
 *       its cell (killings by each side, aid, police and troops, coercion, broken promises);</li>
 *   <li><b>acts</b> openly, apart from what it thinks, by Epstein's rule (Epstein 2002, PNAS 99 suppl. 3) with
 *       an authority as the referent: against the order G_O = H·(1 − s_O)·presence_O, presence_O from the ISF
 *       and police in view, and net risk R·P_O·sanction_O with P_O = 1 − exp(−k·C/(A_O + 1)), C the ISF and
 *       police in view and A_O the people acting against the order in view, both in people (no floor, so the
 *       rule is the same at any peoplePerAgent); against Hamas G_H = H·(1 − s_H)·presence_H, presence_H the
 *       groups' control where their fighters are in view (control × min(1, F / referent)), and
 *       P_H = 1 − exp(−k_H·F/(A_H + 1)), F the fighters in view. It acts against the authority with the larger
 *       G − N when that exceeds the threshold T; with no referent in view there is nobody to act against;</li>
 *   <li>may be <b>detained</b>, only when acting against the order, by the ISF and police in view at a
 *       realistic daily rate per person, and only while the order's detention capacity has room;</li>
 *   <li>may be <b>recruitable</b> by an armed group: a fixed eligible share (young men) whose willingness
 *       x_H + w_h·H + w_i·(harm by Israel) + w_p·H·control passes a threshold.</li>
 * </ul>
 * H = min(1, h·hardshipLevel) with a fixed sensitivity h ~ U(0, 1), so that level 1 is Epstein's H ~ U(0, 1).
 * Agents of a cell share one location and are stored sorted by cell in flat arrays; every agent decides against
 * window counts taken at the start of the day (synchronous update), counted in O(1) by summed-area tables over
 * the Moore square of radius r = round(visionKm / cell size). People flee cells where killing nearby passes a
 * danger level ({@link #flee}), and are displaced out of ground the IDF takes ({@link #moveOutOf}); both move
 * whole agents with all their arrays through one {@link Relocation}.
 *
 * <p>{@link #step} and {@link #flee} allocate nothing: tables and scratch arrays are made in the constructor.
 * All randomness comes from the generator passed in, drawn in agent order.
 */
public final class CivilianPopulation implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Quiet 0, active 1, detained 2, recruited 3, killed 4. */
    private static final byte QUIET = (byte) CivilianState.QUIET.ordinal();
    private static final byte ACTIVE = (byte) CivilianState.ACTIVE.ordinal();
    private static final byte DETAINED = (byte) CivilianState.DETAINED.ordinal();
    private static final byte RECRUITED = (byte) CivilianState.RECRUITED.ordinal();
    private static final byte KILLED = (byte) CivilianState.KILLED.ordinal();
    private static final CivilianState[] STATES = CivilianState.values();
    /** Whom an active agent acts against: nobody (not active), the order, Hamas. */
    private static final byte AGAINST_NONE = 0;
    private static final byte AGAINST_ORDER = 1;
    private static final byte AGAINST_HAMAS = 2;

    private final CivilianParameters params;
    private final AttitudeParameters attitudes;
    private final int peoplePerAgent;
    private final int width;
    private final int height;
    private final int cellCount;
    private final int radius;
    private final double memoryDecay;
    private final double flightDecay;

    /** Agents of cell c are [cellStart[c], cellStart[c + 1]). */
    private final int[] cellStart;
    /** The cells holding at least one agent, ascending, in [0, occupiedCount). */
    private final int[] occupiedCells;
    private int occupiedCount;
    /** Whether each cell is inside the strip. */
    private final boolean[] inside;

    // Per agent; every array here moves with its agent (see relocate).
    /** h: hardship sensitivity, H = min(1, h·hardshipLevel). */
    private final float[] hardship;
    /** R: risk aversion. */
    private final float[] riskAversion;
    /** μ + σ·z towards the order, Hamas and Israel. */
    private final float[] baseOrder;
    private final float[] baseHamas;
    private final float[] baseIsrael;
    /** e: experience towards the order, Hamas and Israel. */
    private final float[] experienceOrder;
    private final float[] experienceHamas;
    private final float[] experienceIsrael;
    private final byte[] state;
    /** For active agents, whom they act against (AGAINST_*); 0 otherwise. */
    private final byte[] against;
    /** 1 for agents who could ever be recruited (young men). */
    private final byte[] eligible;
    /** 1 for agents recruitable today (eligible, free and willing). */
    private final byte[] recruitable;
    /**
     * For detained agents, the day of release; for quiet agents the armed groups punished, the day until
     * which they stay cowed (no open action); in the past otherwise.
     */
    private final int[] releaseDay;

    /** Per cell, kept current by step, recruit, kill and relocation. */
    private final int[] activeInCell;
    private final int[] activeOrderInCell;
    private final int[] activeHamasInCell;
    private final int[] recruitableInCell;
    /** Living agents not detained (quiet or active) per cell. */
    private final int[] freeInCell;

    /** People killed today per cell, by Israeli fire and by the armed groups. */
    private final double[] killedByIsraelToday;
    private final double[] killedByArmedGroupsToday;
    /** Remembered people killed per cell, halving every flightMemoryDays: the danger people flee. */
    private final double[] dangerMemory;

    private final SummedAreaTable orderActiveTable;
    private final SummedAreaTable hamasActiveTable;
    private final SummedAreaTable securityTable;
    private final SummedAreaTable isfTable;
    private final SummedAreaTable policeTable;
    private final SummedAreaTable fighterTable;
    private final SummedAreaTable israelKillingTable;
    private final SummedAreaTable armedKillingTable;
    private final SummedAreaTable dangerTable;
    /** Scratch per cell: people in view, as counted today. */
    private final double[] scratch;
    /** Today's actives against the order, cell by cell, from the rule to the arrests. */
    private final int[] activeList;
    private final int[] activeListStart;
    /** Today's actives against Hamas, cell by cell, from the rule to the groups' punishments. */
    private final int[] hamasList;
    private final int[] hamasListStart;
    /** Per cell, from the last step: C (security people in view) and P against the order and Hamas. */
    private final double[] securityInView;
    private final double[] orderRisk;
    private final double[] hamasRisk;
    private final Relocation relocation;

    private final int agentCount;
    private int activeTotal;
    private int activeOrderTotal;
    private int activeHamasTotal;
    private int detainedTotal;
    private int recruitedTotal;
    private int killedTotal;
    private int recruitableTotal;
    private int supportOrderCount;
    private int supportHamasCount;
    private int detainedToday;
    private int punishedToday;
    private int fledToday;
    private double meanHardship;

    /**
     * Places the agents: each cell gets its population / peoplePerAgent agents, apportioned by largest
     * remainder (ties to the lower cell index) so that the total is exactly round(totalPopulation /
     * peoplePerAgent). Then draws, agent by agent: h and R from U(0, 1); the predispositions z_O, z_H (ρ with
     * z_O) and z_I from N(0, 1); whether it is eligible for recruitment. All agents start quiet, with no
     * experience.
     *
     * @throws IllegalArgumentException if peoplePerAgent is below 1 or the agents would not fit an array
     */
    public CivilianPopulation(GazaMap map, int peoplePerAgent, CivilianParameters params,
            MersenneTwisterFast random) {
        if (peoplePerAgent < 1) {
            throw new IllegalArgumentException("peoplePerAgent must be at least 1: " + peoplePerAgent);
        }
        this.params = params;
        this.attitudes = params.attitudes();
        this.peoplePerAgent = peoplePerAgent;
        this.width = map.width();
        this.height = map.height();
        this.cellCount = width * height;
        this.radius = (int) Math.round(params.visionKm() * 1000.0 / map.cellSizeMeters());
        this.memoryDecay = Math.pow(0.5, 1.0 / attitudes.memoryHalfLifeDays());
        this.flightDecay = Math.pow(0.5, 1.0 / params.flightMemoryDays());

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
        for (int c = 0; c < cellCount; c++) {
            cellStart[c] = (int) total;
            total += perCell[c];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many agents for one array: more than " + total
                        + "; raise peoplePerAgent");
            }
        }
        cellStart[cellCount] = (int) total;
        agentCount = (int) total;
        occupiedCells = new int[cellCount];
        listOccupied();

        hardship = new float[agentCount];
        riskAversion = new float[agentCount];
        baseOrder = new float[agentCount];
        baseHamas = new float[agentCount];
        baseIsrael = new float[agentCount];
        experienceOrder = new float[agentCount];
        experienceHamas = new float[agentCount];
        experienceIsrael = new float[agentCount];
        state = new byte[agentCount];
        against = new byte[agentCount];
        eligible = new byte[agentCount];
        recruitable = new byte[agentCount];
        releaseDay = new int[agentCount];
        double sigma = attitudes.spread();
        double rho = attitudes.orderHamasCorrelation();
        double rest = Math.sqrt(1.0 - rho * rho);
        double muOrder = Stance.meanFor(attitudes.orderInitialSupport(), sigma);
        double muHamas = Stance.meanFor(attitudes.hamasInitialSupport(), sigma);
        double muIsrael = Stance.meanFor(attitudes.israelInitialSupport(), sigma);
        double hSum = 0;
        for (int i = 0; i < agentCount; i++) {
            hardship[i] = random.nextFloat();
            riskAversion[i] = random.nextFloat();
            double zOrder = random.nextGaussian();
            double zHamas = rho * zOrder + rest * random.nextGaussian();
            double zIsrael = random.nextGaussian();
            baseOrder[i] = (float) (muOrder + sigma * zOrder);
            baseHamas[i] = (float) (muHamas + sigma * zHamas);
            baseIsrael[i] = (float) (muIsrael + sigma * zIsrael);
            eligible[i] = (byte) (random.nextDouble() < params.recruitableShare() ? 1 : 0);
            hSum += hardship[i];
            supportOrderCount += baseOrder[i] > 0 ? 1 : 0;
            supportHamasCount += baseHamas[i] > 0 ? 1 : 0;
        }
        meanHardship = agentCount == 0 ? 0.0 : hSum / agentCount;

        activeInCell = new int[cellCount];
        activeOrderInCell = new int[cellCount];
        activeHamasInCell = new int[cellCount];
        recruitableInCell = new int[cellCount];
        freeInCell = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            freeInCell[c] = cellStart[c + 1] - cellStart[c];
        }
        killedByIsraelToday = new double[cellCount];
        killedByArmedGroupsToday = new double[cellCount];
        dangerMemory = new double[cellCount];
        orderActiveTable = new SummedAreaTable(width, height);
        hamasActiveTable = new SummedAreaTable(width, height);
        securityTable = new SummedAreaTable(width, height);
        isfTable = new SummedAreaTable(width, height);
        policeTable = new SummedAreaTable(width, height);
        fighterTable = new SummedAreaTable(width, height);
        israelKillingTable = new SummedAreaTable(width, height);
        armedKillingTable = new SummedAreaTable(width, height);
        dangerTable = new SummedAreaTable(width, height);
        scratch = new double[cellCount];
        activeList = new int[agentCount];
        activeListStart = new int[cellCount];
        hamasList = new int[agentCount];
        hamasListStart = new int[cellCount];
        securityInView = new double[cellCount];
        orderRisk = new double[cellCount];
        hamasRisk = new double[cellCount];
        relocation = new Relocation(agentCount, cellCount);
    }

    private void listOccupied() {
        int k = 0;
        for (int c = 0; c < cellCount; c++) {
            if (cellStart[c + 1] > cellStart[c]) {
                occupiedCells[k++] = c;
            }
        }
        occupiedCount = k;
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
     * Epstein's estimated arrest probability P = 1 − exp(−k·⌊C/(A+1)⌋), as in the paper (C and A in agents);
     * the Gaza rule uses {@link #riskOfActing} instead.
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
     * The chance of being caught acting openly against an authority: P = 1 − exp(−k·C/(A + 1)), C its
     * enforcers in view and A the people acting against it in view, both in people and without Epstein's
     * floor, so that one person more or less changes P a little at any scale.
     */
    public static double riskOfActing(double constant, double enforcers, double actives) {
        return 1.0 - Math.exp(-constant * enforcers / (actives + 1.0));
    }

    /**
     * One day of the civilians, in this order:
     * <ol>
     *   <li>detained agents whose release day has come are released and decide with the others;</li>
     *   <li>window tables are built of the people acting against the order and against Hamas at the start of
     *       the day, of the order's ISF and police, of the fighters and of today's killings by each side;</li>
     *   <li>for each cell the day's impulses to the three stances and the risks P_O and P_H are computed once;
     *       every agent's experience forgets and takes the impulses, and every quiet or active agent decides
     *       whether to act openly and against whom, and whether it is recruitable;</li>
     *   <li>each agent acting against the order is detained with probability
     *       q = min(1, a·C / max(peoplePerAgent, A′_O)), a the arrests one security person makes in a day,
     *       C the security people in view and A′_O the people acting against the order in view after today's
     *       decisions, for a term uniform on 1..maxDetentionDays, while the detention capacity has room. The
     *       draws skip geometrically through the cell's list, as Bernoulli(q) draws per agent would;</li>
     *   <li>today's killings join the remembered danger and are cleared.</li>
     * </ol>
     *
     * @param day today (a detained agent with release day ≤ day is released)
     * @param today what the civilians see today
     * @param random the run's generator
     * @throws IllegalArgumentException if an array has the wrong length or a value is out of range
     */
    public void step(int day, CivilianDay today, MersenneTwisterFast random) {
        checkInputs(today);
        fillPeople(activeOrderInCell);
        orderActiveTable.rebuild(scratch);
        fillPeople(activeHamasInCell);
        hamasActiveTable.rebuild(scratch);
        securityTable.rebuild(today.securityPeople);
        isfTable.rebuild(today.isfPeople);
        policeTable.rebuild(today.policePeople);
        fighterTable.rebuild(today.fighterPeople);
        israelKillingTable.rebuild(killedByIsraelToday);
        armedKillingTable.rebuild(killedByArmedGroupsToday);
        decide(day, today);
        fillPeople(activeOrderInCell);
        orderActiveTable.rebuild(scratch);
        arrest(day, random);
        fillPeople(activeHamasInCell);
        hamasActiveTable.rebuild(scratch);
        punish(day, today, random);
        for (int c = 0; c < cellCount; c++) {
            dangerMemory[c] = dangerMemory[c] * flightDecay + killedByIsraelToday[c] + killedByArmedGroupsToday[c];
            killedByIsraelToday[c] = 0;
            killedByArmedGroupsToday[c] = 0;
        }
    }

    private void fillPeople(int[] agentsPerCell) {
        for (int c = 0; c < cellCount; c++) {
            scratch[c] = (double) agentsPerCell[c] * peoplePerAgent;
        }
    }

    private void checkInputs(CivilianDay today) {
        if (today.cells() != cellCount) {
            throw new IllegalArgumentException("today: expected " + cellCount + " cells (" + width + " x " + height
                    + "), got " + today.cells());
        }
        for (int c = 0; c < cellCount; c++) {
            checkPeople("securityPeople", c, today.securityPeople[c]);
            checkPeople("isfPeople", c, today.isfPeople[c]);
            checkPeople("policePeople", c, today.policePeople[c]);
            checkPeople("fighterPeople", c, today.fighterPeople[c]);
            checkPeople("hardshipLevel", c, today.hardshipLevel[c]);
            checkShare("armedControl", c, today.armedControl[c]);
            checkShare("aidRelief", c, today.aidRelief[c]);
        }
    }

    private static void checkPeople(String name, int c, double value) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + "[" + c + "] must be finite and >= 0: " + value);
        }
    }

    private static void checkShare(String name, int c, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + "[" + c + "] must be in [0, 1]: " + value);
        }
    }

    /**
     * Releases, then for every agent of every occupied cell: experience, stances, the decision to act and
     * against whom, and willingness to be recruited; updates the counts and lists today's actives against the
     * order cell by cell for {@link #arrest}.
     */
    private void decide(int day, CivilianDay today) {
        AttitudeParameters a = attitudes;
        double threshold = params.threshold();
        double saturation = a.presenceSaturationPeople();
        double orderSanction = params.orderSanction();
        double hamasSanction = params.hamasSanction();
        double referent = params.referentPresencePeople();
        double willingAt = params.recruitWillingnessThreshold();
        double wHardship = params.recruitHardshipWeight();
        double wHarm = params.recruitIsraeliHarmWeight();
        double wPatronage = params.recruitPatronageWeight();
        double stripWideOrder = -a.orderPerShortfallDay() * today.aidShortfall()
                - a.orderPerMissedDeadline() * today.deadlinesMissed();
        double hardshipSum = 0.0;
        int released = 0;
        int listed = 0;
        int listedHamas = 0;
        int supportOrder = 0;
        int supportHamas = 0;
        int activeAll = 0;
        int activeOrder = 0;
        int activeHamas = 0;
        int willingAll = 0;
        for (int k = 0; k < occupiedCount; k++) {
            int c = occupiedCells[k];
            int x = c % width;
            int y = c / width;
            double security = securityTable.window(x, y, radius);
            double orderPresence = Math.min(1.0, security / referent);
            double control = today.armedControl[c];
            double pOrder = riskOfActing(params.arrestConstant(), security, orderActiveTable.window(x, y, radius));
            double fighters = fighterTable.window(x, y, radius);
            double pHamas = riskOfActing(params.coercionConstant(), fighters, hamasActiveTable.window(x, y, radius));
            double hamasPresence = control * Math.min(1.0, fighters / referent);
            securityInView[c] = security;
            orderRisk[c] = pOrder;
            hamasRisk[c] = pHamas;
            double riskOrder = pOrder * orderSanction;
            double riskHamas = pHamas * hamasSanction;
            double byIsrael = israelKillingTable.window(x, y, radius);
            double byGroups = armedKillingTable.window(x, y, radius);
            double police = Math.min(1.0, policeTable.window(x, y, radius) / saturation);
            double troops = Math.min(1.0, isfTable.window(x, y, radius) / saturation);
            double orderSeen = Math.min(1.0, (policeTable.window(x, y, radius) + isfTable.window(x, y, radius))
                    / saturation);
            float impulseOrder = (float) (stripWideOrder + a.orderPerAidDay() * today.aidRelief[c]
                    + a.orderPerPoliceDay() * police + a.orderPerTroopsDay() * troops
                    - a.orderPerUnprotectedKilling() * (byIsrael + byGroups) * orderSeen);
            float impulseHamas = (float) (a.hamasPerIsraeliKilling() * byIsrael
                    - a.hamasPerArmedGroupKilling() * byGroups - a.hamasPerCoercionDay() * control);
            float impulseIsrael = (float) (-a.israelPerIsraeliKilling() * byIsrael);
            float decay = (float) memoryDecay;
            double level = today.hardshipLevel[c];
            int releasedHere = 0;
            int activeHere = 0;
            int orderHere = 0;
            int hamasHere = 0;
            int willingHere = 0;
            double cellHardship = 0.0;
            activeListStart[c] = listed;
            hamasListStart[c] = listedHamas;
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                int s = state[i];
                if (s >= RECRUITED) {
                    continue;
                }
                if (s == DETAINED && releaseDay[i] <= day) {
                    s = QUIET;
                    releasedHere++;
                }
                float eOrder = experienceOrder[i] * decay + impulseOrder;
                float eHamas = experienceHamas[i] * decay + impulseHamas;
                float eIsrael = experienceIsrael[i] * decay + impulseIsrael;
                experienceOrder[i] = eOrder;
                experienceHamas[i] = eHamas;
                experienceIsrael[i] = eIsrael;
                double xOrder = baseOrder[i] + eOrder;
                double xHamas = baseHamas[i] + eHamas;
                supportOrder += xOrder > 0 ? 1 : 0;
                supportHamas += xHamas > 0 ? 1 : 0;
                double h = Math.min(1.0, hardship[i] * level);
                cellHardship += h;
                if (s == DETAINED) {
                    state[i] = DETAINED;
                    against[i] = AGAINST_NONE;
                    recruitable[i] = 0;
                    continue;
                }
                double r = riskAversion[i];
                double netOrder = h * (1.0 - Stance.of(xOrder)) * orderPresence - r * riskOrder;
                double netHamas = h * (1.0 - Stance.of(xHamas)) * hamasPresence - r * riskHamas;
                boolean towardsOrder = netOrder >= netHamas;
                boolean acts = (towardsOrder ? netOrder : netHamas) > threshold && releaseDay[i] <= day;
                state[i] = acts ? ACTIVE : QUIET;
                byte target = acts ? (towardsOrder ? AGAINST_ORDER : AGAINST_HAMAS) : AGAINST_NONE;
                against[i] = target;
                activeHere += acts ? 1 : 0;
                if (target == AGAINST_ORDER) {
                    activeList[listed++] = i;
                    orderHere++;
                } else if (target == AGAINST_HAMAS) {
                    hamasList[listedHamas++] = i;
                    hamasHere++;
                }
                boolean willing = eligible[i] != 0 && xHamas + wHardship * h + wHarm * Math.max(0.0, -eIsrael)
                        + wPatronage * h * control > willingAt;
                recruitable[i] = (byte) (willing ? 1 : 0);
                willingHere += willing ? 1 : 0;
            }
            hardshipSum += cellHardship;
            activeInCell[c] = activeHere;
            activeOrderInCell[c] = orderHere;
            activeHamasInCell[c] = hamasHere;
            recruitableInCell[c] = willingHere;
            freeInCell[c] += releasedHere;
            released += releasedHere;
            activeAll += activeHere;
            activeOrder += orderHere;
            activeHamas += hamasHere;
            willingAll += willingHere;
        }
        activeTotal = activeAll;
        activeOrderTotal = activeOrder;
        activeHamasTotal = activeHamas;
        recruitableTotal = willingAll;
        supportOrderCount = supportOrder;
        supportHamasCount = supportHamas;
        detainedTotal -= released;
        int living = livingCount();
        meanHardship = living == 0 ? 0.0 : hardshipSum / living;
    }

    /**
     * Detains people acting against the order, the security capacity in view shared among them, while the
     * detention capacity has room. Jumps through the list of today's actives against the order by geometric
     * skips, so the cost is per cell and per detention.
     */
    private void arrest(int day, MersenneTwisterFast random) {
        double perPerson = params.arrestsPerSecurityPersonDay();
        int maxTerm = params.maxDetentionDays();
        int room = params.detentionCapacityPeople() / peoplePerAgent - detainedTotal;
        int detained = 0;
        for (int k = 0; k < occupiedCount && detained < room; k++) {
            int c = occupiedCells[k];
            int count = activeOrderInCell[c];
            double capacity = perPerson * securityInView[c];
            if (count == 0 || capacity <= 0.0) {
                continue;
            }
            double actives = orderActiveTable.window(c % width, c / width, radius);
            double q = Math.min(1.0, capacity / Math.max(peoplePerAgent, actives));
            double logMiss = Math.log1p(-q);
            int base = activeListStart[c];
            int j = skipped(random, logMiss, count);
            while (j < count && detained < room) {
                int i = activeList[base + j];
                state[i] = DETAINED;
                against[i] = AGAINST_NONE;
                if (recruitable[i] != 0) {
                    recruitable[i] = 0;
                    recruitableInCell[c]--;
                    recruitableTotal--;
                }
                releaseDay[i] = day + 1 + random.nextInt(maxTerm);
                detained++;
                activeInCell[c]--;
                activeOrderInCell[c]--;
                freeInCell[c]--;
                j += 1 + skipped(random, logMiss, count);
            }
        }
        activeTotal -= detained;
        activeOrderTotal -= detained;
        detainedTotal += detained;
        detainedToday = detained;
    }

    /**
     * The armed groups punish people acting openly against them (docs/sources.md#design-attitudes: beatings,
     * detention, shootings of protesters): each is punished with probability
     * q = min(1, b·F / max(peoplePerAgent, A′_H)), b the people one fighter in view punishes in a day, F the
     * fighters in view and A′_H the people acting against the groups in view after today's decisions; a
     * punished agent is quiet and cowed for a term uniform on 1..maxDetentionDays days. Same geometric skips
     * as {@link #arrest}.
     */
    private void punish(int day, CivilianDay today, MersenneTwisterFast random) {
        double perFighter = params.punishmentsPerFighterDay();
        int maxTerm = params.maxDetentionDays();
        int punished = 0;
        for (int k = 0; k < occupiedCount; k++) {
            int c = occupiedCells[k];
            int count = activeHamasInCell[c];
            if (count == 0 || perFighter <= 0.0) {
                continue;
            }
            int x = c % width;
            int y = c / width;
            double capacity = perFighter * fighterTable.window(x, y, radius);
            if (capacity <= 0.0) {
                continue;
            }
            double q = Math.min(1.0, capacity / Math.max(peoplePerAgent, hamasActiveTable.window(x, y, radius)));
            double logMiss = Math.log1p(-q);
            int base = hamasListStart[c];
            int j = skipped(random, logMiss, count);
            int here = 0;
            while (j < count) {
                int i = hamasList[base + j];
                state[i] = QUIET;
                against[i] = AGAINST_NONE;
                releaseDay[i] = day + 1 + random.nextInt(maxTerm);
                here++;
                j += 1 + skipped(random, logMiss, count);
            }
            activeInCell[c] -= here;
            activeHamasInCell[c] -= here;
            punished += here;
        }
        activeTotal -= punished;
        activeHamasTotal -= punished;
        punishedToday = punished;
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

    /** Takes a free agent out of the per-cell and total counts of actives and recruitables. */
    private void forget(int i, int cell) {
        if (state[i] == ACTIVE) {
            activeInCell[cell]--;
            activeTotal--;
            if (against[i] == AGAINST_ORDER) {
                activeOrderInCell[cell]--;
                activeOrderTotal--;
            } else if (against[i] == AGAINST_HAMAS) {
                activeHamasInCell[cell]--;
                activeHamasTotal--;
            }
        }
        if (recruitable[i] != 0) {
            recruitableInCell[cell]--;
            recruitableTotal--;
        }
        against[i] = AGAINST_NONE;
        recruitable[i] = 0;
        freeInCell[cell]--;
    }

    /**
     * Turns up to {@code maxAgents} recruitable agents of a cell, lowest index first, into recruits of an
     * armed group; they leave the civilian population for good.
     *
     * @param cell the cell ({@code y * width + x})
     * @param maxAgents at most this many, ≥ 0
     * @return how many were recruited
     */
    public int recruit(int cell, int maxAgents) {
        checkCell(cell);
        checkCount(maxAgents);
        int wanted = Math.min(maxAgents, recruitableInCell[cell]);
        int done = 0;
        for (int i = cellStart[cell], end = cellStart[cell + 1]; i < end && done < wanted; i++) {
            if (recruitable[i] != 0 && (state[i] == QUIET || state[i] == ACTIVE)) {
                forget(i, cell);
                state[i] = RECRUITED;
                done++;
            }
        }
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
        for (int i = cellStart[cell], end = cellStart[cell + 1]; i < end && done < wanted; i++) {
            byte s = state[i];
            if (s != QUIET && s != ACTIVE) {
                continue;
            }
            if (wanted - done == candidates || random.nextInt(candidates) < wanted - done) {
                forget(i, cell);
                state[i] = KILLED;
                done++;
            }
            candidates--;
        }
        killedTotal += done;
        return done;
    }

    /**
     * Kills people at a cell, counted in people: as whole agents, people / peoplePerAgent rounded to a
     * neighbouring whole number with probability equal to the fraction (so the mean is exact), then
     * chosen as {@link #kill} chooses them. The people killed are remembered for today's stances, by who
     * killed them, and for the danger people flee.
     *
     * @param byIsrael whether Israeli fire killed them (else the armed groups or the fights they start)
     * @return how many agents were killed
     */
    public int killPeople(int cell, int people, boolean byIsrael, MersenneTwisterFast random) {
        checkCell(cell);
        if (people > 0) {
            (byIsrael ? killedByIsraelToday : killedByArmedGroupsToday)[cell] += people;
        }
        return kill(cell, agentsFor(people, random), random);
    }

    /**
     * Recruits people among the recruitable around (x, y) (docs/sources.md#design-recruitment): the people
     * wanted, as whole agents rounded as in {@link #killPeople}, at most as many whole agents as
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
     * Flight from fighting (docs/sources.md#design-flight): in every cell where the people killed in view,
     * remembered with a half-life of flightMemoryDays, pass flightDangerPeople, a share flightSharePerDay of
     * the free agents (rounded to whole agents by chance, chosen at random) move to the nearest inside cell
     * that the zone does not hold and whose danger is below the level (first on rings of growing Chebyshev
     * radius, row by row). Detained agents stay. Allocates nothing.
     *
     * @return the agents who fled today
     */
    public int flee(HeldZone zone, MersenneTwisterFast random) {
        fledToday = 0;
        double level = params.flightDangerPeople();
        double share = params.flightSharePerDay();
        if (share <= 0.0) {
            return 0;
        }
        dangerTable.rebuild(dangerMemory);
        for (int c = 0; c < cellCount; c++) {
            scratch[c] = dangerTable.window(c % width, c / width, radius);
        }
        boolean any = false;
        for (int k = 0; k < occupiedCount; k++) {
            int c = occupiedCells[k];
            if (scratch[c] >= level && freeInCell[c] > 0) {
                any = true;
                break;
            }
        }
        if (!any) {
            return 0;
        }
        relocation.stayAll(cellStart);
        int moved = 0;
        for (int k = 0; k < occupiedCount; k++) {
            int c = occupiedCells[k];
            int candidates = freeInCell[c];
            if (scratch[c] < level || candidates == 0) {
                continue;
            }
            int to = nearest(c, zone, level);
            if (to < 0) {
                continue;
            }
            double wanted = share * candidates;
            int leaving = (int) wanted;
            leaving += random.nextDouble() < wanted - leaving ? 1 : 0;
            leaving = Math.min(leaving, candidates);
            int done = 0;
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end && done < leaving; i++) {
                byte s = state[i];
                if (s != QUIET && s != ACTIVE) {
                    continue;
                }
                if (leaving - done == candidates || random.nextInt(candidates) < leaving - done) {
                    relocation.destination[i] = to;
                    done++;
                }
                candidates--;
            }
            moved += done;
        }
        if (moved > 0) {
            relocate();
        }
        fledToday = moved;
        return moved;
    }

    /**
     * Moves every agent of a cell that {@code zone} holds to the nearest inside cell it does not hold
     * (the first found on rings of growing Chebyshev radius, row by row): the people of ground the IDF
     * takes are displaced westward, away from the line. People are conserved; each agent keeps everything
     * it carries (state, stances, experience, release day). Agents stay sorted by cell, the moved ones after
     * those already in their new cell, in the order of their old cells. Allocates nothing.
     *
     * @return the agents moved
     */
    public int moveOutOf(HeldZone zone) {
        relocation.stayAll(cellStart);
        int moved = 0;
        for (int k = 0; k < occupiedCount; k++) {
            int c = occupiedCells[k];
            if (zone.isHeld(c)) {
                int to = nearest(c, zone, Double.POSITIVE_INFINITY);
                if (to >= 0) {
                    for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                        relocation.destination[i] = to;
                    }
                    moved += cellStart[c + 1] - cellStart[c];
                }
            }
        }
        if (moved > 0) {
            relocate();
        }
        return moved;
    }

    /** Applies the relocation's destinations to every per-agent array and recounts the cells. */
    private void relocate() {
        relocation.plan(cellStart);
        relocation.permute(hardship);
        relocation.permute(riskAversion);
        relocation.permute(baseOrder);
        relocation.permute(baseHamas);
        relocation.permute(baseIsrael);
        relocation.permute(experienceOrder);
        relocation.permute(experienceHamas);
        relocation.permute(experienceIsrael);
        relocation.permute(state);
        relocation.permute(against);
        relocation.permute(eligible);
        relocation.permute(recruitable);
        relocation.permute(releaseDay);
        for (int c = 0; c < cellCount; c++) {
            int active = 0;
            int order = 0;
            int hamas = 0;
            int free = 0;
            int willing = 0;
            for (int i = cellStart[c], end = cellStart[c + 1]; i < end; i++) {
                byte s = state[i];
                active += s == ACTIVE ? 1 : 0;
                order += against[i] == AGAINST_ORDER ? 1 : 0;
                hamas += against[i] == AGAINST_HAMAS ? 1 : 0;
                free += s == ACTIVE || s == QUIET ? 1 : 0;
                willing += recruitable[i];
            }
            activeInCell[c] = active;
            activeOrderInCell[c] = order;
            activeHamasInCell[c] = hamas;
            freeInCell[c] = free;
            recruitableInCell[c] = willing;
        }
        listOccupied();
    }

    /**
     * The nearest inside cell the zone does not hold and whose danger (in {@code scratch}) is below
     * {@code level}, or -1 when there is none; with an infinite level, the nearest unheld cell.
     */
    private int nearest(int cell, HeldZone zone, double level) {
        int cx = cell % width;
        int cy = cell / width;
        int limit = Math.max(width, height);
        boolean anyDanger = level < Double.POSITIVE_INFINITY;
        for (int r = 1; r <= limit; r++) {
            for (int y = cy - r; y <= cy + r; y++) {
                if (y < 0 || y >= height) {
                    continue;
                }
                int step = (y == cy - r || y == cy + r) ? 1 : 2 * r;
                for (int x = cx - r; x <= cx + r; x += step) {
                    if (x < 0 || x >= width) {
                        continue;
                    }
                    int i = y * width + x;
                    if (inside[i] && !zone.isHeld(i) && (!anyDanger || scratch[i] < level)) {
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

    /** @return agents acting openly, against whomever */
    public int activeCount() {
        return activeTotal;
    }

    /** @return agents acting openly against the order */
    public int activeAgainstOrderCount() {
        return activeOrderTotal;
    }

    /** @return agents acting openly against Hamas */
    public int activeAgainstHamasCount() {
        return activeHamasTotal;
    }

    /** @return detained agents */
    public int detainedCount() {
        return detainedTotal;
    }

    /** @return agents detained in the last step */
    public int detainedToday() {
        return detainedToday;
    }

    /** @return agents the armed groups punished in the last step for acting against them */
    public int punishedToday() {
        return punishedToday;
    }

    /** @return agents who fled in the last {@link #flee} */
    public int fledToday() {
        return fledToday;
    }

    /** @return agents recruited by armed groups */
    public int recruitedCount() {
        return recruitedTotal;
    }

    /** @return agents killed */
    public int killedCount() {
        return killedTotal;
    }

    /** @return recruitable agents, as of the last step less those recruited, killed or detained since */
    public int recruitableCount() {
        return recruitableTotal;
    }

    /** @return all open action over living agents not detained, in [0, 1]; 0 if there are none */
    public double activeShare() {
        return freeShare(activeTotal);
    }

    /** @return open action against the order over living agents not detained */
    public double activeAgainstOrderShare() {
        return freeShare(activeOrderTotal);
    }

    /** @return open action against Hamas over living agents not detained */
    public double activeAgainstHamasShare() {
        return freeShare(activeHamasTotal);
    }

    private double freeShare(int count) {
        int free = livingCount() - detainedTotal;
        return free == 0 ? 0.0 : (double) count / free;
    }

    /** @return detained agents over living agents, in [0, 1]; 0 if there are none */
    public double detainedShare() {
        return livingShare(detainedTotal);
    }

    /** @return living agents whose stance towards the order is above one half (x &gt; 0), as of the last step */
    public double supportOrderShare() {
        return livingShare(supportOrderCount);
    }

    /** @return living agents whose stance towards Hamas is above one half, as of the last step */
    public double supportHamasShare() {
        return livingShare(supportHamasCount);
    }

    /** @return recruitable agents over living agents */
    public double recruitableShare() {
        return livingShare(recruitableTotal);
    }

    private double livingShare(int count) {
        int living = livingCount();
        return living == 0 ? 0.0 : Math.min(1.0, (double) count / living);
    }

    /**
     * @return the mean hardship H over living agents as computed in the last step (before any step, at
     *         hardship level 1 over all agents); 0 if there are none
     */
    public double meanHardship() {
        return meanHardship;
    }

    /** @return active agents (against whomever) in the cell */
    public int activeAgents(int cell) {
        checkCell(cell);
        return activeInCell[cell];
    }

    /** @return agents acting against the order in the cell */
    public int activeAgainstOrderAgents(int cell) {
        checkCell(cell);
        return activeOrderInCell[cell];
    }

    /** @return agents acting against Hamas in the cell */
    public int activeAgainstHamasAgents(int cell) {
        checkCell(cell);
        return activeHamasInCell[cell];
    }

    /** @return recruitable agents in the cell */
    public int recruitableAgents(int cell) {
        checkCell(cell);
        return recruitableInCell[cell];
    }

    /** @return living agents not detained (quiet or active) in the cell */
    public int agentsIn(int cell) {
        checkCell(cell);
        return freeInCell[cell];
    }

    /** @return active agents over living agents not detained in the cell; 0 if there are none */
    public double activeShareIn(int cell) {
        checkCell(cell);
        int free = freeInCell[cell];
        return free == 0 ? 0.0 : (double) activeInCell[cell] / free;
    }

    /** @return P against the order the cell's agents saw in the last step (0 before any step) */
    public double arrestProbabilityIn(int cell) {
        checkCell(cell);
        return orderRisk[cell];
    }

    /** @return P against Hamas the cell's agents saw in the last step (0 before any step) */
    public double coercionProbabilityIn(int cell) {
        checkCell(cell);
        return hamasRisk[cell];
    }

    /** @return the remembered people killed in the cell (the danger flight looks at, summed over view) */
    public double dangerIn(int cell) {
        checkCell(cell);
        return dangerMemory[cell];
    }

    /** @return an agent's state */
    public CivilianState stateOf(int agent) {
        return STATES[state[agent]];
    }

    /** @return whom an active agent acts against (null when it is not active) */
    public Authority againstOf(int agent) {
        return against[agent] == AGAINST_ORDER ? Authority.ORDER : against[agent] == AGAINST_HAMAS ? Authority.HAMAS : null;
    }

    /** @return an agent's stance logit x towards an authority, as of its last update */
    public double stanceOf(int agent, Authority authority) {
        return switch (authority) {
            case ORDER -> baseOrder[agent] + experienceOrder[agent];
            case HAMAS -> baseHamas[agent] + experienceHamas[agent];
            case ISRAEL -> baseIsrael[agent] + experienceIsrael[agent];
        };
    }

    /** @return whether an agent could ever be recruited */
    public boolean isEligible(int agent) {
        return eligible[agent] != 0;
    }

    /** @return whether an agent is recruitable today */
    public boolean isRecruitable(int agent) {
        return recruitable[agent] != 0;
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

    /** C seen by the cell's agents in the last step: the order's security people in view. */
    double securityInView(int cell) {
        return securityInView[cell];
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
