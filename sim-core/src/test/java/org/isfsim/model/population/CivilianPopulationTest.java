package org.isfsim.model.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.CivilianParameters;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CivilianPopulationTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());
    /** A coarse map whose populated cells touch the grid's edge within a vision window. */
    private static final GazaMap COARSE = GazaMap.build(1000, 0.53, 100_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());
    private static final CivilianParameters DEFAULTS = CivilianParameters.defaults();

    private static int cells(GazaMap map) {
        return map.width() * map.height();
    }

    private static double[] filled(GazaMap map, double value) {
        double[] a = new double[cells(map)];
        Arrays.fill(a, value);
        return a;
    }

    private static CivilianPopulation population(GazaMap map, int peoplePerAgent, CivilianParameters params,
            long seed) {
        return new CivilianPopulation(map, peoplePerAgent, params, new MersenneTwisterFast(seed));
    }

    private static int agentsOfCell(CivilianPopulation pop, int cell) {
        return pop.cellStart(cell + 1) - pop.cellStart(cell);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 1_000})
    void agentsAreApportionedExactlyAndSortedByCell(int peoplePerAgent) {
        CivilianPopulation pop = population(MAP, peoplePerAgent, DEFAULTS, 1);
        long people = MAP.totalPopulation();
        assertEquals(Math.round((double) people / peoplePerAgent), pop.agentCount());
        assertEquals(0, pop.cellStart(0));
        assertEquals(pop.agentCount(), pop.cellStart(cells(MAP)));
        for (int c = 0; c < cells(MAP); c++) {
            int n = agentsOfCell(pop, c);
            assertTrue(n >= 0, "cell starts ascend");
            long cellPeople = MAP.population(c % MAP.width(), c / MAP.width());
            double quota = (double) cellPeople / peoplePerAgent;
            assertTrue(Math.abs(n - quota) < 1.0, "cell " + c + ": " + n + " agents for quota " + quota);
            if (peoplePerAgent == 1) {
                assertEquals(cellPeople, n);
            }
            assertEquals(n, pop.agentsIn(c));
        }
        assertEquals(peoplePerAgent, pop.peoplePerAgent());
        assertEquals(pop.agentCount(), pop.livingCount());
        assertEquals(0, pop.activeCount());
    }

    @Test
    void largestRemaindersTieToTheLowerCell() {
        // 3 people at 2 per agent round to 2 agents; three equal remainders go to the first two cells.
        assertArrayEquals(new long[] {1, 1, 0}, CivilianPopulation.apportion(new long[] {1, 1, 1}, 2));
        assertArrayEquals(new long[] {0, 2, 1}, CivilianPopulation.apportion(new long[] {0, 5, 3}, 3));
        assertArrayEquals(new long[] {0, 0}, CivilianPopulation.apportion(new long[] {0, 0}, 100));
    }


    private static CivilianParameters with(String key, Object value) {
        return Parameters.defaults().with(key, value).civilians();
    }

    /** A day with nothing in it: no order, no fighters, no control, no aid, hardship level 1. */
    private static CivilianDay empty(GazaMap map) {
        CivilianDay day = new CivilianDay(cells(map));
        Arrays.fill(day.hardshipLevel, 1.0);
        return day;
    }

    @Test
    void peopleAreConservedThroughRecruitmentKillingDetentionAndFlight() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 2);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        CivilianDay today = CivilianDay.typical(MAP);
        Arrays.fill(today.hardshipLevel, 1.5);
        int[] busy = busiestCells(pop, MAP, 20);
        HeldZone zone = MAP.heldZone();
        for (int day = 0; day < 40; day++) {
            pop.step(day, today, random);
            pop.flee(zone, random);
            for (int cell : busy) {
                int willing = pop.recruitableAgents(cell);
                int recruited = pop.recruit(cell, 2);
                assertEquals(Math.min(2, willing), recruited);
                int free = pop.agentsIn(cell);
                int killed = pop.killPeople(cell, 100 * (day % 3), day % 2 == 0, random);
                assertEquals(free - killed, pop.agentsIn(cell));
            }
            assertConsistent(pop, MAP);
        }
        assertTrue(pop.recruitedCount() > 0 && pop.killedCount() > 0 && pop.detainedCount() > 0,
                "recruited " + pop.recruitedCount() + ", killed " + pop.killedCount() + ", detained "
                        + pop.detainedCount());
    }

    /** The counters agree with the states agent by agent and cell by cell. */
    private static void assertConsistent(CivilianPopulation pop, GazaMap map) {
        int[] byState = new int[CivilianState.values().length];
        int order = 0;
        int hamas = 0;
        int willing = 0;
        for (int c = 0; c < cells(map); c++) {
            int active = 0;
            int free = 0;
            int againstOrder = 0;
            int againstHamas = 0;
            int recruitable = 0;
            for (int i = pop.cellStart(c); i < pop.cellStart(c + 1); i++) {
                CivilianState s = pop.stateOf(i);
                active += s == CivilianState.ACTIVE ? 1 : 0;
                free += s == CivilianState.ACTIVE || s == CivilianState.QUIET ? 1 : 0;
                Authority against = pop.againstOf(i);
                assertEquals(s == CivilianState.ACTIVE, against != null, "agent " + i + " active without a referent");
                againstOrder += against == Authority.ORDER ? 1 : 0;
                againstHamas += against == Authority.HAMAS ? 1 : 0;
                if (pop.isRecruitable(i)) {
                    assertTrue(pop.isEligible(i), "only the eligible are recruitable");
                    assertTrue(s == CivilianState.ACTIVE || s == CivilianState.QUIET, "only the free are recruitable");
                    recruitable++;
                }
            }
            assertEquals(active, pop.activeAgents(c), "cell " + c);
            assertEquals(free, pop.agentsIn(c), "cell " + c);
            assertEquals(againstOrder, pop.activeAgainstOrderAgents(c), "cell " + c);
            assertEquals(againstHamas, pop.activeAgainstHamasAgents(c), "cell " + c);
            assertEquals(recruitable, pop.recruitableAgents(c), "cell " + c);
            assertEquals(active, againstOrder + againstHamas);
            order += againstOrder;
            hamas += againstHamas;
            willing += recruitable;
        }
        for (int i = 0; i < pop.agentCount(); i++) {
            byState[pop.stateOf(i).ordinal()]++;
        }
        assertEquals(byState[CivilianState.ACTIVE.ordinal()], pop.activeCount());
        assertEquals(order, pop.activeAgainstOrderCount());
        assertEquals(hamas, pop.activeAgainstHamasCount());
        assertEquals(willing, pop.recruitableCount());
        assertEquals(byState[CivilianState.DETAINED.ordinal()], pop.detainedCount());
        assertEquals(byState[CivilianState.RECRUITED.ordinal()], pop.recruitedCount());
        assertEquals(byState[CivilianState.KILLED.ordinal()], pop.killedCount());
        assertEquals(pop.agentCount(), pop.livingCount() + pop.recruitedCount() + pop.killedCount());
        assertTrue(pop.people(pop.detainedCount()) <= pop.parameters().detentionCapacityPeople(), "within capacity");
        assertShares(pop);
    }

    private static void assertShares(CivilianPopulation pop) {
        for (double share : new double[] {pop.activeShare(), pop.detainedShare(), pop.meanHardship(),
                pop.supportOrderShare(), pop.supportHamasShare(), pop.recruitableShare(),
                pop.activeAgainstOrderShare(), pop.activeAgainstHamasShare()}) {
            assertTrue(share >= 0.0 && share <= 1.0, "share " + share);
        }
    }

    /** The n cells with the most agents, most first, ties to the lower index. */
    private static int[] busiestCells(CivilianPopulation pop, GazaMap map, int n) {
        int cellCount = cells(map);
        Integer[] order = new Integer[cellCount];
        for (int c = 0; c < cellCount; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int r = Integer.compare(agentsOfCell(pop, b), agentsOfCell(pop, a));
            return r != 0 ? r : Integer.compare(a, b);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    @Test
    void theStancesStartAtThePollsSharesWithTheStatedCorrelation() {
        CivilianPopulation pop = population(MAP, 10, DEFAULTS, 4);
        assertEquals(0.49, pop.supportOrderShare(), 0.005);
        assertEquals(0.41, pop.supportHamasShare(), 0.005);
        double so = 0, sh = 0, soo = 0, shh = 0, soh = 0;
        int n = pop.agentCount();
        int eligible = 0;
        for (int i = 0; i < n; i++) {
            double o = pop.stanceOf(i, Authority.ORDER);
            double h = pop.stanceOf(i, Authority.HAMAS);
            so += o;
            sh += h;
            soo += o * o;
            shh += h * h;
            soh += o * h;
            eligible += pop.isEligible(i) ? 1 : 0;
        }
        double cov = soh / n - (so / n) * (sh / n);
        double rho = cov / Math.sqrt((soo / n - so * so / n / n) * (shh / n - sh * sh / n / n));
        assertEquals(-0.5, rho, 0.01);
        assertEquals(0.14, (double) eligible / n, 0.005);
        assertEquals(1.5 * -0.2275, Stance.meanFor(0.41, 1.5), 0.001);
        assertEquals(0.5, Stance.of(0), 1e-12);
        assertEquals(0.75, Stance.of(1), 1e-12);
        assertEquals(0.25, Stance.of(-1), 1e-12);
    }

    @Test
    void killingsMoveTheStancesOfThoseWhoSeeThemAgainstTheSideThatKills() {
        CivilianPopulation byIsrael = population(MAP, 100, DEFAULTS, 5);
        CivilianPopulation byGroups = population(MAP, 100, DEFAULTS, 5);
        CivilianPopulation nobody = population(MAP, 100, DEFAULTS, 5);
        int cell = busiestCells(nobody, MAP, 1)[0];
        byIsrael.killPeople(cell, 500, true, new MersenneTwisterFast(6));
        byGroups.killPeople(cell, 500, false, new MersenneTwisterFast(6));
        nobody.kill(cell, 0, new MersenneTwisterFast(6));
        CivilianDay today = empty(MAP);
        byIsrael.step(0, today, new MersenneTwisterFast(7));
        byGroups.step(0, today, new MersenneTwisterFast(7));
        nobody.step(0, today, new MersenneTwisterFast(7));
        int i = byIsrael.cellStart(cell + 1) - 1;
        double base = nobody.stanceOf(i, Authority.HAMAS);
        assertTrue(byIsrael.stanceOf(i, Authority.ISRAEL) < nobody.stanceOf(i, Authority.ISRAEL), "harm by Israel");
        assertTrue(byIsrael.stanceOf(i, Authority.HAMAS) > base, "rally to Hamas");
        assertTrue(byGroups.stanceOf(i, Authority.HAMAS) < base, "harm by the groups");
        assertEquals(nobody.stanceOf(i, Authority.ORDER), byIsrael.stanceOf(i, Authority.ORDER), 1e-6,
                "no order in view: nobody blames it");
    }

    @Test
    void aidPoliceAndTroopsRaiseTheStanceTowardsTheOrderAndBrokenPromisesLowerIt() {
        CivilianPopulation none = population(COARSE, 10, DEFAULTS, 8);
        CivilianPopulation aid = population(COARSE, 10, DEFAULTS, 8);
        CivilianPopulation police = population(COARSE, 10, DEFAULTS, 8);
        CivilianPopulation broken = population(COARSE, 10, DEFAULTS, 8);
        CivilianDay empty = empty(COARSE);
        CivilianDay fed = empty(COARSE);
        Arrays.fill(fed.aidRelief, 1.0);
        CivilianDay policed = empty(COARSE);
        Arrays.fill(policed.policePeople, 1_000.0);
        CivilianDay promises = empty(COARSE);
        promises.setAidShortfall(1.0);
        promises.setDeadlinesMissed(1);
        for (int day = 0; day < 30; day++) {
            none.step(day, empty, new MersenneTwisterFast(day));
            aid.step(day, fed, new MersenneTwisterFast(day));
            police.step(day, policed, new MersenneTwisterFast(day));
            broken.step(day, day == 0 ? promises : empty, new MersenneTwisterFast(day));
        }
        assertTrue(aid.supportOrderShare() > none.supportOrderShare() + 0.01, aid.supportOrderShare() + " vs "
                + none.supportOrderShare());
        assertTrue(police.supportOrderShare() > aid.supportOrderShare(), "police more than aid at these weights");
        assertTrue(broken.supportOrderShare() < none.supportOrderShare(), "a missed deadline costs the order");
        assertEquals(none.supportHamasShare(), aid.supportHamasShare(), 1e-12);
    }

    @Test
    void withoutAReferentInViewNobodyActsAgainstIt() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 9);
        CivilianDay today = empty(MAP);
        Arrays.fill(today.hardshipLevel, 10.0);
        pop.step(0, today, new MersenneTwisterFast(10));
        assertEquals(0, pop.activeCount(), "no order, no armed control: no open action");
        Arrays.fill(today.armedControl, 1.0);
        pop.step(1, today, new MersenneTwisterFast(10));
        assertEquals(0, pop.activeCount(), "control without fighters in view is no referent");
        assertEquals(0, pop.activeAgainstOrderCount());
    }

    @Test
    void theRiskOfActingIsEpsteinsWithoutTheFloorInPeople() {
        assertEquals(1 - Math.exp(-2.3 * 10 / 21.0), CivilianPopulation.riskOfActing(2.3, 10, 20), 1e-12);
        assertEquals(0.0, CivilianPopulation.riskOfActing(2.3, 0, 0), 0.0);
        assertTrue(CivilianPopulation.riskOfActing(2.3, 1, 3) > 0, "no floor: one in four still deters a little");
        assertEquals(0.0, CivilianPopulation.arrestProbability(2.3, 1, 3), 0.0, "Epstein's, with the floor, kept");
        assertEquals(1 - Math.exp(-2.3), CivilianPopulation.arrestProbability(2.3, 2, 1), 1e-12);
    }

    /** A strip where only the order is a referent: security everywhere, no fighters, no control. */
    private static CivilianDay underTheOrder(GazaMap map, double security, double hardship) {
        CivilianDay day = empty(map);
        Arrays.fill(day.securityPeople, security);
        Arrays.fill(day.isfPeople, security);
        Arrays.fill(day.hardshipLevel, hardship);
        return day;
    }

    @Test
    void onlyPeopleActingAgainstTheOrderAreDetainedWithinCapacityAndReleasedWithinTheirTerm() {
        CivilianParameters params = with("civilians.detentionCapacityPeople", 3_000);
        CivilianPopulation pop = population(MAP, 100, params, 11);
        MersenneTwisterFast random = new MersenneTwisterFast(12);
        CivilianDay today = underTheOrder(MAP, 2.0, 3.0);
        int maxTerm = params.maxDetentionDays();
        int peak = 0;
        int detentions = 0;
        for (int day = 0; day < 60; day++) {
            pop.step(day, today, random);
            detentions += pop.detainedToday();
            peak = Math.max(peak, pop.detainedCount());
            assertConsistent(pop, MAP);
            assertEquals(0, pop.activeAgainstHamasCount());
            for (int i = 0; i < pop.agentCount(); i++) {
                if (pop.stateOf(i) == CivilianState.DETAINED) {
                    assertTrue(pop.releaseDayOf(i) > day && pop.releaseDayOf(i) <= day + maxTerm);
                }
            }
        }
        assertTrue(pop.activeAgainstOrderCount() > 0, "with the order as the only referent some act against it");
        assertTrue(detentions > peak, "some were released and others detained in their place");
        assertEquals(30, peak, "the capacity of 3,000 people fills: 30 agents of 100");
        CivilianPopulation none = population(MAP, 100, with("civilians.arrestsPerSecurityPersonDay", 0.0), 11);
        for (int day = 0; day < 10; day++) {
            none.step(day, today, random);
        }
        assertEquals(0, none.detainedCount());
    }

    @Test
    void theArmedGroupsPunishPeopleActingAgainstThemAndTheirFightersDeter() {
        CivilianDay today = empty(MAP);
        Arrays.fill(today.armedControl, 1.0);
        Arrays.fill(today.hardshipLevel, 3.0);
        for (int c = 0; c < today.cells(); c++) {
            today.fighterPeople[c] = MAP.inside(c % MAP.width(), c / MAP.width()) ? 1.0 : 0.0;
        }
        CivilianPopulation few = population(MAP, 100, DEFAULTS, 13);
        CivilianPopulation many = population(MAP, 100, DEFAULTS, 13);
        CivilianDay strong = empty(MAP);
        Arrays.fill(strong.armedControl, 1.0);
        Arrays.fill(strong.hardshipLevel, 3.0);
        for (int c = 0; c < strong.cells(); c++) {
            strong.fighterPeople[c] = today.fighterPeople[c] * 100;
        }
        int punished = 0;
        for (int day = 0; day < 10; day++) {
            few.step(day, today, new MersenneTwisterFast(day));
            many.step(day, strong, new MersenneTwisterFast(day));
            punished += few.punishedToday();
            assertEquals(0, few.activeAgainstOrderCount(), "no order in view");
        }
        assertTrue(few.activeAgainstHamasCount() > 0);
        assertTrue(punished > 0);
        assertTrue(many.activeAgainstHamasShare() < few.activeAgainstHamasShare(),
                "more fighters in view deter more: " + many.activeAgainstHamasShare() + " vs "
                        + few.activeAgainstHamasShare());
        assertEquals(0, few.detainedCount(), "the groups' punishment is not the order's detention");
    }

    @Test
    void recruitsComeOnlyFromTheRecruitableAndWillingnessFollowsHardshipAndControl() {
        CivilianPopulation calm = population(MAP, 100, DEFAULTS, 14);
        CivilianPopulation hard = population(MAP, 100, DEFAULTS, 14);
        CivilianDay easy = empty(MAP);
        Arrays.fill(easy.hardshipLevel, 0.2);
        CivilianDay harsh = empty(MAP);
        Arrays.fill(harsh.hardshipLevel, 2.0);
        Arrays.fill(harsh.armedControl, 1.0);
        calm.step(0, easy, new MersenneTwisterFast(15));
        hard.step(0, harsh, new MersenneTwisterFast(15));
        assertTrue(hard.recruitableShare() > calm.recruitableShare() * 1.2,
                hard.recruitableShare() + " vs " + calm.recruitableShare());
        assertTrue(hard.recruitableShare() < DEFAULTS.recruitableShare(), "never more than the eligible");
        int cell = busiestCells(hard, MAP, 1)[0];
        int willing = hard.recruitableAgents(cell);
        assertTrue(willing > 0);
        assertEquals(willing, hard.recruit(cell, willing + 5));
        assertEquals(0, hard.recruitableAgents(cell));
        assertEquals(0, hard.recruit(cell, 1));
        for (int i = hard.cellStart(cell); i < hard.cellStart(cell + 1); i++) {
            if (hard.stateOf(i) == CivilianState.RECRUITED) {
                assertTrue(hard.isEligible(i));
            }
        }
    }

    @Test
    void peopleFleeDangerToTheNearestSafeCellOutsideTheZoneAndAreConserved() {
        CivilianPopulation pop = population(MAP, 100, with("civilians.flightSharePerDay", 0.5), 16);
        MersenneTwisterFast random = new MersenneTwisterFast(17);
        HeldZone zone = MAP.heldZone();
        int cell = busiestCells(pop, MAP, 1)[0];
        pop.killPeople(cell, 500, true, random);
        int before = pop.agentsIn(cell);
        CivilianDay today = empty(MAP);
        pop.step(0, today, random);
        int living = pop.livingCount();
        int fled = pop.flee(zone, random);
        assertTrue(fled > 0, "a massacre in view makes people leave");
        assertEquals(fled, pop.fledToday());
        assertEquals(living, pop.livingCount(), "nobody is lost on the way");
        assertTrue(pop.agentsIn(cell) < before, "the cell empties a little: " + pop.agentsIn(cell) + " of " + before
                + ", fled " + fled + ", danger " + pop.dangerIn(cell));
        assertConsistent(pop, MAP);
        int r = pop.visionRadiusCells();
        for (int c = 0; c < cells(MAP); c++) {
            if (agentsOfCell(pop, c) > 0) {
                assertTrue(MAP.inside(c % MAP.width(), c / MAP.width()));
            }
        }
        int far = 0;
        for (int c = 0; c < cells(MAP); c++) {
            int dx = Math.abs(c % MAP.width() - cell % MAP.width());
            int dy = Math.abs(c / MAP.width() - cell / MAP.width());
            if (Math.max(dx, dy) > r && !zone.isHeld(c)) {
                far += agentsOfCell(pop, c);
            }
        }
        assertTrue(far > 0);
        CivilianPopulation calm = population(MAP, 100, DEFAULTS, 16);
        calm.step(0, today, random);
        assertEquals(0, calm.flee(zone, random), "no danger, no flight");
    }

    @Test
    void aDayOfTheCiviliansAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 18);
        MersenneTwisterFast random = new MersenneTwisterFast(19);
        CivilianDay today = CivilianDay.typical(MAP);
        HeldZone zone = MAP.heldZone();
        int[] busy = busiestCells(pop, MAP, 3);
        for (int day = 0; day < 50; day++) {
            pop.killPeople(busy[day % 3], 3_000, true, random);
            pop.step(day, today, random);
            pop.flee(zone, random);
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int day = 50; day < 100; day++) {
            pop.killPeople(busy[day % 3], 3_000, true, random);
            pop.step(day, today, random);
            pop.flee(zone, random);
        }
        long perDay = (threads.getThreadAllocatedBytes(id) - before) / 50;
        assertTrue(perDay < 256, perDay + " bytes a day");
    }

    @Test
    void theSameSeedGivesTheSameStates() {
        CivilianPopulation a = runWithRemovals(22);
        CivilianPopulation b = runWithRemovals(22);
        CivilianPopulation c = runWithRemovals(23);
        boolean differs = false;
        for (int i = 0; i < a.agentCount(); i++) {
            assertEquals(a.stateOf(i), b.stateOf(i));
            assertEquals(a.releaseDayOf(i), b.releaseDayOf(i));
            assertEquals(a.stanceOf(i, Authority.ORDER), b.stanceOf(i, Authority.ORDER));
            differs |= a.stanceOf(i, Authority.ORDER) != c.stanceOf(i, Authority.ORDER);
        }
        assertEquals(a.meanHardship(), b.meanHardship());
        assertTrue(differs, "another seed gives other stances");
    }

    private static CivilianPopulation runWithRemovals(long seed) {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, seed);
        MersenneTwisterFast random = new MersenneTwisterFast(seed + 1);
        CivilianDay today = CivilianDay.typical(MAP);
        int[] busy = busiestCells(pop, MAP, 10);
        for (int day = 0; day < 15; day++) {
            pop.step(day, today, random);
            pop.flee(MAP.heldZone(), random);
            for (int cell : busy) {
                pop.recruit(cell, 1);
                pop.killPeople(cell, 200, day % 2 == 0, random);
            }
            assertShares(pop);
        }
        return pop;
    }

    @Test
    void aRestoredCheckpointContinuesTheSameRun() throws Exception {
        CivilianPopulation pop = runWithRemovals(28);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pop);
        }
        CivilianPopulation copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CivilianPopulation) in.readObject();
        }
        CivilianDay today = CivilianDay.typical(MAP);
        MersenneTwisterFast r1 = new MersenneTwisterFast(29);
        MersenneTwisterFast r2 = new MersenneTwisterFast(29);
        for (int day = 15; day < 20; day++) {
            pop.step(day, today, r1);
            copy.step(day, today, r2);
        }
        for (int i = 0; i < pop.agentCount(); i++) {
            assertEquals(pop.stateOf(i), copy.stateOf(i));
        }
        assertEquals(pop.activeShare(), copy.activeShare());
    }

    @Test
    void killingChoosesAtRandomWithinTheCell() {
        CivilianPopulation pop = population(MAP, 1, DEFAULTS, 24);
        int cell = busiestCells(pop, MAP, 1)[0];
        int n = agentsOfCell(pop, cell);
        MersenneTwisterFast random = new MersenneTwisterFast(25);
        assertEquals(n / 2, pop.kill(cell, n / 2, random));
        int killedInFirstHalf = 0;
        for (int i = pop.cellStart(cell); i < pop.cellStart(cell) + n / 2; i++) {
            killedInFirstHalf += pop.stateOf(i) == CivilianState.KILLED ? 1 : 0;
        }
        assertEquals(n / 4.0, killedInFirstHalf, 5 * Math.sqrt(n / 16.0));
        assertEquals(n - n / 2, pop.kill(cell, n, random));
        assertEquals(0, pop.agentsIn(cell));
        assertEquals(0, pop.kill(cell, 1, random));
        assertEquals(0, pop.recruit(cell, 1));
        assertEquals(n, pop.killedCount());
    }

    @Test
    void badInputsAreRefused() {
        CivilianPopulation pop = population(COARSE, 10, DEFAULTS, 26);
        MersenneTwisterFast random = new MersenneTwisterFast(27);
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, new CivilianDay(3), random));
        CivilianDay bad = empty(COARSE);
        bad.armedControl[0] = 1.5;
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, bad, random));
        CivilianDay negative = empty(COARSE);
        negative.securityPeople[0] = -1;
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, negative, random));
        assertThrows(IllegalArgumentException.class, () -> empty(COARSE).setAidShortfall(2));
        assertThrows(IllegalArgumentException.class, () -> pop.kill(-1, 1, random));
        assertThrows(IllegalArgumentException.class, () -> pop.recruit(0, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new CivilianPopulation(COARSE, 0, DEFAULTS, random));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Parameters.defaults().with("civilians.visionKm", -1.0));
        assertTrue(e.getMessage().contains("civilians.visionKm"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Parameters.defaults().with("civilians.maxDetentionDays", 0));
        assertTrue(e.getMessage().contains("civilians.maxDetentionDays"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Parameters.defaults().with("civilians.attitudes.hamasInitialSupport", 1.5));
        assertTrue(e.getMessage().contains("civilians.attitudes.hamasInitialSupport"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Parameters.defaults().with("civilians.detentionCapacityPeople", -5));
        assertTrue(e.getMessage().contains("civilians.detentionCapacityPeople"), e.getMessage());
    }
}
