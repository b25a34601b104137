package org.isfsim.model.map;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The raster map of the Gaza Strip the model runs on: which cells are inside the strip, their
 * governorate, the IDF-held zone and the resident population, all built deterministically from the
 * embedded {@link GazaOutline}.
 *
 * <p>Sources: the outline and its checks against docs/sources.md#geography "Area" (365 km²) and "Length / width";
 * governorates from docs/sources.md#geography "Governorate areas"; the held zone from docs/sources.md#peace-plan "Share
 * held after each stage" and docs/sources.md#geography
 * "IDF share after first pullback"; population weights from the docs/sources.md#geography per-governorate population
 * rows.
 * docs/sources.md has no post-war distribution of the population ("Current population by governorate:
 * not found"), so the map places people by a mechanism instead of a table: each governorate's homes hold
 * its pre-war share of the total, spread uniformly over all its cells; people whose home is outside the
 * initial held zone live at home (most returned after the ceasefire, docs/sources.md#geography "Returns
 * after the ceasefire"); people whose home is inside it are displaced to the nearest unheld cells with
 * room under a shelter capacity in people per km² (docs/sources.md#geography "Shelter density
 * (al-Mawasi)"), those nearest the line first, spilling outward as cells fill. Where no unheld cell has
 * room (or none exists), the rest stay at home. {@link #population(Governorate)} and
 * {@link #population(int, int)} are the people living there now; {@link #homePopulation(Governorate)}
 * is where they came from.
 *
 * <p>Grid: a cell is inside when its centre is inside the outline; the grid is the outline's bounding
 * box plus one cell on every side, north-up (row 0 is the northern edge). Cell indices are
 * {@code y * width + x}.
 */
public final class GazaMap implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Smallest accepted cell size, metres. */
    public static final int MIN_CELL_SIZE_METERS = 50;
    /** Largest accepted cell size, metres. */
    public static final int MAX_CELL_SIZE_METERS = 2000;

    private static final byte OUTSIDE = -1;

    private final GazaOutline outline;
    private final int width;
    private final int height;
    private final int cellSizeMeters;
    private final double cellKm;
    private final double originXKm;
    private final double topYKm;
    private final BitSet inside;
    private final int insideCount;
    private final byte[] governorate;
    private final int[][] cellsByGovernorate;
    private final int[] ranked;
    private final double[] rankedScores;
    private final HeldZone initialZone;
    private final long[] population;
    private final long[] governoratePopulation;
    private final long[] homePopulation;
    private final long displaced;
    private final long totalPopulation;
    private final int[] crossingCells;
    private final int[] centroidCells;

    private GazaMap(Builder b) {
        this.outline = b.outline;
        this.width = b.width;
        this.height = b.height;
        this.cellSizeMeters = b.cellSizeMeters;
        this.cellKm = b.cellKm;
        this.originXKm = b.originXKm;
        this.topYKm = b.topYKm;
        this.inside = b.inside;
        this.insideCount = b.insideCount;
        this.governorate = b.governorate;
        this.cellsByGovernorate = b.cellsByGovernorate;
        this.ranked = b.ranked;
        this.rankedScores = b.rankedScores;
        this.initialZone = b.initialZone;
        this.population = b.population;
        this.governoratePopulation = b.governoratePopulation;
        this.homePopulation = b.homePopulation;
        this.displaced = b.displaced;
        this.totalPopulation = b.totalPopulation;
        this.crossingCells = b.crossingCells;
        this.centroidCells = b.centroidCells;
    }

    /**
     * Builds the map.
     *
     * @param cellSizeMeters side of a square cell, in [50, 2000] metres
     * @param idfHeldShare share of inside cells held by the IDF at the start, in [0, 1] (0.53 in docs/sources.md)
     * @param totalPopulation people to place, at least 0 (~2,130,000 in docs/sources.md#geography)
     * @param shelterPeoplePerKm2 the most people an unheld km² takes in, counting its own residents, at least 0
     * @return the map
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static GazaMap build(int cellSizeMeters, double idfHeldShare, long totalPopulation,
            double shelterPeoplePerKm2) {
        if (cellSizeMeters < MIN_CELL_SIZE_METERS || cellSizeMeters > MAX_CELL_SIZE_METERS) {
            throw new IllegalArgumentException("cellSizeMeters must be in [" + MIN_CELL_SIZE_METERS + ", "
                    + MAX_CELL_SIZE_METERS + "]: " + cellSizeMeters);
        }
        checkShare(idfHeldShare);
        if (totalPopulation < 0) {
            throw new IllegalArgumentException("totalPopulation must be >= 0: " + totalPopulation);
        }
        if (!(shelterPeoplePerKm2 >= 0.0) || Double.isInfinite(shelterPeoplePerKm2)) {
            throw new IllegalArgumentException("shelterPeoplePerKm2 must be finite and >= 0: " + shelterPeoplePerKm2);
        }
        Builder b = new Builder(GazaOutline.standard(), cellSizeMeters);
        b.rasterise();
        b.rank();
        b.initialZone = HeldZone.of(b.width, b.height, b.ranked, b.rankedScores, idfHeldShare);
        b.populate(totalPopulation, shelterPeoplePerKm2);
        b.locateCrossings();
        b.locateCentroids();
        return new GazaMap(b);
    }

    /** @return number of columns */
    public int width() {
        return width;
    }

    /** @return number of rows */
    public int height() {
        return height;
    }

    /** @return side of a cell in metres */
    public int cellSizeMeters() {
        return cellSizeMeters;
    }

    /** @return area of one cell in km² */
    public double cellAreaKm2() {
        return cellKm * cellKm;
    }

    /** @return the outline the map was rasterised from (coast, borders, governorate boundaries in km) */
    public GazaOutline outline() {
        return outline;
    }

    /**
     * @param x column
     * @param y row
     * @return true if the cell's centre is inside the strip; false outside the grid
     */
    public boolean inside(int x, int y) {
        return inBounds(x, y) && inside.get(y * width + x);
    }

    /**
     * @param x column
     * @param y row
     * @return true if the cell is within the grid (inside the strip or not)
     */
    public boolean inBounds(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /** @return a new array, per cell ({@code y * width + x}), true where the cell is inside the strip */
    public boolean[] insideMask() {
        boolean[] mask = new boolean[width * height];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = inside(i % width, i / width);
        }
        return mask;
    }

    /** @return number of cells inside the strip */
    public int insideCellCount() {
        return insideCount;
    }

    /** @return the rasterised area of the strip, km² */
    public double areaKm2() {
        return insideCount * cellAreaKm2();
    }

    /**
     * @param x column
     * @param y row
     * @return the cell's governorate, or null outside the strip
     */
    public Governorate governorate(int x, int y) {
        if (!inside(x, y)) {
            return null;
        }
        return Governorate.values()[governorate[y * width + x]];
    }

    /**
     * @param g a governorate
     * @return a copy of its cell indices ({@code y * width + x}) in ascending order
     */
    public int[] cellsOf(Governorate g) {
        return cellsByGovernorate[g.ordinal()].clone();
    }

    /**
     * @param g a governorate
     * @return its rasterised area, km²
     */
    public double areaKm2(Governorate g) {
        return cellsByGovernorate[g.ordinal()].length * cellAreaKm2();
    }

    /**
     * @param index a cell index {@code y * width + x}
     * @return the cell
     */
    public GridCell cellOfIndex(int index) {
        if (index < 0 || index >= width * height) {
            throw new IllegalArgumentException("cell index out of range: " + index);
        }
        return new GridCell(index % width, index / width);
    }

    /**
     * @param x column
     * @param y row
     * @return the people living in the cell on day 0, residents and displaced (0 outside the strip)
     */
    public long population(int x, int y) {
        return inBounds(x, y) ? population[y * width + x] : 0L;
    }

    /**
     * @param g a governorate
     * @return the people living in it on day 0: its residents whose homes are unheld and those displaced into it
     */
    public long population(Governorate g) {
        return governoratePopulation[g.ordinal()];
    }

    /**
     * @param g a governorate
     * @return the people whose homes are in it (its pre-war share of the total), wherever they live now
     */
    public long homePopulation(Governorate g) {
        return homePopulation[g.ordinal()];
    }

    /** @return the people living away from their home cell on day 0 (their home is in the held zone) */
    public long displacedPopulation() {
        return displaced;
    }

    /** @return the total population placed on the map */
    public long totalPopulation() {
        return totalPopulation;
    }

    /** @return the initial IDF-held zone (at the share the map was built with) */
    public HeldZone heldZone() {
        return initialZone;
    }

    /**
     * A held zone for another withdrawal stage; zones of smaller shares are subsets of larger ones.
     *
     * @param targetShare share of inside cells held, in [0, 1]
     * @return the zone
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    public HeldZone heldZone(double targetShare) {
        checkShare(targetShare);
        return HeldZone.of(width, height, ranked, rankedScores, targetShare);
    }

    /**
     * The zone of {@code targetShare} with the governorates in {@code handedOver} held only as far as the
     * zone of {@code handedOverShare} (a smaller share) holds them: a withdrawal under way, governorate by
     * governorate.
     */
    public HeldZone heldZone(double targetShare, java.util.Set<Governorate> handedOver, double handedOverShare) {
        checkShare(targetShare);
        checkShare(handedOverShare);
        return HeldZone.of(width, height, ranked, rankedScores, targetShare,
                i -> handedOver.contains(governorate(i % width, i / width)), handedOverShare);
    }

    /**
     * @param c a crossing
     * @return the inside cell nearest to its position
     */
    public GridCell crossing(Crossing c) {
        return cellOfIndex(crossingCells[c.ordinal()]);
    }

    /**
     * Where a contingent heads for its sector: the cell of the governorate, not held in the initial zone,
     * nearest to the centroid of the governorate's unheld cells (of all its cells if all are held).
     *
     * @param g a governorate
     * @return that cell
     */
    public GridCell centroid(Governorate g) {
        return cellOfIndex(centroidCells[g.ordinal()]);
    }

    /** @return the outline's vertices, {x, y} km, for drawing */
    public List<double[]> outlineKm() {
        return outline.verticesKm();
    }

    /**
     * @param xKm x in the outline's km frame
     * @param yKm y in the outline's km frame
     * @return the cell containing the point; may lie outside the grid (check {@link #inBounds})
     */
    public GridCell cellAtKm(double xKm, double yKm) {
        int x = (int) Math.floor((xKm - originXKm) / cellKm);
        int y = (int) Math.floor((topYKm - yKm) / cellKm);
        return new GridCell(x, y);
    }

    /**
     * @param x column
     * @param y row
     * @return the cell's centre {x, y} in the outline's km frame
     */
    public double[] cellCentreKm(int x, int y) {
        return new double[] {originXKm + (x + 0.5) * cellKm, topYKm - (y + 0.5) * cellKm};
    }

    private static void checkShare(double share) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
    }

    /** Mutable build state; discarded once the immutable map is made. */
    private static final class Builder implements Serializable {
        private static final long serialVersionUID = 1L;
        final GazaOutline outline;
        final int cellSizeMeters;
        final double cellKm;
        final double originXKm;
        final double topYKm;
        final int width;
        final int height;
        BitSet inside;
        int insideCount;
        byte[] governorate;
        double[] score;
        int[][] cellsByGovernorate;
        int[] ranked;
        double[] rankedScores;
        HeldZone initialZone;
        long[] population;
        long[] governoratePopulation;
        long[] homePopulation;
        long displaced;
        long totalPopulation;
        int[] crossingCells;
        int[] centroidCells;

        Builder(GazaOutline outline, int cellSizeMeters) {
            this.outline = outline;
            this.cellSizeMeters = cellSizeMeters;
            this.cellKm = cellSizeMeters / 1000.0;
            this.originXKm = outline.minXKm() - cellKm;
            this.topYKm = outline.maxYKm() + cellKm;
            this.width = (int) Math.ceil((outline.maxXKm() - outline.minXKm()) / cellKm) + 2;
            this.height = (int) Math.ceil((outline.maxYKm() - outline.minYKm()) / cellKm) + 2;
        }

        void rasterise() {
            int n = width * height;
            inside = new BitSet(n);
            governorate = new byte[n];
            score = new double[n];
            Arrays.fill(governorate, OUTSIDE);
            int[] counts = new int[Governorate.values().length];
            for (int y = 0; y < height; y++) {
                double cy = topYKm - (y + 0.5) * cellKm;
                for (int x = 0; x < width; x++) {
                    double cx = originXKm + (x + 0.5) * cellKm;
                    if (outline.contains(cx, cy)) {
                        int i = y * width + x;
                        inside.set(i);
                        insideCount++;
                        Governorate g = outline.governorateAt(cx, cy);
                        governorate[i] = (byte) g.ordinal();
                        counts[g.ordinal()]++;
                        score[i] = HeldZone.score(outline, cx, cy);
                    }
                }
            }
            cellsByGovernorate = new int[counts.length][];
            int[] fill = new int[counts.length];
            for (int g = 0; g < counts.length; g++) {
                cellsByGovernorate[g] = new int[counts[g]];
            }
            for (int i = inside.nextSetBit(0); i >= 0; i = inside.nextSetBit(i + 1)) {
                int g = governorate[i];
                cellsByGovernorate[g][fill[g]++] = i;
            }
        }

        /** Orders inside cells by held-zone score, ties by ascending index. */
        void rank() {
            Integer[] order = new Integer[insideCount];
            int k = 0;
            for (int i = inside.nextSetBit(0); i >= 0; i = inside.nextSetBit(i + 1)) {
                order[k++] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(score[a], score[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            ranked = new int[insideCount];
            rankedScores = new double[insideCount];
            for (int j = 0; j < insideCount; j++) {
                ranked[j] = order[j];
                rankedScores[j] = score[order[j]];
            }
        }

        /**
         * Homes by pre-war share; residents of unheld homes stay; the held zone's people, those nearest the
         * line first, move to the nearest unheld cells with room.
         */
        void populate(long total, double shelterPeoplePerKm2) {
            totalPopulation = total;
            Governorate[] all = Governorate.values();
            long[] weights = new long[all.length];
            for (Governorate g : all) {
                weights[g.ordinal()] = g.preWarPopulation();
            }
            homePopulation = apportion(total, weights);
            long[] home = new long[width * height];
            for (Governorate g : all) {
                spreadUniformly(homePopulation[g.ordinal()], cellsByGovernorate[g.ordinal()], home);
            }
            population = new long[width * height];
            long capacity = (long) Math.floor(shelterPeoplePerKm2 * cellKm * cellKm);
            long[] room = new long[width * height];
            boolean anyUnheld = false;
            for (int i = inside.nextSetBit(0); i >= 0; i = inside.nextSetBit(i + 1)) {
                if (!initialZone.isHeld(i)) {
                    population[i] = home[i];
                    room[i] = Math.max(0L, capacity - home[i]);
                    anyUnheld |= room[i] > 0;
                }
            }
            for (int j = initialZone.heldCellCount() - 1; j >= 0; j--) {
                int from = ranked[j];
                long left = home[from];
                while (left > 0 && anyUnheld) {
                    int to = nearestWithRoom(from, room);
                    if (to < 0) {
                        anyUnheld = false;
                        break;
                    }
                    long moved = Math.min(left, room[to]);
                    room[to] -= moved;
                    population[to] += moved;
                    displaced += moved;
                    left -= moved;
                }
                population[from] += left;
            }
            governoratePopulation = new long[all.length];
            for (int i = inside.nextSetBit(0); i >= 0; i = inside.nextSetBit(i + 1)) {
                governoratePopulation[governorate[i]] += population[i];
            }
        }

        /**
         * The cell with room nearest to {@code from} (Euclidean, ties to the lowest index), searched in square
         * rings of growing radius; -1 if no cell has room.
         */
        private int nearestWithRoom(int from, long[] room) {
            int fx = from % width;
            int fy = from / width;
            int best = -1;
            long bestD = Long.MAX_VALUE;
            int maxRadius = Math.max(width, height);
            for (int r = 0; r <= maxRadius; r++) {
                for (int y = fy - r; y <= fy + r; y++) {
                    if (y < 0 || y >= height) {
                        continue;
                    }
                    boolean edgeRow = y == fy - r || y == fy + r;
                    int step = edgeRow ? 1 : Math.max(1, 2 * r);
                    for (int x = fx - r; x <= fx + r; x += step) {
                        if (x < 0 || x >= width) {
                            continue;
                        }
                        int i = y * width + x;
                        if (room[i] <= 0) {
                            continue;
                        }
                        long dx = x - fx;
                        long dy = y - fy;
                        long d = dx * dx + dy * dy;
                        if (d < bestD || (d == bestD && i < best)) {
                            bestD = d;
                            best = i;
                        }
                    }
                }
                if (best >= 0 && bestD <= (long) r * r) {
                    return best;
                }
            }
            return best;
        }

        private int[] unheld(int[] cells, HeldZone zone) {
            int[] out = new int[cells.length];
            int n = 0;
            for (int i : cells) {
                if (!zone.isHeld(i % width, i / width)) {
                    out[n++] = i;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** Equal shares, the remainder one each to the first cells in ascending index order. */
        private static void spreadUniformly(long amount, int[] cells, long[] into) {
            if (cells.length == 0) {
                if (amount != 0) {
                    throw new IllegalStateException("no cells to hold population " + amount);
                }
                return;
            }
            long base = amount / cells.length;
            long remainder = amount % cells.length;
            for (int j = 0; j < cells.length; j++) {
                into[cells[j]] = base + (j < remainder ? 1 : 0);
            }
        }

        void locateCrossings() {
            Crossing[] all = Crossing.values();
            crossingCells = new int[all.length];
            int[] insideCells = new int[insideCount];
            int k = 0;
            for (int i = inside.nextSetBit(0); i >= 0; i = inside.nextSetBit(i + 1)) {
                insideCells[k++] = i;
            }
            for (Crossing c : all) {
                double fx = (c.xKm() - originXKm) / cellKm - 0.5;
                double fy = (topYKm - c.yKm()) / cellKm - 0.5;
                crossingCells[c.ordinal()] = nearest(insideCells, fx, fy);
            }
        }

        void locateCentroids() {
            Governorate[] all = Governorate.values();
            centroidCells = new int[all.length];
            for (Governorate g : all) {
                int[] cells = unheld(cellsByGovernorate[g.ordinal()], initialZone);
                if (cells.length == 0) {
                    cells = cellsByGovernorate[g.ordinal()];
                }
                double sx = 0.0;
                double sy = 0.0;
                for (int i : cells) {
                    sx += i % width;
                    sy += i / width;
                }
                centroidCells[g.ordinal()] = nearest(cells, sx / cells.length, sy / cells.length);
            }
        }

        /** The candidate nearest to a fractional cell position, ties to the lowest index. */
        private int nearest(int[] candidates, double fx, double fy) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i : candidates) {
                double dx = i % width - fx;
                double dy = i / width - fy;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * Largest-remainder apportionment of {@code total} in proportion to {@code weights}; remainders tie
     * to the lower position. Exact: the result sums to {@code total}.
     */
    static long[] apportion(long total, long[] weights) {
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            sum = sum.add(BigInteger.valueOf(w));
        }
        BigInteger t = BigInteger.valueOf(total);
        long[] out = new long[weights.length];
        BigInteger[] rem = new BigInteger[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = t.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            out[i] = qr[0].longValueExact();
            rem[i] = qr[1];
            assigned += out[i];
        }
        long left = total - assigned;
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = rem[b].compareTo(rem[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int j = 0; j < left; j++) {
            out[order[j]]++;
        }
        return out;
    }
}
