package org.isfsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.aid.AidConvoy;
import org.isfsim.model.aid.AidSystem;
import org.isfsim.model.coordination.CoordinationCentre;
import org.isfsim.model.coordination.CoordinationWorld;
import org.isfsim.model.coordination.Tasking;
import org.isfsim.model.force.Arrival;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ContingentStatus;
import org.isfsim.model.force.ForceGeneration;
import org.isfsim.model.insurgency.ArmedGroupCell;
import org.isfsim.model.insurgency.Engagement;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.insurgency.Insurgency;
import org.isfsim.model.israel.Israel;
import org.isfsim.model.legitimacy.LegitimacyField;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.police.PoliceTraining;
import org.isfsim.model.police.PoliceUnit;
import org.isfsim.model.police.PoliceUnitStatus;
import org.isfsim.model.police.TrainingCohort;
import org.isfsim.model.population.CivilianPopulation;
import org.isfsim.model.space.SummedAreaTable;
import sim.engine.Steppable;
import sim.field.grid.SparseGrid2D;

/**
 * The isf-sim model: the Gaza Strip after the October 2025 ceasefire, one step a day from day 0
 * (2025-10-10). {@link #start()} rebuilds the world from the current parameters, so a change made
 * between runs takes effect on the next one. Each day runs in the {@link DayPhase} order.
 */
public class IsfModel extends FullySeededState {
    private static final long serialVersionUID = 1L;
    private static final int WITHDRAWAL_REVIEW_DAYS = 30;
    private static final int REINFORCEMENT_LEAD_DAYS = 30;
    private static final int REINFORCEMENT_SPREAD_DAYS = 90;

    private Parameters parameters;
    private GazaMap map;
    private SparseGrid2D units;
    private Mandate mandate;
    private Israel israel;
    private ForceGeneration forceGeneration;
    private CoordinationCentre coordinationCentre;
    private PoliceTraining policeTraining;
    private Insurgency insurgency;
    private LegitimacyField legitimacy;
    private CivilianPopulation civilians;
    private AidSystem aid;
    private final List<Contingent> contingents = new ArrayList<>();
    private final List<PoliceUnit> policeUnits = new ArrayList<>();
    private final Map<String, int[]> nationTroopsAndLosses = new LinkedHashMap<>();
    private MetricsTable metrics;
    private boolean[] inside;
    private double[] isfPeople;
    private double[] policePeople;
    private double[] securityPeople;
    private double[] aidRelief;
    private double[] activeAgents;
    private boolean[] crossingClosed;
    private SummedAreaTable activeWindow;
    private int withdrawalStartDay = -1;
    private int incidentsToday;
    private int violationsToday;
    private double civiliansKilledToday;
    private int isfCasualtiesToday;

    /**
     * Runs the model under MASON's own command line ({@code -for N -seed S -repeat R -parallel P
     * -docheckpoint D -checkpoint FILE -quiet}), for users who drive MASON models with {@code doLoop}.
     */
    public static void main(String[] args) {
        doLoop(IsfModel.class, args);
        System.exit(0);
    }

    /** A model with the default parameters, as MASON's {@code doLoop} and Console make it. */
    public IsfModel(long seed) {
        this(seed, Parameters.defaults());
    }

    public IsfModel(long seed, Parameters parameters) {
        super(seed);
        this.parameters = parameters;
    }

