package org.isfsim.model.coordination;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.CoordinationParameters;

/**
 * The Civil-Military Coordination Centre at Kiryat Gat (facts.md §4): outside the strip, it learns
 * of units only through their reports, which arrive late, and tasks them: sectors for contingents
 * (Rafah first, then sector by sector — facts.md §3 Concept of operations) and postings for police
 * units. It decides a limited number of taskings a day, each taking {@link
 * CoordinationParameters#decisionDays()} to decide, so a backlog lengthens everyone's wait.
 */
public final class CoordinationCentre implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CoordinationParameters parameters;
    private final List<Governorate> sectorOrder;
    private final int troopsPerSector;
    private final Map<Governorate, Long> sectorResidents;
    private final boolean policeOnlyWithIsf;
    private final int decisionDays;

    private final ArrayDeque<UnitReport> inbox = new ArrayDeque<>();
    private final List<UnitReport> latestContingentReports = new ArrayList<>();
    private final List<UnitReport> latestPoliceReports = new ArrayList<>();
    private final List<Boolean> contingentRequested = new ArrayList<>();
    private final List<Boolean> policeRequested = new ArrayList<>();
    private final ArrayDeque<TaskRequest> queue = new ArrayDeque<>();
    private final ArrayDeque<Tasking> pending = new ArrayDeque<>();
    private final EnumMap<Governorate, Integer> assignedTroops = new EnumMap<>(Governorate.class);
    private final EnumMap<Governorate, Integer> assignedOfficers = new EnumMap<>(Governorate.class);
    private final List<Tasking> history = new ArrayList<>();

    private record TaskRequest(UnitReport report, int requestDay) implements Serializable {
    }

    /**
     * @param parameters the centre's parameters
     * @param sectorOrder the order in which sectors are taken on
     * @param troopsPerSector the strength a sector needs before the next one is opened
     * @param sectorResidents residents of each sector, to share police out by population
     * @param policeOnlyWithIsf whether police are posted only where ISF troops are on station
     */
    public CoordinationCentre(CoordinationParameters parameters, List<Governorate> sectorOrder, int troopsPerSector,
            Map<Governorate, Long> sectorResidents, boolean policeOnlyWithIsf) {
        this.parameters = parameters;
        this.sectorOrder = List.copyOf(sectorOrder);
        this.troopsPerSector = troopsPerSector;
        this.sectorResidents = new EnumMap<>(sectorResidents);
        this.policeOnlyWithIsf = policeOnlyWithIsf;
        this.decisionDays = (int) Math.ceil(parameters.decisionDays());
        for (Governorate g : Governorate.values()) {
            assignedTroops.put(g, 0);
            assignedOfficers.put(g, 0);
        }
    }

    /** A unit sends its report; the centre reads it once the report delay has passed. */
    public void receive(UnitReport report) {
        inbox.addLast(report);
    }

    /** One day of the centre's work: read the reports that have arrived, decide, hand out what takes effect. */
    public void step(int day, TaskingRecipient recipient) {
        readArrivedReports(day);
        decide(day);
        while (!pending.isEmpty() && pending.peekFirst().effectiveDay() <= day) {
            recipient.deliver(pending.pollFirst());
        }
    }

    private void readArrivedReports(int day) {
        while (!inbox.isEmpty() && inbox.peekFirst().sentDay() + parameters.reportDelayDays() <= day) {
            UnitReport report = inbox.pollFirst();
            List<UnitReport> latest = report.kind() == UnitKind.CONTINGENT ? latestContingentReports
                    : latestPoliceReports;
            List<Boolean> requested = report.kind() == UnitKind.CONTINGENT ? contingentRequested : policeRequested;
            while (latest.size() <= report.unitId()) {
                latest.add(null);
                requested.add(Boolean.FALSE);
            }
            latest.set(report.unitId(), report);
            if (report.status() == ReportStatus.AWAITING_TASKING && !requested.get(report.unitId())) {
                requested.set(report.unitId(), Boolean.TRUE);
                queue.addLast(new TaskRequest(report, day));
            }
        }
    }

    private void decide(int day) {
        List<TaskRequest> deferred = new ArrayList<>();
        int decided = 0;
        while (decided < parameters.tasksPerDay() && !queue.isEmpty()) {
            TaskRequest request = queue.pollFirst();
            UnitReport report = request.report();
            Governorate sector = report.kind() == UnitKind.CONTINGENT ? sectorForContingent() : sectorForPolice();
            if (sector == null) {
                deferred.add(request);
                continue;
            }
            if (report.kind() == UnitKind.CONTINGENT) {
                assignedTroops.merge(sector, report.strength(), Integer::sum);
            } else {
                assignedOfficers.merge(sector, report.strength(), Integer::sum);
            }
            Tasking tasking = new Tasking(report.kind(), report.unitId(), sector, request.requestDay(), day,
                    day + decisionDays);
            pending.addLast(tasking);
            history.add(tasking);
            decided++;
        }
        queue.addAll(deferred);
    }

    /** The first sector in order that is short of troops, or else the one least filled. */
    private Governorate sectorForContingent() {
        Governorate leastFilled = null;
        for (Governorate sector : sectorOrder) {
            int troops = assignedTroops.get(sector);
            if (troops < troopsPerSector) {
                return sector;
            }
            if (leastFilled == null || troops < assignedTroops.get(leastFilled)) {
                leastFilled = sector;
            }
        }
        return leastFilled;
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

    /** Troops the centre's reports show on station in a sector. */
    public int reportedTroopsOnStation(Governorate sector) {
        int troops = 0;
        for (UnitReport report : latestContingentReports) {
            if (report != null && report.status() == ReportStatus.ON_STATION && report.sector() == sector) {
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

    /** Requests waiting for a decision. */
    public int backlog() {
        return queue.size();
    }

    /**
     * Days a unit reporting today would wait for its tasking: the report's delay, the decision
     * time, and a day for each full day's worth of requests ahead of it.
     */
    public double expectedLatencyDays() {
        return parameters.reportDelayDays() + decisionDays + queue.size() / parameters.tasksPerDay();
    }

    /** Every tasking decided so far, in the order decided. */
    public List<Tasking> taskings() {
        return List.copyOf(history);
    }
}
