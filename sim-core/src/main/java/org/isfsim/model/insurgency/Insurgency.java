package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.ArmedGroupStrategyParameters;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.space.SummedAreaTable;

/**
 * The armed groups, their weapons and their infrastructure, and the authority they hold over each
 * cell of the strip. Control of a cell follows the balance of coercive strength and consent (after
 * Kalyvas 2006, The Logic of Violence in Civil War: control rests on force; collaboration follows control,
 * and people side with a rival order where it is present and credible): with f and s the fighters' and the
 * security forces' presence within reach (each saturating at 1), a = f / (f + s) the fighters' share of
 * the coercive strength there, and L the legitimacy of the new order at the cell,
 * dC = gain·(1−C)·f·a·(1−L·s) − C·s·(loss·(1−a) + consentLoss·L).
 * Control grows where fighters are present, the more the more they dominate and the less people back an
 * order that is there; it falls only where security forces are present, by the coercive balance (1−a) or
 * by the consent the order has there (L). Where neither is present it stays. The IDF-held zone has no
 * armed control.
 */
public final class Insurgency implements Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * Added to the squared distance of a site outside the wanted sector, so that any site inside it comes
     * first: an ordering device, not a model number.
     */
    private static final long OTHER_SECTOR_PENALTY = 1_000_000L;

    private final GazaMap map;
    private final InsurgencyParameters parameters;
    private final int reachCells;
    private final List<InfrastructureSite> sites = new ArrayList<>();
    private final List<ArmedGroupCell> groups = new ArrayList<>();
    private final double initialTunnelKm;
    private final double[] control;
    private final double[] fightersPerCell;
    private final double[] securityPresence;
    private final double[] controlFall;
    private final List<GridCell> operationsToday = new ArrayList<>();
    private HeldZone heldToday;
    private final SummedAreaTable fightersWindow;
    private final SummedAreaTable securityWindow;
    private int looseWeapons;
    private int weaponsDestroyed;
    private int weaponsHandedOver;
    private int weaponsSupplied;
    private double tunnelKmDestroyed;

    /**
     * Places the infrastructure and the groups. Sites go to cells drawn with probability proportional
     * to their governorate's pre-war population density (an assumption: tunnels and stores are under
     * the towns); groups are placed at tunnel sites outside the initial held zone (anywhere outside it
     * when there are none).
     */
    public Insurgency(GazaMap map, InsurgencyParameters parameters, HeldZone held, MersenneTwisterFast random) {
        this.map = map;
        this.parameters = parameters;
        this.heldToday = held;
        this.reachCells = (int) Math.round(parameters.reachKm() * 1000.0 / map.cellSizeMeters());
        int cells = map.width() * map.height();
        control = new double[cells];
        fightersPerCell = new double[cells];
        securityPresence = new double[cells];
        controlFall = new double[cells];
        fightersWindow = new SummedAreaTable(map.width(), map.height());
        securityWindow = new SummedAreaTable(map.width(), map.height());

        int[] insideCells = insideCells();
        double[] cumulative = densityWeights(insideCells);
        int segments = parameters.tunnelSegments();
        double kmEach = segments == 0 ? 0 : parameters.tunnelKm() / segments;
        for (int i = 0; i < segments; i++) {
            sites.add(new InfrastructureSite(sites.size(), SiteKind.TUNNEL_SEGMENT,
                    map.cellOfIndex(draw(insideCells, cumulative, random)), kmEach, 0));
        }
        int cached = (int) Math.round(parameters.weapons() * parameters.cachedWeaponsShare());
        int caches = parameters.caches();
        for (int i = 0; i < caches; i++) {
            int weapons = cached / caches + (i < cached % caches ? 1 : 0);
            sites.add(new InfrastructureSite(sites.size(), SiteKind.WEAPONS_CACHE,
                    map.cellOfIndex(draw(insideCells, cumulative, random)), 0, weapons));
        }
        looseWeapons = parameters.weapons() - (caches == 0 ? 0 : cached);
        initialTunnelKm = segments * kmEach;

        List<GridCell> homes = new ArrayList<>();
        for (InfrastructureSite site : sites) {
            if (site.getKind() == SiteKind.TUNNEL_SEGMENT && !held.isHeld(site.getCell().x(), site.getCell().y())) {
                homes.add(site.getCell());
            }
        }
        if (homes.isEmpty()) {
            for (int c : insideCells) {
                if (!held.isHeld(c % map.width(), c / map.width())) {
                    homes.add(map.cellOfIndex(c));
                }
            }
        }
        int groupCount = (parameters.fighters() + parameters.fightersPerGroup() - 1) / parameters.fightersPerGroup();
        for (int g = 0; g < groupCount && !homes.isEmpty(); g++) {
            int fighters = parameters.fighters() / groupCount + (g < parameters.fighters() % groupCount ? 1 : 0);
            groups.add(new ArmedGroupCell(g, homes.get(random.nextInt(homes.size())), fighters));
        }
        PostureRule rule = new PostureRule(parameters.strategy());
        for (ArmedGroupCell group : groups) {
            group.startWith(rule.initial(), parameters.strategy().initialPressure());
        }
        for (int c : insideCells) {
            if (!held.isHeld(c % map.width(), c / map.width())) {
                control[c] = parameters.initialControl();
            }
        }
    }

    private int[] insideCells() {
        int count = map.insideCellCount();
        int[] cells = new int[count];
        int k = 0;
        for (int i = 0; i < map.width() * map.height(); i++) {
            if (map.inside(i % map.width(), i / map.width())) {
                cells[k++] = i;
            }
        }
        return cells;
    }

    private double[] densityWeights(int[] cells) {
        double[] cumulative = new double[cells.length];
        double sum = 0;
        for (int k = 0; k < cells.length; k++) {
            Governorate g = map.governorate(cells[k] % map.width(), cells[k] / map.width());
            sum += g.preWarPopulation() / g.citedAreaKm2();
            cumulative[k] = sum;
        }
        return cumulative;
    }

    private static int draw(int[] cells, double[] cumulative, MersenneTwisterFast random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return cells[lo];
    }

    /**
     * One day of the struggle for authority with no consent for the new order anywhere (L = 0): the rule
     * above with coercion alone.
     */
    public void updateControl(HeldZone held, double[] securityPeople) {
        updateControl(held, securityPeople, null);
    }

    /**
     * One day of the struggle for authority: rebuilds the presence fields and moves each cell's
     * control by the rule above; remembers where control fell today (ground the groups are losing).
     *
     * @param held the IDF-held zone today
     * @param securityPeople security personnel per cell (ISF troops and police, weighted by effectiveness)
     * @param consent where the legitimacy L of each cell comes from (null: L = 0 everywhere)
     */
    public void updateControl(HeldZone held, double[] securityPeople, ArmedGroupWorld consent) {
        heldToday = held;
        java.util.Arrays.fill(fightersPerCell, 0);
        for (ArmedGroupCell group : groups) {
            GridCell c = group.getCell();
            fightersPerCell[c.y() * map.width() + c.x()] += group.getFighters();
        }
        fightersWindow.rebuild(fightersPerCell);
        securityWindow.rebuild(securityPeople);
        int width = map.width();
        ArmedGroupStrategyParameters strategy = parameters.strategy();
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!map.inside(x, y)) {
                    continue;
                }
                double s = Math.min(1.0, securityWindow.window(x, y, reachCells) / parameters.securityToSecure());
                securityPresence[i] = s;
                double c = control[i];
                if (held.isHeld(x, y)) {
                    control[i] = 0;
                    controlFall[i] = 0;
                    continue;
                }
                double f = Math.min(1.0, fightersWindow.window(x, y, reachCells) / parameters.fightersToHold());
                double a = f + s > 0 ? f / (f + s) : 0;
                double l = consent == null ? 0 : consent.consentAt(i);
                double next = c + parameters.controlGainPerDay() * (1 - c) * f * a * (1 - l * s)
                        - c * s * (parameters.controlLossPerDay() * (1 - a) + strategy.consentLossPerDay() * l);
                next = Math.max(0.0, Math.min(1.0, next));
                control[i] = next;
                controlFall[i] = Math.max(0.0, c - next);
            }
        }
    }

    /** How much armed control fell at a cell in the last control update (0 where it held or grew). */
    public double controlFallAt(int x, int y) {
        return controlFall[y * map.width() + x];
    }

    /** Whether a group holds authority over the cell it is based in (its control above {@code authorityControl}). */
    public boolean holdsItsCell(ArmedGroupCell group) {
        return controlAt(group.getCell()) > parameters.authorityControl();
    }

    /** Cells where a demolition or cache seizure went on today, in the order it happened. */
    public List<GridCell> operationsToday() {
        return Collections.unmodifiableList(operationsToday);
    }

    /** The day is over for the groups: today's operations are forgotten. */
    public void endDay() {
        operationsToday.clear();
    }

    /** Each group within reach of a cell takes a provocation of this weight. */
    private void provokeAround(GridCell at, double weight) {
        if (weight <= 0) {
            return;
        }
        for (ArmedGroupCell group : groups) {
            if (withinReach(group.getCell(), at)) {
                group.provoke(weight);
            }
        }
    }

    /**
     * Weapons made in workshops, smuggled in and made from unexploded ordnance, while tunnels stand: each a
     * Poisson draw with mean its rate per km a day times the intact tunnel km; they join the loose weapons.
     * Returns the weapons added.
     */
    public int supplyWeapons(MersenneTwisterFast random) {
        ArmedGroupStrategyParameters strategy = parameters.strategy();
        double km = tunnelKmRemaining();
        int added = Engagement.poisson(strategy.weaponsMadePerKmDay() * km, random)
                + Engagement.poisson(strategy.weaponsSmuggledPerKmDay() * km, random)
                + Engagement.poisson(strategy.weaponsFromOrdnancePerKmDay() * km, random);
        looseWeapons += added;
        weaponsSupplied += added;
        return added;
    }

    /** Fighters who take the amnesty leave with their weapons handed over; returns the weapons handed over. */
    public int amnesty(ArmedGroupCell group, int count) {
        int left = group.leave(count);
        int handed = Math.min(left, looseWeapons);
        looseWeapons -= handed;
        weaponsHandedOver += handed;
        return handed;
    }

    /** Hands over up to {@code count} spare loose weapons (beyond one per fighter); returns how many. */
    public int handOver(int count) {
        int handed = Math.min(count, spareWeapons());
        looseWeapons -= handed;
        weaponsHandedOver += handed;
        return handed;
    }

    /** Loose weapons (carried or spare, not cached) that are a group's by its share of the fighters. */
    public double spareWeaponsOf(ArmedGroupCell group) {
        int total = fighters();
        return total == 0 ? 0 : spareWeapons() * (double) group.getFighters() / total;
    }

    /** Weapons handed over so far (amnesty and the disarmament process). */
    public int weaponsHandedOver() {
        return weaponsHandedOver;
    }

    /** Weapons made, smuggled and recovered so far. */
    public int weaponsSupplied() {
        return weaponsSupplied;
    }

    /** The share of the strip's cells where armed groups hold authority (control above {@code authorityControl}). */
    public double controlShare() {
        int held = 0;
        for (int i = 0; i < control.length; i++) {
            if (control[i] > parameters.authorityControl()) {
                held++;
            }
        }
        return held / (double) map.insideCellCount();
    }

    /**
     * The share of the strip's cells the ISF and police have secured: outside the held zone, with
     * security forces present within reach at least at {@code securedPresence} and armed control at most
     * {@code authorityControl} (one half each by default).
     */
    public double securedShare(HeldZone held) {
        int secured = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (isSecured(held, x, y)) {
                    secured++;
                }
            }
        }
        return secured / (double) map.insideCellCount();
    }

    /**
     * Whether the ISF and police have secured cell (x, y), as of the last control update: inside the strip,
     * outside the held zone, security forces present within reach at least at {@code securedPresence} and
     * armed control at most {@code authorityControl}. {@link #securedShare} is the share of such cells.
     */
    public boolean isSecured(HeldZone held, int x, int y) {
        int i = y * map.width() + x;
        return map.inside(x, y) && !held.isHeld(x, y) && securityPresence[i] >= parameters.securedPresence()
                && control[i] <= parameters.authorityControl();
    }

    /** Whether the groups' leadership refuses to disarm: the stance contributors and Israel act on. */
    public boolean refusesDisarmament() {
        return parameters.refusesDisarmament();
    }

    /** Fighters within reach of a cell, as of the last control update. */
    public double fightersWithinReach(int x, int y) {
        return fightersWindow.window(x, y, reachCells);
    }

    /** Fighters within {@code cells} of a cell, as of the last control update. */
    public double fightersWithin(int x, int y, int cells) {
        return fightersWindow.window(x, y, cells);
    }

    /** Security personnel within {@code cells} of a cell, as of the last control update. */
    public double securityWithin(int x, int y, int cells) {
        return securityWindow.window(x, y, cells);
    }

    /** Security personnel within reach of a cell, as of the last control update. */
    public double securityWithinReach(int x, int y) {
        return securityWindow.window(x, y, reachCells);
    }

    /** Whether two cells are within reach of each other (a square of {@code reachKm}). */
    public boolean withinReach(GridCell a, GridCell b) {
        return Math.abs(a.x() - b.x()) <= reachCells && Math.abs(a.y() - b.y()) <= reachCells;
    }

    /** Carried weapons beyond one per fighter, for recruits to take up. */
    public int spareWeapons() {
        return Math.max(0, looseWeapons - fighters());
    }

    /** Adds fighters to a group, as many as there are spare weapons for; returns how many joined. */
    public int recruit(ArmedGroupCell group, int people) {
        int joined = Math.max(0, Math.min(people, looseWeapons - fighters()));
        group.recruit(joined);
        return joined;
    }

    /**
     * Before a discovered cache is demolished its group may move the weapons to a hidden cache
     * (or keep them loose if none is left); returns the weapons moved.
     */
    public int moveWeaponsAhead(InfrastructureSite cache, double chance, MersenneTwisterFast random) {
        if (cache.getKind() != SiteKind.WEAPONS_CACHE || cache.getWeapons() == 0 || !(random.nextDouble() < chance)) {
            return 0;
        }
        List<InfrastructureSite> hidden = new ArrayList<>();
        for (InfrastructureSite site : sites) {
            if (site.getKind() == SiteKind.WEAPONS_CACHE && !site.isDiscovered() && site != cache) {
                hidden.add(site);
            }
        }
        int moved = cache.removeWeapons();
        if (hidden.isEmpty()) {
            looseWeapons += moved;
        } else {
            hidden.get(random.nextInt(hidden.size())).addWeapons(moved);
        }
        return moved;
    }

    /**
     * A demolition is tasked at a site: its group may first move the weapons away, more likely when the
     * plan leaked ({@code leakedWeaponsMoveChance} instead of {@code weaponsMoveChance}).
     */
    public void braceForDemolition(InfrastructureSite site, boolean leaked, MersenneTwisterFast random) {
        moveWeaponsAhead(site, leaked ? parameters.leakedWeaponsMoveChance() : parameters.weaponsMoveChance(), random);
    }

    /** Patrols find hidden sites within reach of a cell, each with a chance; returns how many were found. */
    public int discoverNear(GridCell cell, double chance, int day, MersenneTwisterFast random) {
        int found = 0;
        for (InfrastructureSite site : sites) {
            if (!site.isDiscovered() && !site.isDestroyed() && withinReach(cell, site.getCell())
                    && random.nextDouble() < chance) {
                site.discover(day);
                provokeAround(site.getCell(), parameters.strategy().pressurePerRaid());
                found++;
            }
        }
        return found;
    }

    /** A tip reveals one hidden site of a governorate, drawn uniformly, if any is left; returns whether one was. */
    public boolean revealHiddenIn(Governorate g, int day, MersenneTwisterFast random) {
        List<InfrastructureSite> hidden = new ArrayList<>();
        for (InfrastructureSite site : sites) {
            GridCell c = site.getCell();
            if (!site.isDiscovered() && !site.isDestroyed() && map.governorate(c.x(), c.y()) == g) {
                hidden.add(site);
            }
        }
        return revealOne(hidden, day, random);
    }

    /** Intelligence reveals one hidden site outside the held zone, drawn uniformly, if any is left. */
    public boolean revealHiddenOutside(HeldZone held, int day, MersenneTwisterFast random) {
        List<InfrastructureSite> hidden = new ArrayList<>();
        for (InfrastructureSite site : sites) {
            GridCell c = site.getCell();
            if (!site.isDiscovered() && !site.isDestroyed() && !held.isHeld(c.x(), c.y())) {
                hidden.add(site);
            }
        }
        return revealOne(hidden, day, random);
    }

    private boolean revealOne(List<InfrastructureSite> hidden, int day, MersenneTwisterFast random) {
        if (hidden.isEmpty()) {
            return false;
        }
        InfrastructureSite site = hidden.get(random.nextInt(hidden.size()));
        site.discover(day);
        provokeAround(site.getCell(), parameters.strategy().pressurePerRaid());
        return true;
    }

    /**
     * The id of a discovered, intact site outside the held zone for a contingent at {@code from} in
     * {@code sector}: the nearest in the sector, else the nearest anywhere, skipping those already
     * targeted; -1 when there is none.
     */
    public int demolitionTarget(GridCell from, Governorate sector, HeldZone held, boolean[] targeted) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (InfrastructureSite site : sites) {
            GridCell c = site.getCell();
            if (!site.isDiscovered() || site.isDestroyed() || targeted[site.getId()] || held.isHeld(c.x(), c.y())) {
                continue;
            }
            long dx = c.x() - from.x();
            long dy = c.y() - from.y();
            long distance = dx * dx + dy * dy + (map.governorate(c.x(), c.y()) == sector ? 0 : OTHER_SECTOR_PENALTY);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = site.getId();
            }
        }
        return best;
    }

    /** Fighters of the groups based in a governorate. */
    public double fightersIn(Governorate g) {
        double total = 0;
        for (ArmedGroupCell group : groups) {
            if (map.governorate(group.getCell().x(), group.getCell().y()) == g) {
                total += group.getFighters();
            }
        }
        return total;
    }

    /**
     * Demolishes up to {@code km} of a tunnel site or a whole cache; records what was destroyed, and the
     * operation, which provokes the groups within reach and draws those within their gathering radius.
     */
    public void demolish(InfrastructureSite site, double km) {
        operationsToday.add(site.getCell());
        provokeAround(site.getCell(), parameters.strategy().pressurePerDisarmamentDay());
        if (site.getKind() == SiteKind.TUNNEL_SEGMENT) {
            tunnelKmDestroyed += site.demolishTunnel(km);
        } else {
            weaponsDestroyed += site.destroyCache();
        }
    }

    /**
     * The IDF's demolitions in the zone it holds: up to {@code km} of tunnel at sites inside {@code held},
     * in site order; returns the km destroyed (they count towards the destroyed share).
     */
    public double demolishInside(HeldZone held, double km) {
        double left = km;
        for (InfrastructureSite site : sites) {
            if (left <= 0) {
                break;
            }
            GridCell c = site.getCell();
            if (site.getKind() == SiteKind.TUNNEL_SEGMENT && !site.isDestroyed() && held.isHeld(c.x(), c.y())) {
                double done = site.demolishTunnel(left);
                tunnelKmDestroyed += done;
                left -= done;
            }
        }
        return km - left;
    }

    /** The cell of a group with fighters drawn uniformly (one draw), or null when none has fighters. */
    public GridCell randomGroupCell(MersenneTwisterFast random) {
        int alive = 0;
        for (ArmedGroupCell group : groups) {
            if (group.getFighters() > 0) {
                alive++;
            }
        }
        if (alive == 0) {
            return null;
        }
        int pick = random.nextInt(alive);
        for (ArmedGroupCell group : groups) {
            if (group.getFighters() > 0 && pick-- == 0) {
                return group.getCell();
            }
        }
        return null;
    }

    /** Fighters killed at a cell, taken from the groups there in list order; returns how many died. */
    public int killFightersAt(GridCell cell, int fighters) {
        int left = fighters;
        for (ArmedGroupCell group : groups) {
            if (left <= 0) {
                break;
            }
            if (group.getFighters() > 0 && group.getCell().equals(cell)) {
                int before = group.getFighters();
                group.lose(left);
                left -= before - group.getFighters();
            }
        }
        return fighters - left;
    }

    public List<InfrastructureSite> sites() {
        return Collections.unmodifiableList(sites);
    }

    public List<ArmedGroupCell> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** Armed control per cell, 0..1 (indexed y * width + x; the array is live, do not modify). */
    public double[] control() {
        return control;
    }

    /** Armed control of a cell, 0..1. */
    public double controlAt(GridCell cell) {
        return control[cell.y() * map.width() + cell.x()];
    }

    /** Armed control of cell (x, y), 0..1. */
    public double controlAt(int x, int y) {
        return control[y * map.width() + x];
    }

    public int fighters() {
        int total = 0;
        for (ArmedGroupCell group : groups) {
            total += group.getFighters();
        }
        return total;
    }

    /** Weapons the groups hold: carried and in caches not yet destroyed. */
    public int weapons() {
        int total = looseWeapons;
        for (InfrastructureSite site : sites) {
            total += site.getWeapons();
        }
        return total;
    }

    /** Tunnel km still intact. */
    public double tunnelKmRemaining() {
        double total = 0;
        for (InfrastructureSite site : sites) {
            total += site.getTunnelKm();
        }
        return total;
    }

    public double initialTunnelKm() {
        return initialTunnelKm;
    }

    /** The share of day-0 tunnel destroyed so far. */
    public double destroyedShare() {
        return initialTunnelKm == 0 ? 0 : tunnelKmDestroyed / initialTunnelKm;
    }

    public int weaponsDestroyed() {
        return weaponsDestroyed;
    }

    public int reachCells() {
        return reachCells;
    }

    public GazaMap map() {
        return map;
    }

    /** Whether a cell is in the IDF-held zone as of the last control update (the day-0 zone before the first). */
    public boolean isHeld(int x, int y) {
        return heldToday.isHeld(x, y);
    }

    public InsurgencyParameters parameters() {
        return parameters;
    }
}
