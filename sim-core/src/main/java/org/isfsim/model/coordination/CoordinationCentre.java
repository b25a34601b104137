package org.isfsim.model.coordination;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.CoordinationParameters;

/**
 * The Civil-Military Coordination Centre at Kiryat Gat (docs/sources.md#cmcc): outside the strip, it learns
 * of units only through their reports, which arrive late, and tasks them — sectors for contingents
 * (Rafah first, then sector by sector, docs/sources.md#isf-pledges), postings for police units, demolitions for
 * contingents whose nation accepts the disarmament role, escorts for aid convoys. Sectors open in their
 * order as the force on hand grows: each sector's share of the force follows the people living in it, up to
 * the troops its residents need at the force-density ratio (docs/sources.md#force-density), and the next
 * sector opens once the ones before it hold their share; police follow the residents among the sectors where
 * the ISF is on station. It decides a
 * limited number of taskings a day; each takes longer to decide the more members must be consulted
 * and without unified command, so a backlog lengthens everyone's wait. Tasks near the yellow line
 * wait for IDF approval, which may be denied. Its estimate of armed presence is noisy.
 */
public final class CoordinationCentre implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CoordinationParameters parameters;
    private final List<Governorate> sectorOrder;
    private final double troopsPerThousandResidents;
    private final long residentsInOrder;
    private final Map<Governorate, Long> sectorResidents;
    private final boolean policeOnlyWithIsf;

    private final ArrayDeque<UnitReport> inbox = new ArrayDeque<>();
    private final List<UnitReport> latestContingentReports = new ArrayList<>();
    private final List<UnitReport> latestPoliceReports = new ArrayList<>();
    private final List<Boolean> contingentRequested = new ArrayList<>();
    private final List<Boolean> policeRequested = new ArrayList<>();
    private final List<Boolean> demolitionTasked = new ArrayList<>();
    private final ArrayDeque<TaskRequest> queue = new ArrayDeque<>();
    private final List<Tasking> pending = new ArrayList<>();
    private final EnumMap<Governorate, Integer> assignedTroops = new EnumMap<>(Governorate.class);
    private final EnumMap<Governorate, Integer> assignedOfficers = new EnumMap<>(Governorate.class);
    private final EnumMap<Governorate, Double> estimatedFighters = new EnumMap<>(Governorate.class);
    private final List<Tasking> history = new ArrayList<>();
    private boolean[] targeted = new boolean[0];
    private int members;
    private int decisionDays;
    private int tasksPerDay;
    private boolean open;
    private int deniedTasks;

    private record TaskRequest(UnitReport report, int requestDay) implements Serializable {
    }

    /**
     * @param parameters the centre's parameters
     * @param sectorOrder the order in which sectors are taken on
     * @param troopsPerThousandResidents the troops a sector needs per 1,000 people living in it
     * @param sectorResidents people living in each sector, to share troops and police out by population
     * @param policeOnlyWithIsf whether police are posted only where ISF troops are on station
     */
    public CoordinationCentre(CoordinationParameters parameters, List<Governorate> sectorOrder,
            double troopsPerThousandResidents, Map<Governorate, Long> sectorResidents, boolean policeOnlyWithIsf) {
        this.parameters = parameters;
        this.sectorOrder = List.copyOf(sectorOrder);
        this.troopsPerThousandResidents = troopsPerThousandResidents;
        this.sectorResidents = new EnumMap<>(sectorResidents);
        long inOrder = 0;
        for (Governorate sector : this.sectorOrder) {
            inOrder += this.sectorResidents.getOrDefault(sector, 0L);
        }
        this.residentsInOrder = inOrder;
        this.policeOnlyWithIsf = policeOnlyWithIsf;
        for (Governorate g : Governorate.values()) {
            assignedTroops.put(g, 0);
            assignedOfficers.put(g, 0);
            estimatedFighters.put(g, 0.0);
        }
        setMembers(parameters.members());
    }

    private void setMembers(int count) {
        members = count;
        decisionDays = (int) Math.ceil(parameters.decisionDays(count));
        tasksPerDay = parameters.tasksPerDay(count);
    }

    /** A unit sends its report; the centre reads it once the report delay has passed. */
    public void receive(UnitReport report) {
        inbox.addLast(report);
    }

    /**
     * One day of the centre's work: read the reports that have arrived, update its picture, decide
     * (from its opening date on), and hand out what takes effect today.
     */
    public void step(int day, LocalDate date, CoordinationWorld world, MersenneTwisterFast random) {
        if (targeted.length != world.siteCount()) {
            targeted = Arrays.copyOf(targeted, world.siteCount());
        }
        setMembers(parameters.membersOn(date));
        open = !date.isBefore(parameters.openingDate());
        readArrivedReports(day);
        if (open) {
            estimatePresence(world, random);
            if (random.nextDouble() < parameters.intelligenceFusionChancePerDay() * members / 10.0) {
                world.revealByIntelligence();
            }
            int capacity = decide(day, tasksPerDay);
            capacity = planDemolitions(day, capacity, world);
            planEscorts(day, capacity, world);
        }
        Iterator<Tasking> due = pending.iterator();
        while (due.hasNext()) {
            Tasking tasking = due.next();
            if (tasking.effectiveDay() <= day) {
                due.remove();
                world.deliver(tasking);
            }
        }
    }

    private void readArrivedReports(int day) {
        while (!inbox.isEmpty() && inbox.peekFirst().sentDay() + parameters.reportDelayDays() <= day) {
            UnitReport report = inbox.pollFirst();
            boolean contingent = report.kind() == UnitKind.CONTINGENT;
            List<UnitReport> latest = contingent ? latestContingentReports : latestPoliceReports;
            List<Boolean> requested = contingent ? contingentRequested : policeRequested;
            while (latest.size() <= report.unitId()) {
                latest.add(null);
                requested.add(Boolean.FALSE);
                if (contingent) {
                    demolitionTasked.add(Boolean.FALSE);
                }
            }
            latest.set(report.unitId(), report);
            if (report.status() == ReportStatus.AWAITING_TASKING && !requested.get(report.unitId())) {
                requested.set(report.unitId(), Boolean.TRUE);
                queue.addLast(new TaskRequest(report, day));
            }
            if (contingent && report.status() == ReportStatus.ON_STATION && demolitionTasked.get(report.unitId())
                    && report.sentDay() > lastDemolitionDecision(report.unitId())) {
                demolitionTasked.set(report.unitId(), Boolean.FALSE);
            }
        }
    }

    private int lastDemolitionDecision(int contingentId) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Tasking t = history.get(i);
            if (t.kind() == TaskKind.DEMOLITION && t.unitId() == contingentId) {
                return t.effectiveDay();
            }
        }
        return -1;
    }

    private void estimatePresence(CoordinationWorld world, MersenneTwisterFast random) {
        for (Governorate g : Governorate.values()) {
            double noise = 1.0 + parameters.pictureNoise() * random.nextGaussian();
            estimatedFighters.put(g, Math.max(0.0, world.fightersIn(g) * noise));
        }
    }

    /** Decides queued sector and posting requests; returns the capacity left today. */
    private int decide(int day, int capacity) {
        List<TaskRequest> deferred = new ArrayList<>();
        while (capacity > 0 && !queue.isEmpty()) {
            TaskRequest request = queue.pollFirst();
            UnitReport report = request.report();
            boolean contingent = report.kind() == UnitKind.CONTINGENT;
            Governorate sector = contingent ? sectorForContingent(report.strength()) : sectorForPolice();
            if (sector == null) {
                deferred.add(request);
                continue;
            }
            (contingent ? assignedTroops : assignedOfficers).merge(sector, report.strength(), Integer::sum);
            schedule(new Tasking(contingent ? TaskKind.SECTOR : TaskKind.POSTING, report.kind(), report.unitId(),
                    sector, -1, request.requestDay(), day, day + decisionDays));
            capacity--;
        }
        queue.addAll(deferred);
        return capacity;
    }

    /** Gives idle contingents allowed to disarm a known site to destroy; returns the capacity left. */
    private int planDemolitions(int day, int capacity, CoordinationWorld world) {
        for (int id = 0; id < latestContingentReports.size() && capacity > 0; id++) {
            UnitReport report = latestContingentReports.get(id);
            if (report == null || !report.disarmRole() || report.status() != ReportStatus.ON_STATION
                    || demolitionTasked.get(id)) {
                continue;
            }
            int site = world.demolitionTarget(report.position(), report.sector(), targeted);
            if (site < 0) {
                continue;
            }
            capacity--;
            int approval = world.approvalDelay(site);
            targeted[site] = true;
            if (approval < 0) {
                deniedTasks++;
                continue;
            }
            demolitionTasked.set(id, Boolean.TRUE);
            schedule(new Tasking(TaskKind.DEMOLITION, UnitKind.CONTINGENT, id, report.sector(), site, day, day,
                    day + decisionDays + approval));
        }
        return capacity;
    }

    /** Escorts convoys on the road with contingents on station, one convoy each a day, while capacity lasts. */
    private void planEscorts(int day, int capacity, CoordinationWorld world) {
        int escorts = 0;
        for (UnitReport report : latestContingentReports) {
            if (report != null && report.status() == ReportStatus.ON_STATION) {
                escorts++;
            }
        }
        int[] convoys = world.convoysAwaitingEscort();
        for (int i = 0; i < convoys.length && escorts > 0 && capacity > 0; i++) {
            Tasking escort = new Tasking(TaskKind.ESCORT, UnitKind.CONTINGENT, -1, null, convoys[i], day, day, day);
            history.add(escort);
            world.deliver(escort);
            escorts--;
            capacity--;
        }
    }

    private void schedule(Tasking tasking) {
        pending.add(tasking);
        history.add(tasking);
    }

    /**
     * The first sector in order short of its target; when all are full, the one where the centre's (noisy)
     * estimate shows most fighters per assigned soldier.
     *
     * @param strength the troops of the contingent to be tasked, part of the force on hand
     */
    private Governorate sectorForContingent(int strength) {
        long onHand = strength;
        for (Governorate sector : sectorOrder) {
            onHand += assignedTroops.get(sector);
        }
        for (Governorate sector : sectorOrder) {
            if (assignedTroops.get(sector) < targetTroops(sector, onHand)) {
                return sector;
            }
        }
        Governorate neediest = sectorOrder.get(0);
        double worst = -1;
        for (Governorate sector : sectorOrder) {
            double ratio = estimatedFighters.get(sector) / Math.max(1, assignedTroops.get(sector));
            if (ratio > worst) {
                worst = ratio;
                neediest = sector;
            }
        }
        return neediest;
    }

    /**
     * A sector's target: its residents' share of the force on hand, at most the troops they need at the
     * force-density ratio.
     */
    private double targetTroops(Governorate sector, long onHand) {
        long residents = sectorResidents.getOrDefault(sector, 0L);
        double need = troopsPerThousandResidents * residents / 1_000.0;
        double share = residentsInOrder == 0 ? 0.0 : (double) onHand * residents / residentsInOrder;
        return Math.min(need, share);
    }

    /** The troops a sector's residents need at the force-density ratio. */
    public double troopsNeeded(Governorate sector) {
        return troopsPerThousandResidents * sectorResidents.getOrDefault(sector, 0L) / 1_000.0;
    }

    /** Among sectors where the centre knows ISF troops are on station, the one with fewest police per resident. */
    private Governorate sectorForPolice() {
        Governorate best = null;
        double bestRatio = Double.POSITIVE_INFINITY;
        for (Governorate sector : sectorOrder) {
            long residents = sectorResidents.getOrDefault(sector, 0L);
            if (policeOnlyWithIsf && reportedTroopsOnStation(sector) == 0) {
                continue;
            }
            double ratio = assignedOfficers.get(sector) / (double) Math.max(1L, residents);
            if (ratio < bestRatio) {
                best = sector;
                bestRatio = ratio;
            }
        }
        return best;
    }

    /** Troops the centre's reports show on station (or on a task) in a sector. */
    public int reportedTroopsOnStation(Governorate sector) {
        int troops = 0;
        for (UnitReport report : latestContingentReports) {
            if (report != null && report.sector() == sector
                    && (report.status() == ReportStatus.ON_STATION || report.status() == ReportStatus.ON_TASK)) {
                troops += report.strength();
            }
        }
        return troops;
    }

    /** Troops the centre has assigned to a sector so far. */
    public int assignedTroops(Governorate sector) {
        return assignedTroops.get(sector);
    }

    /** Officers the centre has posted to a sector so far. */
    public int assignedOfficers(Governorate sector) {
        return assignedOfficers.get(sector);
    }

    /** The centre's current estimate of the fighters in a sector. */
    public double estimatedFighters(Governorate sector) {
        return estimatedFighters.get(sector);
    }

    /** Requests waiting for a decision. */
    public int backlog() {
        return queue.size();
    }

    /** States and organisations represented today. */
    public int members() {
        return members;
    }

    /** Whether the centre has opened. */
    public boolean isOpen() {
        return open;
    }

    /** Demolition tasks the IDF denied. */
    public int deniedTasks() {
        return deniedTasks;
    }

    /**
     * Days a unit reporting today would wait for its tasking: the report's delay, the decision
     * time, and a day for each full day's worth of requests ahead of it.
     */
    public double expectedLatencyDays() {
        return parameters.reportDelayDays() + decisionDays + queue.size() / tasksPerDay;
    }

    /** Every tasking decided so far, in the order decided. */
    public List<Tasking> taskings() {
        return List.copyOf(history);
    }
}