    @Override
    public void start() {
        super.start();
        map = GazaMaps.get(parameters.map(), parameters.population());
        int cells = map.width() * map.height();
        inside = new boolean[cells];
        for (int i = 0; i < cells; i++) {
            inside[i] = map.inside(i % map.width(), i / map.width());
        }
        isfPeople = new double[cells];
        policePeople = new double[cells];
        securityPeople = new double[cells];
        aidRelief = new double[cells];
        activeAgents = new double[cells];
        crossingClosed = new boolean[Crossing.values().length];
        activeWindow = new SummedAreaTable(map.width(), map.height());
        units = new SparseGrid2D(map.width(), map.height());
        mandate = new Mandate(parameters.mandate());
        israel = new Israel(map, parameters.israel(), map.heldZone());
        forceGeneration = new ForceGeneration(parameters.force(), parameters.timeline(), mandate);
        Map<Governorate, Long> residents = new EnumMap<>(Governorate.class);
        for (Governorate g : Governorate.values()) {
            residents.put(g, map.population(g));
        }
        coordinationCentre = new CoordinationCentre(parameters.coordination(), parameters.force().sectorOrder(),
                parameters.force().troopsPerSector(), residents, parameters.police().deployOnlyWithIsf());
        policeTraining = new PoliceTraining(parameters.police(), parameters.timeline());
        insurgency = new Insurgency(map, parameters.insurgency(), map.heldZone(), random);
        civilians = new CivilianPopulation(map, parameters.population().peoplePerAgent(), parameters.civilians(),
                random);
        legitimacy = new LegitimacyField(parameters.legitimacy(), map.width(), map.height(),
                civilians.visionRadiusCells());
        aid = new AidSystem(map, parameters.aid(), parameters.timeline());
        contingents.clear();
        policeUnits.clear();
        nationTroopsAndLosses.clear();
        withdrawalStartDay = -1;
        metrics = new MetricsTable(parameters.timeline().days());
        if (policeTraining.initialGraduates() > 0) {
            policeUnits.add(new PoliceUnit(0, parameters.police().trainingSites().isEmpty() ? "abroad"
                    : parameters.police().trainingSites().get(0).name(), policeTraining.initialGraduates(), 0, 0,
                    parameters.police().initialEffectiveness()));
        }

        schedule.scheduleRepeating(0.0, DayPhase.MANDATE_AND_POLICY.ordering(), (Steppable) s -> policy(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.COORDINATION.ordering(),
                (Steppable) s -> coordinationCentre.step(day(), date(), new World(), random), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.CONTINGENTS.ordering(), (Steppable) s -> stepContingents(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.POLICE.ordering(), (Steppable) s -> stepPolice(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.ARMED_GROUPS.ordering(), (Steppable) s -> armedGroups(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.CIVILIANS.ordering(), (Steppable) s -> civiliansAct(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.AID.ordering(), (Steppable) s -> deliverAid(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.METRICS.ordering(), (Steppable) s -> recordMetrics(), 1.0);
    }

    // ---- phase 0: the mandate, Israel, arrivals -------------------------------------------------

    private void policy() {
        incidentsToday = 0;
        violationsToday = 0;
        civiliansKilledToday = 0;
        isfCasualtiesToday = 0;
        LocalDate today = date();
        double secured = insurgency.securedShare(heldZone());
        int reinforcement = mandate.review(today, secured);
        if (reinforcement > 0) {
            forceGeneration.reinforce(reinforcement, day() + REINFORCEMENT_LEAD_DAYS,
                    day() + REINFORCEMENT_LEAD_DAYS + REINFORCEMENT_SPREAD_DAYS, 0.05);
        }
        mandate.decideRenewal(today, secured);
        if (mandate.lapsed() && withdrawalStartDay < 0 && !mandate.isActive(today)) {
            withdrawalStartDay = day();
        }
        withdrawAfterMandate();
        if (day() % WITHDRAWAL_REVIEW_DAYS == 0) {
            israel.reviewWithdrawal(insurgency.destroyedShare(), secured);
        }
        lineIncidents();
        arriveContingents();
    }

    /** Without renewal the force leaves, evenly over {@code mandate.withdrawalDays}. */
    private void withdrawAfterMandate() {
        if (withdrawalStartDay < 0) {
            return;
        }
        int days = Math.max(1, parameters.mandate().withdrawalDays());
        double due = Math.min(1.0, (day() - withdrawalStartDay + 1) / (double) days);
        int onGround = 0;
        for (Contingent c : contingents) {
            if (c.isOnGround()) {
                onGround++;
            }
        }
        int total = contingents.size();
        int toLeave = onGround - (int) Math.floor(total * (1 - due));
        for (int i = contingents.size() - 1; i >= 0 && toLeave > 0; i--) {
            Contingent c = contingents.get(i);
            if (c.isOnGround()) {
                withdraw(c);
                toLeave--;
            }
        }
    }

    /**
     * Fire on people approaching the yellow line (facts.md §8: most post-ceasefire deaths are near it); each
     * incident's toll may decay from the ceasefire's level to a floor ({@code israel.lineLethalityDecayDays}).
     */
    private void lineIncidents() {
        int incidents = Engagement.poisson(parameters.israel().lineIncidentsPerDay(), random);
        violationsToday += incidents;
        double lethality = parameters.israel().civiliansKilledPerLineIncidentOn(day());
        for (int i = 0; i < incidents; i++) {
            int killed = Engagement.poisson(lethality, random);
            if (killed > 0) {
                GridCell near = nearLineCell();
                killCivilians(near, killed);
            }
        }
    }

    private GridCell nearLineCell() {
        HeldZone held = heldZone();
        for (int tries = 0; tries < 1_000; tries++) {
            int x = random.nextInt(map.width());
            int y = random.nextInt(map.height());
            if (map.inside(x, y) && !held.isHeld(x, y) && israel.nearLine(x, y)) {
                return new GridCell(x, y);
            }
        }
        return map.centroid(Governorate.GAZA);
    }

    private void arriveContingents() {
        GridCell entry = map.crossing(parameters.force().entryCrossing());
        for (Arrival arrival : forceGeneration.arrivalsDue(day())) {
            if (israel.vetoes(arrival.nation()) || (arrival.requiresUnMandate() && !mandate.isActive(date()))
                    || nationWithdrawn(arrival.nation())) {
                continue;
            }
            Contingent contingent = new Contingent(contingents.size(), arrival, entry);
            contingents.add(contingent);
            nationTroopsAndLosses.computeIfAbsent(arrival.nation(), n -> new int[3])[0] += arrival.troops();
            placeUnit(contingent, entry);
        }
    }

    private boolean nationWithdrawn(String nation) {
        int[] record = nationTroopsAndLosses.get(nation);
        return record != null && record[2] == 1;
    }

    // ---- phase 1: coordination ------------------------------------------------------------------

    /** What the coordination centre sees of, and does to, the world. */
    private final class World implements CoordinationWorld, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public void deliver(Tasking tasking) {
            switch (tasking.kind()) {
                case SECTOR -> contingents.get(tasking.unitId()).assignSector(tasking.sector(),
                        map.centroid(tasking.sector()));
                case POSTING -> policeUnits.get(tasking.unitId()).post(tasking.sector(), day(),
                        parameters.police().travelDays());
                case DEMOLITION -> startDemolition(contingents.get(tasking.unitId()),
                        insurgency.sites().get(tasking.objectId()));
                case ESCORT -> {
                    for (AidConvoy convoy : aid.convoys()) {
                        if (convoy.getId() == tasking.objectId()) {
                            convoy.setEscorted(true);
                        }
                    }
                }
            }
        }

        @Override
        public int demolitionTarget(GridCell from, Governorate sector, boolean[] targeted) {
            int best = -1;
            long bestDistance = Long.MAX_VALUE;
            for (InfrastructureSite site : insurgency.sites()) {
                GridCell c = site.getCell();
                if (!site.isDiscovered() || site.isDestroyed() || targeted[site.getId()]
                        || heldZone().isHeld(c.x(), c.y())) {
                    continue;
                }
                long dx = c.x() - from.x();
                long dy = c.y() - from.y();
                long distance = dx * dx + dy * dy + (map.governorate(c.x(), c.y()) == sector ? 0 : 1_000_000L);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = site.getId();
                }
            }
            return best;
        }

        @Override
        public int siteCount() {
            return insurgency.sites().size();
        }

        @Override
        public int approvalDelay(int siteId) {
            GridCell c = insurgency.sites().get(siteId).getCell();
            return israel.approve(c.x(), c.y(), random);
        }

        @Override
        public int[] convoysAwaitingEscort() {
            return aid.convoys().stream().filter(c -> !c.isEscorted()).mapToInt(AidConvoy::getId).toArray();
        }

        @Override
        public double fightersIn(Governorate sector) {
            double fighters = 0;
            for (ArmedGroupCell group : insurgency.groups()) {
                if (map.governorate(group.getCell().x(), group.getCell().y()) == sector) {
                    fighters += group.getFighters();
                }
            }
            return fighters;
        }

        @Override
        public boolean revealByIntelligence() {
            List<InfrastructureSite> hidden = new ArrayList<>();
            for (InfrastructureSite site : insurgency.sites()) {
                GridCell c = site.getCell();
                if (!site.isDiscovered() && !site.isDestroyed() && !heldZone().isHeld(c.x(), c.y())) {
                    hidden.add(site);
                }
            }
            if (hidden.isEmpty()) {
                return false;
            }
            hidden.get(random.nextInt(hidden.size())).discover(day());
            return true;
        }
    }

    /** A contingent takes on a demolition; the site's group may first move its weapons, sooner if tipped off. */
    private void startDemolition(Contingent contingent, InfrastructureSite site) {
        if (!contingent.availableForDemolition() || site.isDestroyed()) {
            return;
        }
        Governorate g = map.governorate(site.getCell().x(), site.getCell().y());
        InsurgencyParameters p = parameters.insurgency();
        insurgency.moveWeaponsAhead(site, leakIn(g) ? p.leakedWeaponsMoveChance() : p.weaponsMoveChance(), random);
        contingent.assignDemolition(site);
    }

    private boolean leakIn(Governorate g) {
        for (PoliceUnit unit : policeUnits) {
            if (unit.getPosting() == g && unit.leaks()) {
                return true;
            }
        }
        return false;
    }

    // ---- phases 2 and 3: contingents and police -------------------------------------------------

    private void stepContingents() {
        for (Contingent contingent : contingents) {
            contingent.step(this);
        }
    }

    private void stepPolice() {
        policeTraining.recruit(day(), random);
        for (TrainingCohort cohort : policeTraining.graduating(day())) {
            policeUnits.add(new PoliceUnit(policeUnits.size(), cohort.site(), cohort.recruits(), cohort.infiltrators(),
                    day(), parameters.police().initialEffectiveness()));
        }
        for (PoliceUnit unit : policeUnits) {
            unit.step(this);
        }
    }

    /** Patrols find hidden sites within reach of a cell, each with a chance; returns how many were found. */
    public int discoverNear(GridCell cell, double chance) {
        int found = 0;
        for (InfrastructureSite site : insurgency.sites()) {
            if (!site.isDiscovered() && !site.isDestroyed() && insurgency.withinReach(cell, site.getCell())
                    && random.nextDouble() < chance) {
                site.discover(day());
                found++;
            }
        }
        return found;
    }

    /**
     * Tips a police unit brings today: Poisson with mean tipsPerOfficerDay × officers × effectiveness
     * × the legitimacy where it serves (people talk to police they trust); each reveals a hidden site
     * in its governorate. Returns the sites revealed.
     */
    public int policeTips(PoliceUnit unit) {
        GridCell at = unit.getPosition();
        double l = legitimacy.at(at.y() * map.width() + at.x());
        int tips = Engagement.poisson(parameters.police().tipsPerOfficerDay() * unit.getOfficers()
                * unit.getEffectiveness() * l, random);
        int revealed = 0;
        for (int t = 0; t < tips; t++) {
            List<InfrastructureSite> hidden = new ArrayList<>();
            for (InfrastructureSite site : insurgency.sites()) {
                GridCell c = site.getCell();
                if (!site.isDiscovered() && !site.isDestroyed() && map.governorate(c.x(), c.y()) == unit.getPosting()) {
                    hidden.add(site);
                }
            }
            if (hidden.isEmpty()) {
                break;
            }
            hidden.get(random.nextInt(hidden.size())).discover(day());
            revealed++;
        }
        return revealed;
    }

    /** Where a police unit takes up duty: a random cell of its governorate outside the held zone. */
    public GridCell dutyStation(Governorate g) {
        int[] cells = map.cellsOf(g);
        HeldZone held = heldZone();
        for (int tries = 0; tries < 200; tries++) {
            GridCell c = map.cellOfIndex(cells[random.nextInt(cells.length)]);
            if (!held.isHeld(c.x(), c.y())) {
                return c;
            }
        }
        return map.centroid(g);
    }

    /** Whether the model has ISF troops on station (patrolling or demolishing) in a governorate today. */
    public boolean isfOnStationIn(Governorate g) {
        for (Contingent c : contingents) {
            if (c.getSector() == g && (c.getStatus() == ContingentStatus.PATROLLING
                    || c.getStatus() == ContingentStatus.DEMOLISHING)) {
                return true;
            }
        }
        return false;
    }

    // ---- phase 4: armed groups ------------------------------------------------------------------

    private void armedGroups() {
        buildSecurityFields();
        insurgency.updateControl(heldZone(), securityPeople);
        InsurgencyParameters p = parameters.insurgency();
        for (ArmedGroupCell group : insurgency.groups()) {
            if (group.getFighters() == 0) {
                continue;
            }
            recruit(group, p);
            attackIfOddsFavour(group, p);
            GridCell at = group.getCell();
            if (random.nextDouble() < p.violationChancePerGroupDay() * insurgency.control()[at.y() * map.width() + at.x()]) {
                violationsToday++;
                if (israel.respondToViolation(day(), random)) {
                    incidentsToday++;
                    group.lose(Engagement.poisson(parameters.israel().fightersKilledPerStrike(), random));
                    killCivilians(group.getCell(), Engagement.poisson(parameters.israel().civiliansKilledPerStrike(),
                            random));
                }
            }
        }
    }

    /**
     * Active civilians within reach may join the group (DESIGN.md: "recruit from active civilians"):
     * Poisson with mean recruitsPerActivePersonDay × active people within reach, as many as there are
     * spare weapons for; whole civilian agents leave the population, so people are conserved.
     */
    private void recruit(ArmedGroupCell group, InsurgencyParameters p) {
        int ppa = civilians.peoplePerAgent();
        GridCell at = group.getCell();
        int reach = insurgency.reachCells();
        double activePeople = activeWindow.window(at.x(), at.y(), reach) * ppa;
        int wanted = Engagement.poisson(p.recruitsPerActivePersonDay() * activePeople, random);
        int spare = insurgency.spareWeapons();
        int agents = Math.min(stochasticRound(wanted / (double) ppa), spare / ppa);
        int taken = 0;
        for (int y = at.y() - reach; y <= at.y() + reach && taken < agents; y++) {
            for (int x = at.x() - reach; x <= at.x() + reach && taken < agents; x++) {
                if (map.inside(x, y)) {
                    taken += civilians.recruit(y * map.width() + x, agents - taken);
                }
            }
        }
        if (taken > 0) {
            insurgency.recruit(group, taken * ppa);
        }
    }

    /** Rounds to a neighbouring whole number with probability equal to the fraction, so the mean is exact. */
    private int stochasticRound(double value) {
        int whole = (int) Math.floor(value);
        return whole + (random.nextDouble() < value - whole ? 1 : 0);
    }

    private void buildSecurityFields() {
        java.util.Arrays.fill(isfPeople, 0);
        java.util.Arrays.fill(policePeople, 0);
        for (Contingent c : contingents) {
            if (c.isOnGround()) {
                GridCell at = c.getPosition();
                isfPeople[at.y() * map.width() + at.x()] += c.securityPeople();
            }
        }
        for (PoliceUnit u : policeUnits) {
            if (u.isOnGround()) {
                GridCell at = u.getPosition();
                policePeople[at.y() * map.width() + at.x()] += u.securityPeople();
            }
        }
        for (int i = 0; i < securityPeople.length; i++) {
            securityPeople[i] = isfPeople[i] + policePeople[i];
            activeAgents[i] = inside[i] ? civilians.activeAgents(i) : 0;
        }
        activeWindow.rebuild(activeAgents);
    }

    /**
     * A group attacks the weakest security unit within reach when its fighters outnumber, by
     * {@code attackOdds}, all the security forces within reach that would come to the unit's aid
     * (DESIGN.md: "attack when local odds favour them").
     */
    private void attackIfOddsFavour(ArmedGroupCell group, InsurgencyParameters p) {
        SecurityUnit weakest = null;
        double weakestStrength = Double.POSITIVE_INFINITY;
        double localStrength = 0;
        for (SecurityUnit unit : securityUnits()) {
            if (unit.isOnGround() && insurgency.withinReach(group.getCell(), unit.getPosition())) {
                double strength = unit.strength() * strengthPerPerson(unit);
                localStrength += strength;
                if (strength < weakestStrength) {
                    weakest = unit;
                    weakestStrength = strength;
                }
            }
        }
        if (weakest == null || group.getFighters() < p.attackOdds() * localStrength
                || !(random.nextDouble() < p.attackChancePerDay())) {
            return;
        }
        group.countAttack();
        fight(group, weakest);
    }

    private List<SecurityUnit> securityUnits() {
        List<SecurityUnit> all = new ArrayList<>(contingents.size() + policeUnits.size());
        all.addAll(contingents);
        all.addAll(policeUnits);
        return all;
    }

    /** A unit's combat strength per soldier or officer, in fighter-equivalents. */
    private double strengthPerPerson(SecurityUnit unit) {
        InsurgencyParameters p = parameters.insurgency();
        return unit instanceof PoliceUnit police ? p.policeStrengthPerOfficer() * police.getEffectiveness()
                : p.isfStrengthPerTroop();
    }

    /** A day of fighting between a group and a unit: losses on both sides and civilians in the crossfire. */
    private void fight(ArmedGroupCell group, SecurityUnit unit) {
        InsurgencyParameters p = parameters.insurgency();
        Engagement.Outcome outcome = Engagement.fight(group.getFighters(), unit.strength(), strengthPerPerson(unit),
                p.lethalityPerDay(), p.civilianCasualtiesPerIncident(), random);
        incidentsToday++;
        group.lose(outcome.fightersKilled());
        int lost = unit.takeCasualties(outcome.defendersKilled());
        if (unit instanceof Contingent contingent) {
            isfCasualtiesToday += lost;
            recordNationLosses(contingent, lost);
        }
        killCivilians(unit.getPosition(), outcome.civiliansKilled());
    }

    /**
     * Demolition work may provoke a group within reach to fight back: with the daily attack chance,
     * scaled down by how far the security forces within reach outmatch it.
     */
    public void clashAtDemolition(Contingent contingent) {
        InsurgencyParameters p = parameters.insurgency();
        double localStrength = 0;
        for (SecurityUnit unit : securityUnits()) {
            if (unit.isOnGround() && insurgency.withinReach(contingent.getPosition(), unit.getPosition())) {
                localStrength += unit.strength() * strengthPerPerson(unit);
            }
        }
        for (ArmedGroupCell group : insurgency.groups()) {
            if (group.getFighters() > 0 && insurgency.withinReach(group.getCell(), contingent.getPosition())) {
                double odds = Math.min(1.0, group.getFighters() / Math.max(1.0, p.attackOdds() * localStrength));
                if (random.nextDouble() < p.attackChancePerDay() * odds) {
                    fight(group, contingent);
                }
                return;
            }
        }
    }

    /** A nation withdraws all its contingents once its losses pass its tolerance (DESIGN.md item 2). */
    private void recordNationLosses(Contingent contingent, int lost) {
        int[] record = nationTroopsAndLosses.get(contingent.getNation());
        record[1] += lost;
        double tolerance = parameters.force().pledges().stream().filter(pl -> pl.nation().equals(contingent.getNation()))
                .mapToDouble(pl -> pl.casualtyTolerance()).findFirst().orElse(0.05);
        if (record[2] == 0 && record[1] > tolerance * record[0]) {
            record[2] = 1;
            for (Contingent c : contingents) {
                if (c.getNation().equals(contingent.getNation()) && c.isOnGround()) {
                    withdraw(c);
                }
            }
        }
    }

    private void withdraw(Contingent contingent) {
        contingent.withdraw();
        units.remove(contingent);
    }

    /** Civilians killed at a cell: counted in people, removed as whole agents (stochastically rounded). */
    private void killCivilians(GridCell cell, int people) {
        if (people <= 0) {
            return;
        }
        int index = cell.y() * map.width() + cell.x();
        civiliansKilledToday += people;
        legitimacy.recordDeaths(index, people);
        civilians.kill(index, stochasticRound(people / (double) civilians.peoplePerAgent()), random);
    }

    // ---- phase 5: civilians ---------------------------------------------------------------------

    private void civiliansAct() {
        double[] hardship = aid.hardshipLevelByCell();
        double floor = parameters.aid().hardshipFloor();
        double span = parameters.aid().hardshipCeiling() - floor;
        for (int i = 0; i < aidRelief.length; i++) {
            aidRelief[i] = inside[i] && span > 0 ? Math.max(0, Math.min(1, 1 - (hardship[i] - floor) / span)) : 0;
        }
        legitimacy.update(policePeople, isfPeople, aidRelief, insurgency.control(), mandate.underOversight(date()),
                inside);
        civilians.step(day(), securityPeople, legitimacy.values(), hardship, random);
    }

    // ---- phase 6: aid ---------------------------------------------------------------------------

    private void deliverAid() {
        java.util.Arrays.fill(crossingClosed, israel.crossingsClosed(day()));
        aid.step(day(), crossingClosed, insurgency.control(), random);
    }

    // ---- phase 7: metrics -----------------------------------------------------------------------

    private void recordMetrics() {
        if (day() > parameters.timeline().days()) {
            return;
        }
        double[] row = metrics.rowFor(day());
        int troops = 0;
        int onGround = 0;
        for (Contingent contingent : contingents) {
            if (contingent.isOnGround()) {
                troops += contingent.getTroops();
                onGround++;
            }
        }
        int deployed = 0;
        for (PoliceUnit unit : policeUnits) {
            if (unit.getStatus() == PoliceUnitStatus.DEPLOYED) {
                deployed += unit.getOfficers();
            }
        }
        row[Metric.ISF_TROOPS.ordinal()] = troops;
        row[Metric.ISF_CONTINGENTS.ordinal()] = onGround;
        row[Metric.ISF_CASUALTIES.ordinal()] = isfCasualtiesToday;
        row[Metric.POLICE_IN_TRAINING.ordinal()] = policeTraining.inTraining(day());
        row[Metric.POLICE_DEPLOYED.ordinal()] = deployed;
        row[Metric.MILITANT_FIGHTERS.ordinal()] = insurgency.fighters();
        row[Metric.MILITANT_WEAPONS.ordinal()] = insurgency.weapons();
        row[Metric.INFRASTRUCTURE_REMAINING.ordinal()] = insurgency.tunnelKmRemaining();
        row[Metric.MILITANT_CONTROL_SHARE.ordinal()] = insurgency.controlShare();
        row[Metric.SECURED_SHARE.ordinal()] = insurgency.securedShare(heldZone());
        row[Metric.IDF_HELD_SHARE.ordinal()] = heldZone().share();
        row[Metric.ACTIVE_CIVILIANS_SHARE.ordinal()] = civilians.activeShare();
        row[Metric.INCIDENTS.ordinal()] = incidentsToday;
        row[Metric.CEASEFIRE_VIOLATIONS.ordinal()] = violationsToday;
        row[Metric.CIVILIAN_CASUALTIES.ordinal()] = civiliansKilledToday;
        row[Metric.AID_TRUCKS_ENTERED.ordinal()] = aid.trucksEnteredToday();
        row[Metric.AID_TRUCKS_DELIVERED.ordinal()] = aid.trucksDeliveredToday();
        row[Metric.AID_TRUCKS_LOOTED.ordinal()] = aid.trucksLootedToday();
        row[Metric.MEAN_HARDSHIP.ordinal()] = civilians.meanHardship();
        row[Metric.LEGITIMACY.ordinal()] = meanLegitimacy();
        row[Metric.COORDINATION_LATENCY_DAYS.ordinal()] = coordinationCentre.expectedLatencyDays();
        row[Metric.MANDATE_ACTIVE.ordinal()] = mandate.isActive(date()) ? 1 : 0;
        row[Metric.DETAINED_SHARE.ordinal()] = civilians.detainedShare();
        row[Metric.IDF_WITHDRAWAL_STAGE.ordinal()] = israel.stage();
    }

    /** Legitimacy averaged over the civilians (each cell weighted by its living, free agents). */
    private double meanLegitimacy() {
        double weighted = 0;
        double agents = 0;
        double[] l = legitimacy.values();
        for (int i = 0; i < l.length; i++) {
            if (inside[i]) {
                int n = civilians.agentsIn(i);
                weighted += n * l[i];
                agents += n;
            }
        }
        return agents == 0 ? 0 : weighted / agents;
    }

    // ---- shared services and accessors ----------------------------------------------------------

    /** Puts a unit at a cell of the units grid (drawn by the GUI). */
    public void placeUnit(Object unit, GridCell cell) {
        units.setObjectLocation(unit, cell.x(), cell.y());
    }

    /** Today's day number (0 = 2025-10-10). */
    public int day() {
        return (int) schedule.getTime();
    }

    /** Today's date. */
    public LocalDate date() {
        return parameters.timeline().dateOf(day());
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Sets the parameters the next {@link #start()} builds the world from. */
    public void setParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    public GazaMap map() {
        return map;
    }

    /** The zone the IDF holds today. */
    public HeldZone heldZone() {
        return israel.heldZone();
    }

    public SparseGrid2D units() {
        return units;
    }

    public Mandate mandate() {
        return mandate;
    }

    public Israel israel() {
        return israel;
    }

    public CoordinationCentre coordinationCentre() {
        return coordinationCentre;
    }

    public PoliceTraining policeTraining() {
        return policeTraining;
    }

    public Insurgency insurgency() {
        return insurgency;
    }

    public LegitimacyField legitimacy() {
        return legitimacy;
    }

    public CivilianPopulation civilians() {
        return civilians;
    }

    public AidSystem aid() {
        return aid;
    }

    public List<Contingent> contingents() {
        return Collections.unmodifiableList(contingents);
    }

    public List<PoliceUnit> policeUnits() {
        return Collections.unmodifiableList(policeUnits);
    }

    public MetricsTable metrics() {
        return metrics;
    }
}
