package org.isfsim.model.aid;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.isfsim.model.ceasefire.CeasefireState;
import org.isfsim.model.insurgency.Engagement;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.AidParameters;
import org.isfsim.model.params.TimelineParameters;
import org.isfsim.model.space.Movement;

/**
 * The aid flow of one run (docs/sources.md#design-aid-convoys): each day Israel permits a number of trucks,
 * they queue at the crossings open to goods, pass as many as each crossing can take, travel as convoys to the
 * distribution points of the governorates, lose a share to armed groups on ground they hold, and where
 * delivered they lower the governorate's hardship level.
 *
 * <p>Permits, a political lever: the day's level is {@code trucksPerDay} (the mean while the ceasefire holds;
 * docs/sources.md#aid-flow: 459/day measured, 600 agreed) times a factor for the ceasefire's state (holding 1,
 * strained, escalation, collapse lower) times the week's multiplier: a mean-one log-normal whose logarithm
 * follows an AR(1) from week to week ({@code weeklyVariationCv}, {@code weeklyVariationPersistence}), drawn on
 * day 0 and every seventh day after. The day's permits are a Poisson draw around that level, in whole trucks.
 * They are split among the crossings open to goods that day (by the schedule, and not closed by Israel) in
 * proportion to their shares, by largest remainder. A day on which no crossing is open issues no permits: the
 * quota is daily and a lost day is not made up (AP: 25,700 trucks entered where 33,600 were due).
 *
 * <p>Capacity: a crossing passes at most its capacity a day ({@code securedCapacityFactor} times more while
 * ISF troops or police stand within {@code crossingSecurityKm}); permitted trucks beyond it wait at the
 * crossing, a queue carried to the next day ({@link #trucksWaiting()}): trucks are loaded and sent, so they
 * wait in line rather than vanish. A crossing Israel closes keeps its queue until it reopens.
 *
 * <p>Convoys: each crossing's trucks leave as the fewest convoys of at most {@code trucksPerConvoy}, of
 * near-equal size. Destination: northern Gaza (North Gaza and Gaza governorates) with probability
 * {@code northShare} (docs/sources.md#peace-plan: "half to northern Gaza"), else the south; within that half
 * a governorate in proportion to its population. A convoy heads for the governorate's centre cell at
 * {@code convoyKmPerDay}, its entry day included.
 *
 * <p>Diversion (docs/sources.md#aid-diversion; docs/sources.md#resolution-2803: aid must not be diverted by armed
 * groups): over a whole trip through ground fully held by armed groups an unescorted convoy loses
 * {@code divertedShareUnescorted} of its trucks, an escorted one {@code divertedShareEscorted}; each day on the
 * road every truck is diverted with that share over the trip's days × the armed-group control of the cell the
 * convoy stands in. Escorts are set by the coordination centre, which acts earlier in the day, so a convoy
 * travels its entry day unescorted, unless its crossing is secured, when it counts as escorted that day.
 *
 * <p>Hardship (assumption, kept simple): a governorate's aid coverage is the mean daily number of
 * trucks delivered to it over the last {@code coverageWindowDays} days (7 by default, because a single
 * day's arrivals come in whole convoys and are noisy), times {@code peopleServedPerTruck}, over its
 * population, capped at 1. Its target level falls linearly from the ceiling with no aid to the floor
 * with full coverage, and each day the level moves {@code hardshipAdjustPerDay} of the way towards it.
 *
 * <p>Deterministic: every draw comes from the run's generator in a fixed order (the week's multiplier, the
 * day's permits, destinations in crossing order, then diversion in convoy id order); no hash-ordered
 * collection is used.
 */
