package org.isfsim.model.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.CoordinationParameters;
import org.junit.jupiter.api.Test;

class CoordinationCentreTest {
    private static final List<Governorate> ORDER = List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS,
            Governorate.DEIR_AL_BALAH, Governorate.GAZA, Governorate.NORTH_GAZA);

    private static Map<Governorate, Long> residents() {
        Map<Governorate, Long> residents = new EnumMap<>(Governorate.class);
        residents.put(Governorate.RAFAH, 100_000L);
        residents.put(Governorate.KHAN_YOUNIS, 400_000L);
        residents.put(Governorate.DEIR_AL_BALAH, 300_000L);
        residents.put(Governorate.GAZA, 700_000L);
        residents.put(Governorate.NORTH_GAZA, 400_000L);
        return residents;
    }

    private static CoordinationCentre centre(int reportDelay, int tasksPerDay, boolean policeOnlyWithIsf) {
        // 40 members, unified command: 1 + 0.25 * 4 = 2 decision days.
        return new CoordinationCentre(new CoordinationParameters(40, reportDelay, 1.0, 0.25, true, 2.0, tasksPerDay),
                ORDER, 1_000, residents(), policeOnlyWithIsf);
    }

    private static UnitReport awaiting(UnitKind kind, int id, int day, int strength) {
        return new UnitReport(kind, id, day, ReportStatus.AWAITING_TASKING, null, strength);
    }

    @Test
    void aTaskingTakesEffectAfterTheReportDelayAndTheDecisionTime() {
        CoordinationCentre centre = centre(3, 20, true);
        List<Tasking> delivered = new ArrayList<>();
        centre.receive(awaiting(UnitKind.CONTINGENT, 0, 10, 800));
        for (int day = 10; day <= 20; day++) {
            centre.step(day, delivered::add);
            if (delivered.isEmpty()) {
                assertTrue(day < 15, "not delivered by day " + day);
            }
        }
        assertEquals(1, delivered.size());
        Tasking t = delivered.get(0);
        assertEquals(13, t.requestDay());
        assertEquals(15, t.effectiveDay());
        assertEquals(Governorate.RAFAH, t.sector());
        assertEquals(3.0 + 2.0, centre(3, 20, true).expectedLatencyDays(), 1e-12);
    }

    @Test
    void sectorsAreTakenOnInOrderOnceEachIsFull() {
        CoordinationCentre centre = centre(0, 20, true);
        List<Tasking> delivered = new ArrayList<>();
        for (int id = 0; id < 5; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 600));
        }
        for (int day = 0; day <= 5; day++) {
            centre.step(day, delivered::add);
        }
        assertEquals(List.of(Governorate.RAFAH, Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.KHAN_YOUNIS,
                Governorate.DEIR_AL_BALAH), delivered.stream().map(Tasking::sector).toList());
        assertEquals(1_200, centre.assignedTroops(Governorate.RAFAH));
    }

    @Test
    void whenEverySectorIsFullTheLeastFilledGetsTheNextContingent() {
        CoordinationCentre centre = centre(0, 20, true);
        List<Tasking> delivered = new ArrayList<>();
        int[] strengths = {1_000, 1_500, 1_000, 1_000, 1_000, 800};
        for (int id = 0; id < strengths.length; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, strengths[id]));
        }
        for (int day = 0; day <= 5; day++) {
            centre.step(day, delivered::add);
        }
        assertEquals(Governorate.RAFAH, delivered.get(5).sector());
    }

    @Test
    void aBacklogLengthensTheWait() {
        CoordinationCentre centre = centre(0, 1, true);
        List<Tasking> delivered = new ArrayList<>();
        for (int id = 0; id < 4; id++) {
            centre.receive(awaiting(UnitKind.CONTINGENT, id, 0, 100));
        }
        centre.step(0, delivered::add);
        assertEquals(3, centre.backlog());
        assertEquals(0 + 2 + 3, centre.expectedLatencyDays(), 1e-12);
        for (int day = 1; day <= 10; day++) {
            centre.step(day, delivered::add);
        }
        assertEquals(List.of(2, 3, 4, 5), delivered.stream().map(Tasking::effectiveDay).toList());
    }

    @Test
    void policeArePostedOnlyWhereTheCentreKnowsTroopsAreOnStation() {
        CoordinationCentre centre = centre(0, 20, true);
        List<Tasking> delivered = new ArrayList<>();
        centre.receive(awaiting(UnitKind.POLICE_UNIT, 0, 0, 500));
        for (int day = 0; day <= 5; day++) {
            centre.step(day, delivered::add);
        }
        assertTrue(delivered.isEmpty());
        assertEquals(1, centre.backlog());
        centre.receive(new UnitReport(UnitKind.CONTINGENT, 0, 6, ReportStatus.ON_STATION, Governorate.KHAN_YOUNIS, 800));
        centre.receive(new UnitReport(UnitKind.CONTINGENT, 1, 6, ReportStatus.EN_ROUTE, Governorate.GAZA, 800));
        for (int day = 6; day <= 10; day++) {
            centre.step(day, delivered::add);
        }
        assertEquals(1, delivered.size());
        assertEquals(Governorate.KHAN_YOUNIS, delivered.get(0).sector());
    }

    @Test
    void policeGoWhereThereAreFewestOfficersPerResident() {
        CoordinationCentre centre = centre(0, 20, false);
        List<Tasking> delivered = new ArrayList<>();
        for (int id = 0; id < 3; id++) {
            centre.receive(awaiting(UnitKind.POLICE_UNIT, id, 0, 500));
        }
        for (int day = 0; day <= 5; day++) {
            centre.step(day, delivered::add);
        }
        // Empty sectors tie at zero per resident: sector order decides; then Khan Younis (400k) has
        // none while Rafah (100k) has 500.
        assertEquals(List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.DEIR_AL_BALAH),
                delivered.stream().map(Tasking::sector).toList());
    }
}
