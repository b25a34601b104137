package org.isfsim.model.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.Arrays;
import org.isfsim.InvalidInputException;
import org.isfsim.model.ceasefire.CeasefireState;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.AidParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

/** The aid flow as politics moves it: permits by the ceasefire's state and by the week, capacity, closures. */
class AidFlowTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();
    private static final AidParameters D = AidParameters.defaults();
    private static final int SEEDS = 20;
    /** The last day before every crossing shut on 28 Feb 2026. */
    private static final int BEFORE_CLOSURE = TIMELINE.dayOf(LocalDate.of(2026, 2, 27));

    private static int[] enteredSeries(AidParameters p, long seed, int days, double permitFactor) {
        AidSystem aid = new AidSystem(MAP, p, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] entered = new int[days];
        for (int day = 0; day < days; day++) {
            aid.step(day, null, permitFactor, null, null, random);
            entered[day] = aid.trucksEnteredToday();
        }
        return entered;
    }

    private static double mean(int[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static double cv(int[] values, int from, int to) {
        double m = mean(values, from, to);
        double ss = 0;
        for (int i = from; i < to; i++) {
            ss += (values[i] - m) * (values[i] - m);
        }
        return Math.sqrt(ss / (to - from - 1)) / m;
    }

    /**
     * While the ceasefire holds the mean over seeds stays near {@code trucksPerDay} (the permits' week
     * multiplier has mean one and capacity leaves room), yet one run's daily series varies: a coefficient of
     * variation above 0.1 and weekly means that differ.
     */
    @Test
    void theDailySeriesVariesAroundThePermittedMean() {
        double grand = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            int[] entered = enteredSeries(D, seed, BEFORE_CLOSURE + 1, 1.0);
            double cv = cv(entered, 0, entered.length);
            assertTrue(cv > 0.1, "seed " + seed + ": daily CV " + cv);
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int week = 0; week + 7 <= entered.length; week += 7) {
                double m = mean(entered, week, week + 7);
                lowest = Math.min(lowest, m);
                highest = Math.max(highest, m);
            }
            assertTrue(highest > 1.2 * lowest, "seed " + seed + ": weekly means " + lowest + ".." + highest);
            grand += mean(entered, 2, 59);
        }
        grand /= SEEDS;
        assertEquals(D.trucksPerDay(), grand, 0.05 * D.trucksPerDay(), "mean of days 2-58 over " + SEEDS + " seeds");
    }

    /** The week's multiplier has mean one and, across weeks, about the coefficient of variation asked for. */
    @Test
    void theWeekMultiplierHasMeanOneAndItsCv() {
        AidParameters p = Parameters.defaults().with("aid.trucksPerDay", 0).aid();
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            AidSystem aid = new AidSystem(MAP, p, TIMELINE);
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            for (int day = 0; day < 7 * 100; day++) {
                aid.step(day, null, null, random);
                if (day % 7 == 0) {
                    sum += aid.weekMultiplier();
                    squares += aid.weekMultiplier() * aid.weekMultiplier();
                    n++;
                }
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(squares / n - mean * mean);
        assertEquals(1.0, mean, 0.03, "mean multiplier");
        assertEquals(D.weeklyVariationCv(), sd / mean, 0.04, "CV of the multiplier");
    }

    /** Permits fall with the ceasefire's state: a strained ceasefire or an escalation lets fewer trucks in. */
    @Test
    void permitsFallWithTheCeasefiresState() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        assertEquals(1.0, aid.permitFactor(CeasefireState.HOLDING));
        assertTrue(aid.permitFactor(CeasefireState.STRAINED) < 1.0);
        assertTrue(aid.permitFactor(CeasefireState.ESCALATION) < aid.permitFactor(CeasefireState.STRAINED));
        assertTrue(aid.permitFactor(CeasefireState.COLLAPSE) <= aid.permitFactor(CeasefireState.ESCALATION));
        double holding = 0;
        double escalation = 0;
        for (long seed = 1; seed <= 5; seed++) {
            holding += mean(enteredSeries(D, seed, 100, 1.0), 0, 100);
            escalation += mean(enteredSeries(D, seed, 100, aid.permitFactor(CeasefireState.ESCALATION)), 0, 100);
        }
        assertEquals(D.escalationPermitFactor(), escalation / holding, 0.05, "entries scale with the permits");
    }

    /**
     * A week of closure (Israel's, as in an escalation) gives no entries on those days, and entries recover the
     * day after; the default schedule's closure of 28 Feb-2 Mar 2026 shows the same.
     */
    @Test
    void aWeekOfClosureStopsEntriesAndTheyRecoverAfter() {
        boolean[] all = new boolean[Crossing.values().length];
        Arrays.fill(all, true);
        int closeFrom = 21;
        int closeTo = 27;
        int scheduleFrom = TIMELINE.dayOf(LocalDate.of(2026, 2, 28));
        int scheduleTo = TIMELINE.dayOf(LocalDate.of(2026, 3, 2));
        for (long seed = 1; seed <= 5; seed++) {
            AidSystem aid = new AidSystem(MAP, D, TIMELINE);
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            for (int day = 0; day <= scheduleTo + 7; day++) {
                boolean closed = day >= closeFrom && day <= closeTo;
                aid.step(day, closed ? all : null, null, random);
                if (closed || (day >= scheduleFrom && day <= scheduleTo)) {
                    assertEquals(0, aid.trucksEnteredToday(), "seed " + seed + " day " + day);
                } else if (day == closeTo + 1 || day == scheduleTo + 1) {
                    assertTrue(aid.trucksEnteredToday() > D.trucksPerDay() / 3, "recovery on day " + day + ": "
                            + aid.trucksEnteredToday());
                }
            }
        }
    }

    /**
     * More permits than a crossing can pass wait at it: entries stop at capacity, the queue grows, and every
     * permitted truck has either entered or is still waiting.
     */
    @Test
    void permitsBeyondCapacityWaitInAQueue() {
        AidParameters p = Parameters.defaults().with("aid.trucksPerDay", 1_200).aid();
        AidSystem aid = new AidSystem(MAP, p, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        long permitted = 0;
        int capacity = p.keremShalomCapacity() + p.kissufimCapacity();
        for (int day = 0; day < 20; day++) {
            aid.step(day, null, null, random);
            permitted += aid.trucksPermittedToday();
            assertTrue(aid.trucksEnteredToday() <= capacity, "day " + day);
            assertEquals(permitted, aid.cumulativeTrucksEntered() + aid.trucksWaiting());
        }
        assertTrue(aid.trucksWaiting() > 1_000, "a queue builds: " + aid.trucksWaiting());
    }

    /** ISF troops or police near a crossing let it pass more trucks a day, and guard convoys on their first day. */
    @Test
    void aSecuredCrossingPassesMore() {
        AidParameters p = Parameters.defaults().with("aid.trucksPerDay", 2_000).aid();
        double[] security = new double[MAP.width() * MAP.height()];
        GridCell kerem = MAP.crossing(Crossing.KEREM_SHALOM);
        security[kerem.y() * MAP.width() + kerem.x()] = 1.0;
        AidSystem plain = new AidSystem(MAP, p, TIMELINE);
        AidSystem guarded = new AidSystem(MAP, p, TIMELINE);
        plain.step(0, null, 1.0, null, null, new MersenneTwisterFast(9));
        guarded.step(0, null, 1.0, security, null, new MersenneTwisterFast(9));
        assertTrue(guarded.crossingSecured(Crossing.KEREM_SHALOM));
        assertTrue(!guarded.crossingSecured(Crossing.ZIKIM));
        assertEquals(p.keremShalomCapacity(), plain.trucksEnteredToday(Crossing.KEREM_SHALOM));
        assertEquals((int) Math.floor(p.keremShalomCapacity() * p.securedCapacityFactor()),
                guarded.trucksEnteredToday(Crossing.KEREM_SHALOM));
    }

    @Test
    void badPermitFactorsAndValuesAreRefused() {
        AidSystem aid = new AidSystem(MAP, D, TIMELINE);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        assertThrows(IllegalArgumentException.class, () -> aid.step(0, null, 1.5, null, null, random));
        assertThrows(IllegalArgumentException.class, () -> aid.step(0, null, 1.0, new double[3], null, random));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Parameters.defaults().with("aid.weeklyVariationCv", 3.0));
        assertTrue(e.getMessage().startsWith("aid.weeklyVariationCv: 3.0 is out of range"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Parameters.defaults().with("aid.securedCapacityFactor", 0.5));
        assertTrue(e.getMessage().startsWith("aid.securedCapacityFactor: 0.5 is out of range"), e.getMessage());
    }
}
