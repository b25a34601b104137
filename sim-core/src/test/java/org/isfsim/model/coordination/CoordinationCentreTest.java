package org.isfsim.model.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.CoordinationParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;

class CoordinationCentreTest {
    private static final List<Governorate> ORDER = List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS,
            Governorate.DEIR_AL_BALAH, Governorate.GAZA, Governorate.NORTH_GAZA);
    private static final LocalDate DAY_ZERO = LocalDate.of(2025, 10, 10);
    private static final GridCell HERE = new GridCell(10, 10);

    /** A hand-made world: sites known or not, IDF answers, convoys, fighters per sector. */
    private static final class FakeWorld implements CoordinationWorld {
        final List<Tasking> delivered = new ArrayList<>();
        int sites = 3;
        int approval = 0;
        int[] convoys = new int[0];
        boolean siteAvailable = true;
        final Map<Governorate, Double> fighters = new EnumMap<>(Governorate.class);

        @Override
        public void deliver(Tasking tasking) {
            delivered.add(tasking);
        }

        @Override
        public int demolitionTarget(GridCell from, Governorate sector, boolean[] targeted) {
            for (int i = 0; i < sites; i++) {
                if (siteAvailable && !targeted[i]) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int siteCount() {
            return sites;
        }

        @Override
        public int approvalDelay(int siteId) {
            return approval;
        }

        @Override
        public int[] convoysAwaitingEscort() {
            return convoys;
        }

        @Override
        public double fightersIn(Governorate sector) {
            return fighters.getOrDefault(sector, 0.0);
        }

        @Override
        public boolean revealByIntelligence() {
            return false;
        }

        List<Tasking> of(TaskKind kind) {
            return delivered.stream().filter(t -> t.kind() == kind).toList();
        }
    }

    private static Map<Governorate, Long> residents() {
        Map<Governorate, Long> residents = new EnumMap<>(Governorate.class);
        residents.put(Governorate.RAFAH, 100_000L);
        residents.put(Governorate.KHAN_YOUNIS, 400_000L);
        residents.put(Governorate.DEIR_AL_BALAH, 300_000L);
        residents.put(Governorate.GAZA, 700_000L);
        residents.put(Governorate.NORTH_GAZA, 400_000L);
        return residents;
    }

    /** 40 members throughout, unified command: 1 + 0.25 * 4 = 2 decision days; no noise, no fused intelligence. */
    private static CoordinationParameters parameters(int reportDelay, int tasksPerDay, LocalDate opening) {
        return Parameters.defaults().with("coordination", Map.ofEntries(Map.entry("members", 40),
                Map.entry("reportDelayDays", reportDelay), Map.entry("decisionDaysBase", 1.0),
                Map.entry("decisionDaysPerTenMembers", 0.25), Map.entry("unifiedCommand", true),
                Map.entry("nationalCommandFactor", 2.0), Map.entry("tasksPerDay", tasksPerDay),
                Map.entry("openingDate", opening), Map.entry("membership", List.of()), Map.entry("pictureNoise", 0.0),
                Map.entry("intelligenceFusionChancePerDay", 0.0))).coordination();
    }

    private static CoordinationCentre centre(int reportDelay, int tasksPerDay, boolean policeOnlyWithIsf) {
        return centre(reportDelay, tasksPerDay, policeOnlyWithIsf, 1.0);
    }

    /** With {@code perThousand} troops needed per 1,000 residents (1.0: 100 for Rafah's 100,000). */
    private static CoordinationCentre centre(int reportDelay, int tasksPerDay, boolean policeOnlyWithIsf,
            double perThousand) {
        return new CoordinationCentre(parameters(reportDelay, tasksPerDay, DAY_ZERO), ORDER, perThousand, residents(),
                policeOnlyWithIsf);
    }

    private static UnitReport awaiting(UnitKind kind, int id, int day, int strength) {
        return new UnitReport(kind, id, day, ReportStatus.AWAITING_TASKING, null, strength, HERE, false);
    }

    private static UnitReport onStation(int id, int day, Governorate sector, boolean disarm) {
        return new UnitReport(UnitKind.CONTINGENT, id, day, ReportStatus.ON_STATION, sector, 800, HERE, disarm);
    }

    private static void run(CoordinationCentre centre, FakeWorld world, int from, int to) {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int day = from; day <= to; day++) {
            centre.step(day, DAY_ZERO.plusDays(day), world, random);
        }
    }

    @Test
    void aTaskingTakesEffectAfterTheReportDelayAndTheDecisionTime() {
        CoordinationCentre centre = centre(3, 20, true);
        FakeWorld world = new FakeWorld();
        centre.receive(awaiting(UnitKind.CONTINGENT, 0, 10, 800));
        run(centre, world, 10, 14);
        assertTrue(world.delivered.isEmpty());
        run(centre, world, 15, 20);
        Tasking t = world.of(TaskKind.SECTOR).get(0);
        assertEquals(13, t.requestDay());
        assertEquals(15, t.effectiveDay());
        assertEquals(Governorate.RAFAH, t.sector());
        assertEquals(3.0 + 2.0, centre(3, 20, true).expectedLatencyDays(), 1e-12);
    }

    @Test
    void nothingIsDecidedBeforeTheCentreOpens() {
        CoordinationCentre centre = new CoordinationCentre(parameters(0, 20, DAY_ZERO.plusDays(7)), ORDER, 1.0,
                residents(), true);
        FakeWorld world = new FakeWorld();
        centre.receive(awaiting(UnitKind.CONTINGENT, 0, 0, 800));
        run(centre, world, 0, 6);
        assertTrue(world.delivered.isEmpty());
        assertFalse(centre.isOpen());
        run(centre, world, 7, 9);
        assertEquals(9, world.of(TaskKind.SECTOR).get(0).effectiveDay());
    }

    @Test
    void aSectorOpensOnceTheOnesBeforeItHoldTheirShareOfTheForceOnHand() {
        // 10 per 1,000: needs of 1,000 / 4,000 / 3,000 / 7,000 / 4,000, far beyond 12 contingents of 600. Each
        // contingent goes to the first sector below its residents' share (of 1.9 million) of the troops assigned
        // so far plus its own: Rafah's 100,000 are 5 %, so one contingent holds Rafah's share until 12,000.
        CoordinationCentre centre = centre(0, 20, true, 10.0);
        FakeWorld world = new FakeWorld();
        for (int id = 0; id < 12; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 600));
        }
        run(centre, world, 0, 5);
        Governorate r = Governorate.RAFAH;
        Governorate k = Governorate.KHAN_YOUNIS;
        Governorate d = Governorate.DEIR_AL_BALAH;
        Governorate g = Governorate.GAZA;
        assertEquals(List.of(r, k, d, g, k, g, d, g, g, k, g, Governorate.NORTH_GAZA),
                world.of(TaskKind.SECTOR).stream().map(Tasking::sector).toList());
        assertEquals(600, centre.assignedTroops(Governorate.RAFAH));
        assertEquals(3_000, centre.assignedTroops(Governorate.GAZA));
        assertEquals(7_000.0, centre.troopsNeeded(Governorate.GAZA), 1e-9);
    }

    @Test
    void aSectorTakesNoMoreThanItsResidentsNeedWhileOthersAreShort() {
        // 1 per 1,000: Rafah needs 100 and holds 600 after the first, so it takes no more; Gaza needs 700 and
        // 600 do not hold it, so the fifth goes there before North Gaza.
        CoordinationCentre centre = centre(0, 20, true, 1.0);
        FakeWorld world = new FakeWorld();
        for (int id = 0; id < 5; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 600));
        }
        run(centre, world, 0, 5);
        assertEquals(List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.DEIR_AL_BALAH, Governorate.GAZA,
                Governorate.GAZA), world.of(TaskKind.SECTOR).stream().map(Tasking::sector).toList());
    }

    @Test
    void whenEverySectorIsFullTheOneWithMostFightersPerSoldierGetsTheNext() {
        CoordinationCentre centre = centre(0, 20, true);
        FakeWorld world = new FakeWorld();
        world.fighters.put(Governorate.GAZA, 3_000.0);
        world.fighters.put(Governorate.RAFAH, 500.0);
        for (int id = 0; id < 6; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 1_000));
        }
        run(centre, world, 0, 5);
        assertEquals(Governorate.GAZA, world.of(TaskKind.SECTOR).get(5).sector());
        assertEquals(3_000.0, centre.estimatedFighters(Governorate.GAZA), 1e-9);
    }

    @Test
    void aBacklogLengthensTheWait() {
        CoordinationCentre centre = centre(0, 1, true);
        FakeWorld world = new FakeWorld();
        for (int id = 0; id < 4; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 100));
        }
        run(centre, world, 0, 0);
        assertEquals(3, centre.backlog());
        assertEquals(0 + 2 + 3, centre.expectedLatencyDays(), 1e-12);
        run(centre, world, 1, 10);
        assertEquals(List.of(2, 3, 4, 5), world.of(TaskKind.SECTOR).stream().map(Tasking::effectiveDay).toList());
    }

    @Test
    void policeArePostedOnlyWhereTheCentreKnowsTroopsAreOnStation() {
        CoordinationCentre centre = centre(0, 20, true);
        FakeWorld world = new FakeWorld();
        world.siteAvailable = false;
        centre.receive(awaiting(UnitKind.POLICE_UNIT, 0, 0, 500));
        run(centre, world, 0, 5);
        assertTrue(world.of(TaskKind.POSTING).isEmpty());
        assertEquals(1, centre.backlog());
        centre.receive(onStation(0, 6, Governorate.KHAN_YOUNIS, false));
        centre.receive(new UnitReport(UnitKind.CONTINGENT, 1, 6, ReportStatus.EN_ROUTE, Governorate.GAZA, 800, HERE,
                false));
        run(centre, world, 6, 10);
        assertEquals(1, world.of(TaskKind.POSTING).size());
        assertEquals(Governorate.KHAN_YOUNIS, world.of(TaskKind.POSTING).get(0).sector());
    }

    @Test
    void policeGoWhereThereAreFewestOfficersPerResident() {
        CoordinationCentre centre = centre(0, 20, false);
        FakeWorld world = new FakeWorld();
        for (int id = 0; id < 3; id++) {
            centre.receive(awaiting(UnitKind.POLICE_UNIT, id, 0, 500));
        }
        run(centre, world, 0, 5);
        // Empty sectors tie at zero per resident: sector order decides; then Khan Younis (400k) has
        // none while Rafah (100k) has 500.
        assertEquals(List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.DEIR_AL_BALAH),
                world.of(TaskKind.POSTING).stream().map(Tasking::sector).toList());
    }

    @Test
    void demolitionsGoOnlyToContingentsWhoseNationAcceptsTheRole() {
        CoordinationCentre centre = centre(0, 20, true);
        FakeWorld world = new FakeWorld();
        centre.receive(onStation(0, 0, Governorate.RAFAH, false));
        centre.receive(onStation(1, 0, Governorate.RAFAH, true));
        run(centre, world, 0, 5);
        List<Tasking> demolitions = world.of(TaskKind.DEMOLITION);
        assertEquals(1, demolitions.size());
        assertEquals(1, demolitions.get(0).unitId());
        assertEquals(0, demolitions.get(0).objectId());
    }

    @Test
    void theIdfCanDelayOrDenyATaskNearTheLine() {
        CoordinationCentre delayed = centre(0, 20, true);
        FakeWorld world = new FakeWorld();
        world.approval = 3;
        delayed.receive(onStation(0, 0, Governorate.RAFAH, true));
        run(delayed, world, 0, 10);
        assertEquals(0 + 2 + 3, world.of(TaskKind.DEMOLITION).get(0).effectiveDay());

        CoordinationCentre denied = centre(0, 20, true);
        FakeWorld refusing = new FakeWorld();
        refusing.approval = -1;
        denied.receive(onStation(0, 0, Governorate.RAFAH, true));
        run(denied, refusing, 0, 10);
        assertTrue(refusing.of(TaskKind.DEMOLITION).isEmpty());
        assertEquals(3, denied.deniedTasks(), "each of the three sites was asked for and denied");
    }

    @Test
    void escortsAreLimitedToContingentsOnStation() {
        CoordinationCentre centre = centre(0, 20, true);
        FakeWorld world = new FakeWorld();
        world.siteAvailable = false;
        world.convoys = new int[] {4, 5, 6};
        centre.receive(onStation(0, 0, Governorate.RAFAH, false));
        centre.receive(onStation(1, 0, Governorate.GAZA, false));
        run(centre, world, 0, 0);
        assertEquals(List.of(4, 5), world.of(TaskKind.ESCORT).stream().map(Tasking::objectId).toList());
    }
}
