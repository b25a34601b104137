package org.isfsim.model.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.AidParameters;
import org.isfsim.model.params.CrossingSchedule;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

class AidSystemTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();
    private static final AidParameters D = AidParameters.defaults();
    private static final int CELLS = MAP.width() * MAP.height();

    /** The default aid section with one value changed by key, e.g. {@code aid.northShare}. */
    private static AidParameters aidWith(String key, Object value) {
        return Parameters.defaults().with(key, value).aid();
    }

    private static double[] uniformControl(double value) {
        double[] control = new double[CELLS];
        Arrays.fill(control, value);
        return control;
    }

    private static int trucksOnTheRoad(AidSystem aid) {
        return aid.convoys().stream().mapToInt(AidConvoy::getTrucks).sum();
    }

    @Test
    void trucksAreConservedEveryDayOfALongRun() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        MersenneTwisterFast closures = new MersenneTwisterFast(12);
        double[] control = uniformControl(0.3);
        boolean[] closed = new boolean[Crossing.values().length];
        double[] levels = aid.hardshipLevelByCell();
        int mostOnTheRoad = 0;
        for (int day = 0; day <= TIMELINE.days(); day++) {
            for (int c = 0; c < closed.length; c++) {
                closed[c] = closures.nextDouble() < 0.1;
            }
            aid.step(day, closed, control, random);
            assertEquals(aid.cumulativeTrucksEntered(), aid.cumulativeTrucksDelivered()
                    + aid.cumulativeTrucksLooted() + trucksOnTheRoad(aid), "day " + day);
            assertEquals(trucksOnTheRoad(aid), aid.trucksEnRoute(), "day " + day);
            int delivered = 0;
            for (Governorate g : Governorate.values()) {
                delivered += aid.trucksDeliveredToday(g);
                double level = aid.hardshipLevel(g);
                assertTrue(level >= D.hardshipFloor() && level <= D.hardshipCeiling(), g + " " + level);
            }
            assertEquals(aid.trucksDeliveredToday(), delivered);
            assertEquals(aid.trucksLootedToday(), Arrays.stream(aid.lootedTrucksByCell()).sum());
            assertSame(levels, aid.hardshipLevelByCell(), "the per-cell array is reused");
            for (AidConvoy convoy : aid.convoys()) {
                assertEquals(ConvoyStatus.EN_ROUTE, convoy.getStatus());
            }
            mostOnTheRoad = Math.max(mostOnTheRoad, aid.convoys().size());
        }
        assertTrue(aid.cumulativeTrucksLooted() > 0);
        assertTrue(aid.cumulativeTrucksDelivered() > aid.cumulativeTrucksLooted());
        assertTrue(mostOnTheRoad < 200, "finished convoys leave the active list: " + mostOnTheRoad);
    }

    @Test
    void trucksFollowTheCrossingSchedule() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int zikimOpens = TIMELINE.dayOf(LocalDate.of(2025, 11, 12));
        int rafahOpens = TIMELINE.dayOf(LocalDate.of(2026, 2, 2));
        int closed = TIMELINE.dayOf(LocalDate.of(2026, 2, 28));
        int reopened = TIMELINE.dayOf(LocalDate.of(2026, 3, 3));
        long permitted = 0;
        for (int day = 0; day <= rafahOpens + 30; day++) {
            aid.step(day, null, null, random);
            permitted += aid.trucksPermittedToday();
            assertEquals(permitted, aid.cumulativeTrucksEntered() + aid.trucksWaiting(), "permits enter or wait");
            if (day >= closed && day < reopened) {
                assertEquals(0, aid.trucksEnteredToday(), "every crossing shut at the war on Iran: day " + day);
                assertEquals(0, aid.trucksPermittedToday(), "no permits while every crossing is shut");
                continue;
            }
            assertTrue(aid.trucksEnteredToday() > 0, "day " + day);
            assertEquals(0, aid.trucksEnteredToday(Crossing.EREZ));
            assertEquals(0, aid.trucksEnteredToday(Crossing.RAFAH), "Rafah is open for people only");
            if (day < zikimOpens) {
                assertEquals(0, aid.trucksEnteredToday(Crossing.ZIKIM), "day " + day);
            } else {
                assertTrue(aid.trucksEnteredToday(Crossing.ZIKIM) > 0, "day " + day);
            }
            for (Crossing c : Crossing.values()) {
                assertTrue(aid.trucksEnteredToday(c) <= D.capacity(c), c + " within its capacity");
            }
            if (day == 0) {
                int p = aid.trucksPermittedToday();
                int kerem = aid.trucksEnteredToday(Crossing.KEREM_SHALOM) + aid.trucksWaiting(Crossing.KEREM_SHALOM);
                assertEquals(p * 0.75, kerem, 1.0, "three quarters of the permits to Kerem Shalom before Zikim opens");
            }
        }
        assertEquals(0, aid.cumulativeTrucksLooted(), "no armed control, no diversion");
    }

    @Test
    void closingACrossingStopsItsTrucksThatDay() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        boolean[] closed = new boolean[Crossing.values().length];
        closed[Crossing.KEREM_SHALOM.ordinal()] = true;
        aid.step(0, closed, null, random);
        int permitted = aid.trucksPermittedToday();
        assertEquals(0, aid.trucksEnteredToday(Crossing.KEREM_SHALOM));
        assertEquals(Math.min(permitted, D.kissufimCapacity()), aid.trucksEnteredToday(Crossing.KISSUFIM),
                "the rest take the permits up to their capacity");
        assertEquals(permitted - aid.trucksEnteredToday(), aid.trucksWaiting(Crossing.KISSUFIM), "the others wait");
        assertTrue(aid.convoys().stream().allMatch(c -> c.getOrigin() == Crossing.KISSUFIM));
        int waiting = aid.trucksWaiting();
        closed[Crossing.KISSUFIM.ordinal()] = true;
        aid.step(1, closed, null, random);
        assertEquals(0, aid.trucksEnteredToday(), "every open crossing closed");
        assertEquals(waiting, aid.trucksWaiting(), "the queue waits for the reopening");
        aid.step(2, null, null, random);
        assertTrue(aid.trucksEnteredToday(Crossing.KEREM_SHALOM) > 0, "reopened the next day");
        assertEquals(D.kissufimCapacity(), aid.trucksEnteredToday(Crossing.KISSUFIM), "the queue clears at capacity");
    }

    @Test
    void convoysCarryAtMostTheirSizeAndStartAtTheirCrossing() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        aid.step(0, null, null, new MersenneTwisterFast(5));
        int previous = -1;
        for (AidConvoy convoy : aid.convoys()) {
            assertTrue(convoy.getTrucks() >= 1 && convoy.getTrucks() <= D.trucksPerConvoy(), convoy.toString());
            assertTrue(convoy.getId() > previous, "id order");
            previous = convoy.getId();
            assertEquals(0, convoy.getEntryDay());
            assertEquals(1, convoy.getDaysTravelled());
            assertEquals(MAP.centroid(convoy.getDestination()), convoy.getDestinationCell());
            GridCell p = convoy.getPosition();
            assertTrue(MAP.inside(p.x(), p.y()));
        }
        assertThrows(UnsupportedOperationException.class, () -> aid.convoys().clear());
    }

    @Test
    void noArmedControlMeansNoLooting() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        double[] none = uniformControl(0.0);
        for (int day = 0; day < 200; day++) {
            aid.step(day, null, none, random);
            assertEquals(0, aid.trucksLootedToday());
        }
        assertEquals(0, aid.cumulativeTrucksLooted());
    }

    /**
     * Full armed control except near the crossings, where a convoy spends its entry day before the
     * coordination centre can escort it; convoys slow, so that they spend many days on the road.
     */
    @Test
    void escortedConvoysAreLootedMuchLessUnderFullControl() {
        double[] control = uniformControl(1.0);
        for (Crossing c : Crossing.values()) {
            GridCell at = MAP.crossing(c);
            for (int y = at.y() - 12; y <= at.y() + 12; y++) {
                for (int x = at.x() - 12; x <= at.x() + 12; x++) {
                    if (MAP.inBounds(x, y)) {
                        control[y * MAP.width() + x] = 0.0;
                    }
                }
            }
        }
        AidParameters slow = aidWith("aid.convoyKmPerDay", 2.5);
        long lootedUnescorted = 0;
        long finishedUnescorted = 0;
        long lootedEscorted = 0;
        long finishedEscorted = 0;
        for (long seed = 1; seed <= 5; seed++) {
            AidSystem open = new AidSystem(MAP, slow, TIMELINE);
            AidSystem guarded = new AidSystem(MAP, slow, TIMELINE);
            MersenneTwisterFast r1 = new MersenneTwisterFast(seed);
            MersenneTwisterFast r2 = new MersenneTwisterFast(seed);
            for (int day = 0; day < 60; day++) {
                guarded.convoys().forEach(c -> c.setEscorted(true));
                open.step(day, null, control, r1);
                guarded.step(day, null, control, r2);
            }
            lootedUnescorted += open.cumulativeTrucksLooted();
            finishedUnescorted += open.cumulativeTrucksLooted() + open.cumulativeTrucksDelivered();
            lootedEscorted += guarded.cumulativeTrucksLooted();
            finishedEscorted += guarded.cumulativeTrucksLooted() + guarded.cumulativeTrucksDelivered();
        }
        double unescorted = (double) lootedUnescorted / finishedUnescorted;
        double escorted = (double) lootedEscorted / finishedEscorted;
        assertEquals(D.divertedShareUnescorted(), unescorted, 0.02, "unescorted diverted share " + unescorted);
        assertTrue(escorted < unescorted / 3.0, "escorted " + escorted + " vs unescorted " + unescorted);
    }

    @Test
    void withoutAidEveryLevelRisesToTheCeiling() {
        AidSystem aid = new AidSystem(MAP, aidWith("aid.trucksPerDay", 0),
                TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        double[] before = new double[Governorate.values().length];
        for (int day = 0; day < 300; day++) {
            for (Governorate g : Governorate.values()) {
                before[g.ordinal()] = aid.hardshipLevel(g);
            }
            aid.step(day, null, null, random);
            assertEquals(0, aid.trucksEnteredToday());
            for (Governorate g : Governorate.values()) {
                assertTrue(aid.hardshipLevel(g) >= before[g.ordinal()], "rises monotonically");
                assertTrue(aid.hardshipLevel(g) <= D.hardshipCeiling());
            }
        }
        for (Governorate g : Governorate.values()) {
            assertEquals(D.hardshipCeiling(), aid.hardshipLevel(g), 1e-3, g.displayName());
            for (int cell : MAP.cellsOf(g)) {
                assertEquals(aid.hardshipLevel(g), aid.hardshipLevelByCell()[cell]);
            }
        }
    }

    @Test
    void ampleAidBringsEveryLevelDownToTheFloor() {
        AidSystem aid = new AidSystem(MAP, aidWith("aid.peopleServedPerTruck", 1_000_000),
                TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        for (int day = 0; day < 300; day++) {
            aid.step(day, null, null, random);
            for (Governorate g : Governorate.values()) {
                assertTrue(aid.hardshipLevel(g) >= D.hardshipFloor());
            }
        }
        for (Governorate g : Governorate.values()) {
            assertEquals(D.hardshipFloor(), aid.hardshipLevel(g), 1e-3, g.displayName());
        }
    }

    @Test
    void measuredAidLowersHardshipFromItsInitialLevel() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        assertEquals(D.initialHardshipLevel(), aid.meanHardshipLevel(), 1e-12);
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        for (int day = 0; day < 120; day++) {
            aid.step(day, null, null, random);
        }
        double mean = aid.meanHardshipLevel();
        assertTrue(mean < D.initialHardshipLevel() && mean > D.hardshipFloor(), "mean level " + mean);
    }

    @Test
    void aboutNorthShareOfTrucksGoNorthAndByPopulationWithin() {
        for (double northShare : new double[] {0.5, 0.8}) {
            AidSystem aid = new AidSystem(MAP, aidWith("aid.northShare", northShare), TIMELINE);
            MersenneTwisterFast random = new MersenneTwisterFast(10);
            long[] delivered = new long[Governorate.values().length];
            for (int day = 0; day < 200; day++) {
                aid.step(day, null, null, random);
                for (Governorate g : Governorate.values()) {
                    delivered[g.ordinal()] += aid.trucksDeliveredToday(g);
                }
            }
            long north = delivered[Governorate.NORTH_GAZA.ordinal()] + delivered[Governorate.GAZA.ordinal()];
            long total = Arrays.stream(delivered).sum();
            assertEquals(northShare, (double) north / total, 0.03, "north share");
            double gazaCity = (double) delivered[Governorate.GAZA.ordinal()] / north;
            double gazaPopulation = (double) MAP.population(Governorate.GAZA)
                    / (MAP.population(Governorate.GAZA) + MAP.population(Governorate.NORTH_GAZA));
            assertEquals(gazaPopulation, gazaCity, 0.05, "Gaza governorate's part of the north");
        }
    }

    @Test
    void sameSeedSameRun() {
        long[] a = runSummary(21);
        long[] b = runSummary(21);
        assertEquals(Arrays.toString(a), Arrays.toString(b));
    }

    private static long[] runSummary(long seed) {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[] control = uniformControl(0.3);
        for (int day = 0; day < 100; day++) {
            aid.step(day, null, control, random);
        }
        return new long[] {aid.cumulativeTrucksDelivered(), aid.cumulativeTrucksLooted(), aid.trucksEnRoute(),
            Double.doubleToLongBits(aid.meanHardshipLevel())};
    }

    @Test
    void largestRemainderSplitConservesTrucksExactly() {
        MersenneTwisterFast random = new MersenneTwisterFast(13);
        int[] out = new int[5];
        for (int trial = 0; trial < 10_000; trial++) {
            double[] shares = new double[5];
            double sum = 0.0;
            for (int i = 0; i < shares.length; i++) {
                shares[i] = random.nextDouble() < 0.3 ? 0.0 : random.nextDouble();
                sum += shares[i];
            }
            if (sum == 0.0) {
                continue;
            }
            int total = random.nextInt(2_000);
            AidSystem.apportion(total, shares, sum, out);
            assertEquals(total, Arrays.stream(out).sum());
            for (int i = 0; i < shares.length; i++) {
                assertTrue(Math.abs(out[i] - total * shares[i] / sum) < 1.0 + 1e-9, "within one truck");
                if (shares[i] == 0.0) {
                    assertEquals(0, out[i]);
                }
            }
        }
    }

    @Test
    void badArraysAreRefused() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        assertThrows(IllegalArgumentException.class, () -> aid.step(0, new boolean[2], null, random));
        assertThrows(IllegalArgumentException.class, () -> aid.step(0, null, new double[3], random));
    }

    @Test
    void aScheduleWithAClosedPeriodStopsTrucksThen() {
        List<CrossingSchedule> schedule = List.of(
                new CrossingSchedule(Crossing.KEREM_SHALOM, LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 11),
                        1.0, "assumption"),
                new CrossingSchedule(Crossing.KEREM_SHALOM, LocalDate.of(2025, 10, 13), null, 1.0, "assumption"));
        AidParameters p = Parameters.defaults().with("aid.trucksPerDay", 100).with("aid.crossingSchedule", schedule).aid();
        AidSystem aid = new AidSystem(MAP, p, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        boolean[] open = {true, true, false, true};
        for (int day = 0; day < open.length; day++) {
            aid.step(day, null, null, random);
            assertEquals(open[day], aid.trucksEnteredToday() > 0, "day " + day);
            assertEquals(aid.trucksPermittedToday(), aid.trucksEnteredToday(), "far below capacity: all enter");
        }
    }

    /** A MASON checkpoint serializes the model: a restored aid system carries on exactly as the original. */
    @Test
    void aRestoredCheckpointContinuesTheSameRun() throws Exception {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(31);
        double[] control = uniformControl(0.3);
        for (int day = 0; day < 30; day++) {
            aid.step(day, null, control, random);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(aid);
            out.writeObject(random);
        }
        AidSystem copy;
        MersenneTwisterFast copyRandom;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (AidSystem) in.readObject();
            copyRandom = (MersenneTwisterFast) in.readObject();
        }
        for (int day = 30; day < 60; day++) {
            aid.step(day, null, control, random);
            copy.step(day, null, control, copyRandom);
            assertEquals(aid.trucksDeliveredToday(), copy.trucksDeliveredToday());
            assertEquals(aid.trucksLootedToday(), copy.trucksLootedToday());
            assertEquals(aid.meanHardshipLevel(), copy.meanHardshipLevel());
        }
    }
}