public final class AidSystem implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Northern Gaza in the aid benchmark: the governorates north of Wadi Gaza (assumption on the term). */
    private static final Governorate[] NORTH = {Governorate.NORTH_GAZA, Governorate.GAZA};
    private static final Governorate[] SOUTH = {Governorate.DEIR_AL_BALAH, Governorate.KHAN_YOUNIS,
        Governorate.RAFAH};
    private static final Crossing[] CROSSINGS = Crossing.values();
    /** Permit levels change by the week (the CENTCOM and Gaza Media Office counts are weekly or longer). */
    private static final int WEEK_DAYS = 7;
    private static final Governorate[] GOVERNORATES = Governorate.values();

    private final GazaMap map;
    private final AidParameters params;
    private final TimelineParameters timeline;
    private final int cellsPerDay;
    private final GridCell[] crossingCells;
    private final GridCell[] distributionPoints;
    private final int[][] cellsByGovernorate;
    private final long[] population;

    private final int[][] tripDays;
    private final int[][] cellsNearCrossing;
    private final boolean[] secured = new boolean[CROSSINGS.length];
    private final int[] waiting = new int[CROSSINGS.length];
    private int waitingTotal;
    private int permittedToday;
    private double weekLog;
    private double weekMultiplier = 1.0;

    private final List<AidConvoy> active = new ArrayList<>();
    private final List<AidConvoy> activeView = Collections.unmodifiableList(active);
    private int nextConvoyId;
    private int stepsTaken;

    private int enteredToday;
    private int deliveredToday;
    private int lootedToday;
    private long enteredTotal;
    private long deliveredTotal;
    private long lootedTotal;
    private int trucksEnRoute;
    private final int[] enteredByCrossing = new int[CROSSINGS.length];
    private final int[] deliveredByGovernorate = new int[GOVERNORATES.length];
    private final int[] lootedByGovernorate = new int[GOVERNORATES.length];
    private final int[] lootedByCell;

    private final int[][] deliveryWindow;
    private final long[] windowTotal = new long[GOVERNORATES.length];
    private final double[] hardship = new double[GOVERNORATES.length];
    private final double[] hardshipByCell;

    private final double[] shareScratch = new double[CROSSINGS.length];
    private final int[] trucksScratch = new int[CROSSINGS.length];

    public AidSystem(GazaMap map, AidParameters params, TimelineParameters timeline) {
        this.map = map;
        this.params = params;
        this.timeline = timeline;
        this.cellsPerDay = Movement.cellsPerDay(params.convoyKmPerDay(), map.cellSizeMeters());
        this.crossingCells = new GridCell[CROSSINGS.length];
        for (Crossing c : CROSSINGS) {
            crossingCells[c.ordinal()] = map.crossing(c);
        }
        this.distributionPoints = new GridCell[GOVERNORATES.length];
        this.cellsByGovernorate = new int[GOVERNORATES.length][];
        this.population = new long[GOVERNORATES.length];
        for (Governorate g : GOVERNORATES) {
            distributionPoints[g.ordinal()] = map.centroid(g);
            cellsByGovernorate[g.ordinal()] = map.cellsOf(g);
            population[g.ordinal()] = map.population(g);
        }
        this.tripDays = new int[CROSSINGS.length][GOVERNORATES.length];
        for (Crossing c : CROSSINGS) {
            for (Governorate g : GOVERNORATES) {
                tripDays[c.ordinal()][g.ordinal()] = daysOnTheRoad(crossingCells[c.ordinal()],
                        distributionPoints[g.ordinal()]);
            }
        }
        this.cellsNearCrossing = new int[CROSSINGS.length][];
        double reachCells = params.crossingSecurityKm() * 1000.0 / map.cellSizeMeters();
        for (Crossing c : CROSSINGS) {
            cellsNearCrossing[c.ordinal()] = cellsWithin(crossingCells[c.ordinal()], reachCells);
        }
        this.lootedByCell = new int[map.width() * map.height()];
        this.hardshipByCell = new double[map.width() * map.height()];
        this.deliveryWindow = new int[GOVERNORATES.length][params.coverageWindowDays()];
        Arrays.fill(hardship, params.initialHardshipLevel());
        fillHardshipByCell();
    }

    /** Days a convoy travels from one cell to another at the day's pace, its last day included (at least 1). */
    private int daysOnTheRoad(GridCell from, GridCell to) {
        int days = 1;
        GridCell at = from;
        while (true) {
            GridCell next = Movement.moveToward(map, at, to, cellsPerDay);
            if (next.equals(to) || next.equals(at)) {
                return days;
            }
            at = next;
            days++;
        }
    }

    /** Cell indices within {@code reach} cells (Euclidean) of a cell, on the grid, in row order. */
    private int[] cellsWithin(GridCell centre, double reach) {
        int r = (int) Math.floor(reach);
        int[] found = new int[(2 * r + 1) * (2 * r + 1)];
        int n = 0;
        for (int y = centre.y() - r; y <= centre.y() + r; y++) {
            for (int x = centre.x() - r; x <= centre.x() + r; x++) {
                double dx = x - centre.x();
                double dy = y - centre.y();
                if (map.inBounds(x, y) && dx * dx + dy * dy <= reach * reach) {
                    found[n++] = y * map.width() + x;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** The fraction of {@code trucksPerDay} Israel permits in a ceasefire state. */
    public double permitFactor(CeasefireState state) {
        return switch (state) {
            case HOLDING -> 1.0;
            case STRAINED -> params.strainedPermitFactor();
            case ESCALATION -> params.escalationPermitFactor();
            case COLLAPSE -> params.collapsePermitFactor();
        };
    }

    /**
     * Runs one day of aid while the ceasefire holds and no crossing is secured (for tests and tools).
     *
     * @see #step(int, boolean[], double, double[], double[], MersenneTwisterFast)
     */
    public void step(int day, boolean[] crossingClosed, double[] armedControl, MersenneTwisterFast random) {
        step(day, crossingClosed, 1.0, null, armedControl, random);
    }

    /**
     * Runs one day of aid.
     *
     * @param day the day number (0 = the timeline's start date)
     * @param crossingClosed per {@link Crossing#ordinal()}, true where Israel has closed the crossing today
     *     on top of the schedule; null when none is closed
     * @param permitFactor the fraction of {@code trucksPerDay} permitted today ({@link #permitFactor}), in [0, 1]
     * @param security per cell, ISF troops and weighted police standing there; null for none
     * @param armedControl per cell ({@code y * width + x}), armed-group control in [0, 1]; null for none
     * @param random the run's generator
     */
    public void step(int day, boolean[] crossingClosed, double permitFactor, double[] security, double[] armedControl,
            MersenneTwisterFast random) {
        if (crossingClosed != null && crossingClosed.length != CROSSINGS.length) {
            throw new IllegalArgumentException("crossingClosed needs one entry per crossing: " + crossingClosed.length);
        }
        if (armedControl != null && armedControl.length != lootedByCell.length) {
            throw new IllegalArgumentException("armedControl needs one entry per cell: " + armedControl.length);
        }
        if (security != null && security.length != lootedByCell.length) {
            throw new IllegalArgumentException("security needs one entry per cell: " + security.length);
        }
        if (!(permitFactor >= 0.0 && permitFactor <= 1.0)) {
            throw new IllegalArgumentException("permitFactor must be in [0, 1]: " + permitFactor);
        }
        startDay();
        if (day % WEEK_DAYS == 0 || stepsTaken == 0) {
            drawWeek(random);
        }
        markSecuredCrossings(security);
        admit(day, timeline.dateOf(day), crossingClosed, permitFactor, random);
        travel(day, armedControl, random);
        updateHardship();
        stepsTaken++;
    }

    private void startDay() {
        permittedToday = 0;
        enteredToday = 0;
        deliveredToday = 0;
        lootedToday = 0;
        Arrays.fill(enteredByCrossing, 0);
        Arrays.fill(deliveredByGovernorate, 0);
        Arrays.fill(lootedByGovernorate, 0);
        Arrays.fill(lootedByCell, 0);
    }

    /**
     * The week's multiplier: the log follows an AR(1), stationary from the first week, so that the multiplier
     * is log-normal with mean one and the coefficient of variation asked for. One Gaussian draw.
     */
    private void drawWeek(MersenneTwisterFast random) {
        double rho = params.weeklyVariationPersistence();
        double e = random.nextGaussian();
        weekLog = stepsTaken == 0 ? e : rho * weekLog + Math.sqrt(1.0 - rho * rho) * e;
        double cv = params.weeklyVariationCv();
        double sigma = Math.sqrt(Math.log1p(cv * cv));
        weekMultiplier = Math.exp(sigma * weekLog - 0.5 * sigma * sigma);
    }

    private void markSecuredCrossings(double[] security) {
        for (Crossing c : CROSSINGS) {
            boolean guarded = false;
            if (security != null) {
                for (int cell : cellsNearCrossing[c.ordinal()]) {
                    if (security[cell] > 0.0) {
                        guarded = true;
                        break;
                    }
                }
            }
            secured[c.ordinal()] = guarded;
        }
    }

    /** A crossing's capacity today: its own, more while secured. */
    private int capacityToday(Crossing c) {
        int capacity = params.capacity(c);
        return secured[c.ordinal()] ? (int) Math.floor(capacity * params.securedCapacityFactor()) : capacity;
    }

    /**
     * Today's permits join the queues of the crossings open to goods; each open crossing passes what its
     * capacity allows and the trucks set off as convoys.
     */
    private void admit(int day, LocalDate date, boolean[] crossingClosed, double permitFactor,
            MersenneTwisterFast random) {
        double shareSum = 0.0;
        for (Crossing c : CROSSINGS) {
            boolean closed = crossingClosed != null && crossingClosed[c.ordinal()];
            double share = closed ? 0.0 : params.scheduledShare(c, date);
            shareScratch[c.ordinal()] = share;
            shareSum += share;
        }
        if (shareSum <= 0.0) {
            return;
        }
        double level = params.trucksPerDay() * permitFactor * weekMultiplier;
        permittedToday = Engagement.poisson(level, random);
        if (permittedToday > 0) {
            apportion(permittedToday, shareScratch, shareSum, trucksScratch);
            for (Crossing c : CROSSINGS) {
                waiting[c.ordinal()] += trucksScratch[c.ordinal()];
            }
            waitingTotal += permittedToday;
        }
        for (Crossing c : CROSSINGS) {
            if (shareScratch[c.ordinal()] <= 0.0) {
                continue;
            }
            int trucks = Math.min(waiting[c.ordinal()], capacityToday(c));
            if (trucks == 0) {
                continue;
            }
            waiting[c.ordinal()] -= trucks;
            waitingTotal -= trucks;
            enteredByCrossing[c.ordinal()] = trucks;
            enteredToday += trucks;
            int convoys = (trucks + params.trucksPerConvoy() - 1) / params.trucksPerConvoy();
            int base = trucks / convoys;
            int extra = trucks % convoys;
            for (int k = 0; k < convoys; k++) {
                Governorate g = drawDestination(random);
                AidConvoy convoy = new AidConvoy(nextConvoyId++, c, g, distributionPoints[g.ordinal()],
                        base + (k < extra ? 1 : 0), day, crossingCells[c.ordinal()]);
                active.add(convoy);
            }
        }
        enteredTotal += enteredToday;
        trucksEnRoute += enteredToday;
    }

    /**
     * Whole-truck split of {@code total} in proportion to {@code shares} by largest remainder; ties go to
     * the lower crossing ordinal. The result sums to {@code total} exactly. At most 64 shares, one of them
     * positive; allocates nothing.
     */
    static void apportion(int total, double[] shares, double shareSum, int[] out) {
        int assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            out[i] = (int) Math.floor(total * (shares[i] / shareSum));
            assigned += out[i];
        }
        while (assigned > total) {
            int largest = 0;
            for (int i = 1; i < out.length; i++) {
                if (out[i] > out[largest]) {
                    largest = i;
                }
            }
            out[largest]--;
            assigned--;
        }
        long topped = 0L;
        while (assigned < total) {
            int best = -1;
            double bestRemainder = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0.0 && (topped & (1L << i)) == 0) {
                    double remainder = total * (shares[i] / shareSum) - out[i];
                    if (remainder > bestRemainder) {
                        bestRemainder = remainder;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                topped = 0L;
                continue;
            }
            topped |= 1L << best;
            out[best]++;
            assigned++;
        }
    }

    /** North or south by {@code northShare}, then a governorate of that half by population: two draws. */
    private Governorate drawDestination(MersenneTwisterFast random) {
        Governorate[] half = random.nextDouble() < params.northShare() ? NORTH : SOUTH;
        double u = random.nextDouble();
        long total = 0;
        for (Governorate g : half) {
            total += population[g.ordinal()];
        }
        if (total == 0) {
            return half[Math.min(half.length - 1, (int) (u * half.length))];
        }
        double threshold = u * total;
        long cumulative = 0;
        for (Governorate g : half) {
            cumulative += population[g.ordinal()];
            if (threshold < cumulative) {
                return g;
            }
        }
        return half[half.length - 1];
    }

    /**
     * Every convoy on the road, in id order, moves, loses its diverted trucks (one draw a truck where armed
     * groups hold any control) and, with trucks left at its distribution point, delivers. A convoy that can
     * get no closer to its point (a fallback that the default map never needs) delivers where it stands.
     */
    private void travel(int day, double[] armedControl, MersenneTwisterFast random) {
        for (AidConvoy convoy : active) {
            GridCell from = convoy.getPosition();
            GridCell to = convoy.getDestinationCell();
            GridCell at = Movement.moveToward(map, from, to, cellsPerDay);
            convoy.travelTo(at);
            int cell = at.y() * map.width() + at.x();
            double control = armedControl == null ? 0.0 : armedControl[cell];
            boolean guarded = convoy.isEscorted()
                    || (convoy.getEntryDay() == day && secured[convoy.getOrigin().ordinal()]);
            double tripShare = guarded ? params.divertedShareEscorted() : params.divertedShareUnescorted();
            double chance = tripShare * control
                    / tripDays[convoy.getOrigin().ordinal()][convoy.getDestination().ordinal()];
            int diverted = 0;
            if (chance > 0.0) {
                for (int t = convoy.getTrucks(); t > 0; t--) {
                    if (random.nextDouble() < chance) {
                        diverted++;
                    }
                }
            }
            if (diverted > 0) {
                convoy.divert(diverted);
                lootedToday += diverted;
                lootedByCell[cell] += diverted;
                Governorate where = map.governorate(at.x(), at.y());
                if (where != null) {
                    lootedByGovernorate[where.ordinal()] += diverted;
                }
            }
            if (convoy.getStatus() == ConvoyStatus.EN_ROUTE && (at.equals(to) || at.equals(from))) {
                convoy.markDelivered();
                deliveredToday += convoy.getTrucks();
                deliveredByGovernorate[convoy.getDestination().ordinal()] += convoy.getTrucks();
            }
        }
        active.removeIf(c -> c.getStatus() != ConvoyStatus.EN_ROUTE);
        deliveredTotal += deliveredToday;
        lootedTotal += lootedToday;
        trucksEnRoute -= deliveredToday + lootedToday;
    }

    private void updateHardship() {
        int window = params.coverageWindowDays();
        int slot = stepsTaken % window;
        int daysInWindow = Math.min(stepsTaken + 1, window);
        double floor = params.hardshipFloor();
        double ceiling = params.hardshipCeiling();
        for (Governorate g : GOVERNORATES) {
            int i = g.ordinal();
            windowTotal[i] += deliveredByGovernorate[i] - deliveryWindow[i][slot];
            deliveryWindow[i][slot] = deliveredByGovernorate[i];
            double target = ceiling - (ceiling - floor) * coverage(i, daysInWindow);
            double level = hardship[i] + params.hardshipAdjustPerDay() * (target - hardship[i]);
            hardship[i] = Math.max(floor, Math.min(ceiling, level));
        }
        fillHardshipByCell();
    }

    /** Share of the governorate's people the recent deliveries supply, in [0, 1]. */
    private double coverage(int governorate, int daysInWindow) {
        double trucksPerDay = (double) windowTotal[governorate] / daysInWindow;
        if (population[governorate] == 0) {
            return 1.0;
        }
        return Math.min(1.0, trucksPerDay * params.peopleServedPerTruck() / population[governorate]);
    }

    private void fillHardshipByCell() {
        for (Governorate g : GOVERNORATES) {
            double level = hardship[g.ordinal()];
            for (int cell : cellsByGovernorate[g.ordinal()]) {
                hardshipByCell[cell] = level;
            }
        }
    }

    /** Trucks Israel permitted today (they join the crossings' queues). */
    public int trucksPermittedToday() {
        return permittedToday;
    }

    /** Permitted trucks waiting at the crossings after today's entries: a stock carried to the next day. */
    public int trucksWaiting() {
        return waitingTotal;
    }

    /** Trucks waiting at one crossing after today's entries. */
    public int trucksWaiting(Crossing crossing) {
        return waiting[crossing.ordinal()];
    }

    /** Whether ISF troops or police stood within {@code crossingSecurityKm} of a crossing today. */
    public boolean crossingSecured(Crossing crossing) {
        return secured[crossing.ordinal()];
    }

    /** This week's permit multiplier (mean one over weeks). */
    public double weekMultiplier() {
        return weekMultiplier;
    }

    /** Trucks that entered the strip today. */
    public int trucksEnteredToday() {
        return enteredToday;
    }

    /** Trucks that entered today through one crossing. */
    public int trucksEnteredToday(Crossing crossing) {
        return enteredByCrossing[crossing.ordinal()];
    }

    /** Trucks delivered at distribution points today. */
    public int trucksDeliveredToday() {
        return deliveredToday;
    }

    /** Trucks delivered today to one governorate. */
    public int trucksDeliveredToday(Governorate governorate) {
        return deliveredByGovernorate[governorate.ordinal()];
    }

    /** Trucks diverted (looted) today. */
    public int trucksLootedToday() {
        return lootedToday;
    }

    /** Trucks looted today inside one governorate (where the convoy was, not where it was going). */
    public int trucksLootedToday(Governorate governorate) {
        return lootedByGovernorate[governorate.ordinal()];
    }

    /** Trucks looted today in one cell ({@code y * width + x}). */
    public int lootedTrucksIn(int cell) {
        return lootedByCell[cell];
    }

    /**
     * Trucks looted today per cell ({@code y * width + x}). The same array every day, overwritten by each
     * step: read it, do not keep or change it.
     */
    public int[] lootedTrucksByCell() {
        return lootedByCell;
    }

    public long cumulativeTrucksEntered() {
        return enteredTotal;
    }

    public long cumulativeTrucksDelivered() {
        return deliveredTotal;
    }

    public long cumulativeTrucksLooted() {
        return lootedTotal;
    }

    /** Trucks in convoys still on the road. */
    public int trucksEnRoute() {
        return trucksEnRoute;
    }

    /**
     * Hardship level per cell ({@code y * width + x}): that of the cell's governorate, 0 outside the strip.
     * The same array every day, overwritten by each step: read it, do not keep or change it.
     */
    public double[] hardshipLevelByCell() {
        return hardshipByCell;
    }

    /** A governorate's hardship level (1.0 = Epstein's baseline), in [floor, ceiling]. */
    public double hardshipLevel(Governorate governorate) {
        return hardship[governorate.ordinal()];
    }

    /** The population-weighted mean hardship level over the strip. */
    public double meanHardshipLevel() {
        double sum = 0.0;
        long people = 0;
        for (Governorate g : GOVERNORATES) {
            sum += hardship[g.ordinal()] * population[g.ordinal()];
            people += population[g.ordinal()];
        }
        return people == 0 ? hardship[0] : sum / people;
    }

    /** The convoys on the road, in id order (an unmodifiable view; escorts are set on the convoys). */
    public List<AidConvoy> convoys() {
        return activeView;
    }

    public AidParameters parameters() {
        return params;
    }
}
