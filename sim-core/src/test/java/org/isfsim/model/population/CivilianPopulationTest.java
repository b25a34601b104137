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
    /** The defaults without arrests, so that a step shows the rule alone. */
    private static final CivilianParameters NO_ARRESTS = Parameters.defaults()
            .with("civilians.arrestsPerSecurityPersonDay", 0.0).civilians();

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

    @Test
    void peopleAreConservedThroughRecruitmentKillingAndDetention() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 2);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        double[] security = filled(MAP, 0.0);
        for (int c = 0; c < cells(MAP); c += 3) {
            security[c] = 40.0;
        }
        double[] legitimacy = filled(MAP, 0.3);
        double[] hardship = filled(MAP, 1.5);
        int[] busy = busiestCells(pop, MAP, 20);
        for (int day = 0; day < 40; day++) {
            pop.step(day, security, legitimacy, hardship, random);
            for (int cell : busy) {
                int actives = pop.activeAgents(cell);
                int recruited = pop.recruit(cell, 2);
                assertEquals(Math.min(2, actives), recruited);
                int free = pop.agentsIn(cell);
                int killed = pop.kill(cell, 1, random);
                assertEquals(Math.min(1, free), killed);
                assertEquals(free - killed, pop.agentsIn(cell));
            }
            assertConsistent(pop, MAP);
        }
        assertTrue(pop.recruitedCount() > 0 && pop.killedCount() > 0 && pop.detainedCount() > 0);
    }

    /** The counters agree with the states agent by agent and cell by cell. */
    private static void assertConsistent(CivilianPopulation pop, GazaMap map) {
        int[] byState = new int[CivilianState.values().length];
        int activeCells = 0;
        int freeCells = 0;
        for (int c = 0; c < cells(map); c++) {
            int active = 0;
            int free = 0;
            for (int i = pop.cellStart(c); i < pop.cellStart(c + 1); i++) {
                CivilianState s = pop.stateOf(i);
                active += s == CivilianState.ACTIVE ? 1 : 0;
                free += s == CivilianState.ACTIVE || s == CivilianState.QUIET ? 1 : 0;
            }
            assertEquals(active, pop.activeAgents(c), "cell " + c);
            assertEquals(free, pop.agentsIn(c), "cell " + c);
            activeCells += active;
            freeCells += free;
        }
        for (int i = 0; i < pop.agentCount(); i++) {
            byState[pop.stateOf(i).ordinal()]++;
        }
        assertEquals(byState[CivilianState.ACTIVE.ordinal()], pop.activeCount());
        assertEquals(byState[CivilianState.DETAINED.ordinal()], pop.detainedCount());
        assertEquals(byState[CivilianState.RECRUITED.ordinal()], pop.recruitedCount());
        assertEquals(byState[CivilianState.KILLED.ordinal()], pop.killedCount());
        assertEquals(pop.agentCount(), pop.livingCount() + pop.recruitedCount() + pop.killedCount());
        assertEquals(pop.livingCount(), byState[CivilianState.QUIET.ordinal()]
                + byState[CivilianState.ACTIVE.ordinal()] + byState[CivilianState.DETAINED.ordinal()]);
        assertEquals(pop.activeCount(), activeCells);
        assertEquals(pop.livingCount() - pop.detainedCount(), freeCells);
        assertShares(pop);
    }

    private static void assertShares(CivilianPopulation pop) {
        for (double share : new double[] {pop.activeShare(), pop.detainedShare(), pop.meanHardship()}) {
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
    void everyAgentFollowsTheRuleOnHandMadeInputs() {
        CivilianPopulation pop = population(MAP, 100, NO_ARRESTS, 4);
        double[] security = filled(MAP, 0.0);
        double[] legitimacy = new double[cells(MAP)];
        double[] hardship = new double[cells(MAP)];
        MersenneTwisterFast inputs = new MersenneTwisterFast(5);
        for (int c = 0; c < cells(MAP); c++) {
            security[c] = inputs.nextBoolean(0.2) ? inputs.nextInt(300) : 0.0;
            legitimacy[c] = inputs.nextDouble();
            hardship[c] = 2.0 * inputs.nextDouble();
        }
        pop.step(0, security, legitimacy, hardship, new MersenneTwisterFast(6));
        pop.step(1, security, legitimacy, hardship, new MersenneTwisterFast(6));
        int active = 0;
        for (int c = 0; c < cells(MAP); c++) {
            double p = pop.arrestProbabilityIn(c);
            for (int i = pop.cellStart(c); i < pop.cellStart(c + 1); i++) {
                double h = Math.min(1.0, pop.hardshipSensitivityOf(i) * hardship[c]);
                boolean rebels = h * (1.0 - legitimacy[c]) - pop.riskAversionOf(i) * p > 0.1;
                assertEquals(rebels ? CivilianState.ACTIVE : CivilianState.QUIET, pop.stateOf(i), "agent " + i);
                active += rebels ? 1 : 0;
            }
        }
        assertEquals(active, pop.activeCount());
        assertTrue(active > 0 && active < pop.agentCount());
    }

    @Test
    void highHardshipAndLowLegitimacyWithoutSecurityMakeMostActive() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 7);
        pop.step(0, filled(MAP, 0.0), filled(MAP, 0.0), filled(MAP, 10.0), new MersenneTwisterFast(8));
        // Active iff min(1, 10 h) > 0.1, i.e. h > 0.01.
        assertEquals(0.99, pop.activeShare(), 0.01);
        assertEquals(0, pop.detainedCount());
    }

    @Test
    void epsteinBaselineWithoutSecurityMatchesTheClosedForm() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 9);
        pop.step(0, filled(MAP, 0.0), filled(MAP, 0.82), filled(MAP, 1.0), new MersenneTwisterFast(10));
        // P = 0: active iff 0.18 h > 0.1, i.e. h > 5/9.
        assertEquals(4.0 / 9.0, pop.activeShare(), 0.015);
        assertEquals(0.5, pop.meanHardship(), 0.01);
    }

    @Test
    void largeSecurityAndNoActivesKeepCiviliansQuiet() {
        CivilianPopulation pop = population(MAP, 100, NO_ARRESTS, 9);
        pop.step(0, filled(MAP, 10_000.0), filled(MAP, 0.82), filled(MAP, 1.0), new MersenneTwisterFast(10));
        // P = 1: active iff 0.18 h − R > 0.1, probability ∫_0^0.08 (1 − (0.1 + R) / 0.18) dR = 0.0178.
        assertEquals(0.0178, pop.activeShare(), 0.006);
        for (int c = 0; c < cells(MAP); c++) {
            if (agentsOfCell(pop, c) > 0) {
                assertEquals(1.0, pop.arrestProbabilityIn(c), 1e-12);
            }
        }
    }

    @Test
    void fullLegitimacyLeavesNobodyActive() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 11);
        MersenneTwisterFast random = new MersenneTwisterFast(12);
        for (int day = 0; day < 5; day++) {
            pop.step(day, filled(MAP, 0.0), filled(MAP, 1.0), filled(MAP, 50.0), random);
            assertEquals(0, pop.activeCount());
            assertEquals(0.0, pop.activeShare());
        }
        // E[min(1, 50 h)] = 1 − 1/100.
        assertEquals(0.99, pop.meanHardship(), 0.005);
    }

    @Test
    void arrestProbabilityIsEpsteinsFormula() {
        double p1 = 1.0 - Math.exp(-2.3);
        assertEquals(0.0, CivilianPopulation.arrestProbability(2.3, 0, 0));
        assertEquals(0.8997, CivilianPopulation.arrestProbability(2.3, 1, 0), 1e-4);
        assertEquals(p1, CivilianPopulation.arrestProbability(2.3, 1, 0), 1e-15);
        assertEquals(0.0, CivilianPopulation.arrestProbability(2.3, 1, 1), "⌊1/2⌋ = 0");
        assertEquals(p1, CivilianPopulation.arrestProbability(2.3, 2, 1), 1e-15);
        assertEquals(1.0 - Math.exp(-2.3 * 2), CivilianPopulation.arrestProbability(2.3, 5.9, 1), 1e-15);
        assertEquals(1.0 - Math.exp(-2.3 * 3), CivilianPopulation.arrestProbability(2.3, 30, 9), 1e-15);
        assertEquals(0.0, CivilianPopulation.arrestProbability(2.3, 29.99, 29));
    }

    @Test
    void aCellsArrestProbabilityUsesItsWindowCounts() {
        CivilianParameters params = NO_ARRESTS;
        CivilianPopulation pop = population(MAP, 10, params, 13);
        MersenneTwisterFast random = new MersenneTwisterFast(14);
        pop.step(0, filled(MAP, 0.0), filled(MAP, 0.2), filled(MAP, 1.0), random);
        int[] actives = new int[cells(MAP)];
        for (int c = 0; c < actives.length; c++) {
            actives[c] = pop.activeAgents(c);
        }
        int cell = busiestCells(pop, MAP, 1)[0];
        int r = pop.visionRadiusCells();
        assertEquals(7, r);
        double activeInView = windowSum(MAP, actives, cell, r);
        double[] security = filled(MAP, 0.0);
        // Security so that C/(A+1) is just above 3 (in agents of 10 people).
        security[cell] = 10.0 * (3.0 * (activeInView + 1.0) + 0.5);
        pop.step(1, security, filled(MAP, 0.2), filled(MAP, 1.0), random);
        assertEquals(activeInView, pop.activesInView(cell));
        assertEquals(1.0 - Math.exp(-2.3 * 3), pop.arrestProbabilityIn(cell), 1e-12);
        int far = cellAtDistance(pop, cell, r + 1);
        assertEquals(0.0, pop.arrestProbabilityIn(far), "outside the window security is not seen");
    }

    private static int cellAtDistance(CivilianPopulation pop, int cell, int distance) {
        int w = MAP.width();
        for (int c = 0; c < cells(MAP); c++) {
            int d = Math.max(Math.abs(c % w - cell % w), Math.abs(c / w - cell / w));
            if (d == distance && agentsOfCell(pop, c) > 0) {
                return c;
            }
        }
        throw new AssertionError("no populated cell at distance " + distance);
    }

    private static double windowSum(GazaMap map, int[] values, int cell, int r) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return windowSum(map, d, cell, r);
    }

    private static double windowSum(GazaMap map, double[] values, int cell, int r) {
        int w = map.width();
        int cx = cell % w;
        int cy = cell / w;
        double sum = 0;
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if (map.inBounds(x, y)) {
                    sum += values[y * w + x];
                }
            }
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.75, 4.0, 9.0, 40.0})
    void windowCountsEqualBruteForceUpToTheGridEdges(double visionKm) {
        CivilianParameters params = Parameters.defaults().with("civilians.visionKm", visionKm).civilians();
        CivilianPopulation pop = population(COARSE, 1, params, 15);
        MersenneTwisterFast inputs = new MersenneTwisterFast(16);
        double[] legitimacy = new double[cells(COARSE)];
        double[] hardship = new double[cells(COARSE)];
        double[] security = new double[cells(COARSE)];
        for (int c = 0; c < legitimacy.length; c++) {
            legitimacy[c] = inputs.nextDouble();
            hardship[c] = 3.0 * inputs.nextDouble();
            security[c] = inputs.nextBoolean(0.3) ? 500.0 * inputs.nextDouble() : 0.0;
        }
        MersenneTwisterFast random = new MersenneTwisterFast(17);
        pop.step(0, filled(COARSE, 0.0), legitimacy, hardship, random);
        int[] actives = new int[cells(COARSE)];
        for (int c = 0; c < actives.length; c++) {
            actives[c] = pop.activeAgents(c);
        }
        pop.step(1, security, legitimacy, hardship, random);
        int r = pop.visionRadiusCells();
        assertEquals(Math.round(visionKm), r);
        int checked = 0;
        for (int c = 0; c < actives.length; c++) {
            if (agentsOfCell(pop, c) == 0) {
                continue;
            }
            assertEquals(windowSum(COARSE, actives, c, r), pop.activesInView(c), "A at cell " + c);
            assertEquals(windowSum(COARSE, security, c, r), pop.securityInView(c), 1e-9, "C at cell " + c);
            checked++;
        }
        assertTrue(checked > 150, "populated cells checked: " + checked);
    }

    @Test
    void securityDetainsActivesWhoAreReleasedWithinTheirTerm() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 18);
        MersenneTwisterFast random = new MersenneTwisterFast(19);
        double[] security = filled(MAP, 50.0);
        double[] legitimacy = filled(MAP, 0.0);
        double[] hardship = filled(MAP, 10.0);
        int n = pop.agentCount();
        // The release day of each agent detained at the end of the previous day, or -1.
        int[] release = new int[n];
        Arrays.fill(release, -1);
        int releases = 0;
        int detentions = 0;
        for (int day = 0; day < 80; day++) {
            pop.step(day, security, legitimacy, hardship, random);
            for (int i = 0; i < n; i++) {
                boolean detained = pop.stateOf(i) == CivilianState.DETAINED;
                if (release[i] >= 0) {
                    if (day < release[i]) {
                        assertTrue(detained && pop.releaseDayOf(i) == release[i],
                                "agent " + i + " released early on day " + day);
                        continue;
                    }
                    assertEquals(release[i], day, "agent " + i + " held past its release day");
                    releases++;
                    release[i] = -1;
                }
                if (detained) {
                    int term = pop.releaseDayOf(i) - day;
                    assertTrue(term >= 1 && term <= 30, "term " + term);
                    release[i] = pop.releaseDayOf(i);
                    detentions++;
                }
            }
            assertConsistent(pop, MAP);
        }
        assertTrue(detentions > 1_000, "detentions " + detentions);
        assertTrue(releases > 1_000, "releases " + releases);
        assertTrue(pop.detainedShare() > 0.0);
    }

    @Test
    void withoutSecurityNobodyIsDetained() {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, 20);
        MersenneTwisterFast random = new MersenneTwisterFast(21);
        for (int day = 0; day < 20; day++) {
            pop.step(day, filled(MAP, 0.0), filled(MAP, 0.0), filled(MAP, 10.0), random);
            assertEquals(0, pop.detainedCount());
            assertEquals(0.0, pop.detainedShare());
        }
        assertTrue(pop.activeShare() > 0.9);
    }

    @Test
    void theRuleIsScaleFree() {
        double[] security = new double[cells(MAP)];
        double[] legitimacy = new double[cells(MAP)];
        double[] hardship = new double[cells(MAP)];
        int w = MAP.width();
        int h = MAP.height();
        for (int c = 0; c < security.length; c++) {
            int x = c % w;
            int y = c / w;
            legitimacy[c] = 0.5 + 0.4 * y / h;
            hardship[c] = 0.6 + 0.8 * x / w;
            // A deterred south (P near 1), a band of thin security where arrests alone act, a free north.
            security[c] = y > 0.8 * h ? 2_000.0 : y > 0.6 * h ? 60.0 : 0.0;
        }
        double[] share100 = new double[2];
        double[] share10 = new double[2];
        int seeds = 3;
        for (int seed = 0; seed < seeds; seed++) {
            double[] a = run(100, seed, security, legitimacy, hardship);
            double[] b = run(10, seed, security, legitimacy, hardship);
            for (int k = 0; k < 2; k++) {
                share100[k] += a[k] / seeds;
                share10[k] += b[k] / seeds;
            }
        }
        assertTrue(share100[0] > 0.05 && share100[1] > 0.01, "the inputs make actives and detainees");
        assertEquals(share10[0], share100[0], 0.02, "active share");
        assertEquals(share10[1], share100[1], 0.006, "detained share");
    }

    /** Runs 25 days and returns {active share, detained share}. */
    private static double[] run(int peoplePerAgent, long seed, double[] security, double[] legitimacy,
            double[] hardship) {
        CivilianPopulation pop = population(MAP, peoplePerAgent, DEFAULTS, 100 + seed);
        MersenneTwisterFast random = new MersenneTwisterFast(200 + seed);
        for (int day = 0; day < 25; day++) {
            pop.step(day, security, legitimacy, hardship, random);
        }
        return new double[] {pop.activeShare(), pop.detainedShare()};
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
            differs |= a.stateOf(i) != c.stateOf(i);
        }
        assertEquals(a.meanHardship(), b.meanHardship());
        assertTrue(differs, "another seed gives other states");
    }

    private static CivilianPopulation runWithRemovals(long seed) {
        CivilianPopulation pop = population(MAP, 100, DEFAULTS, seed);
        MersenneTwisterFast random = new MersenneTwisterFast(seed + 1);
        double[] security = filled(MAP, 0.0);
        for (int c = 0; c < security.length; c += 5) {
            security[c] = 30.0;
        }
        int[] busy = busiestCells(pop, MAP, 10);
        for (int day = 0; day < 15; day++) {
            pop.step(day, security, filled(MAP, 0.4), filled(MAP, 1.2), random);
            for (int cell : busy) {
                pop.recruit(cell, 1);
                pop.kill(cell, 2, random);
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
        double[] security = filled(MAP, 25.0);
        MersenneTwisterFast r1 = new MersenneTwisterFast(29);
        MersenneTwisterFast r2 = new MersenneTwisterFast(29);
        for (int day = 15; day < 20; day++) {
            pop.step(day, security, filled(MAP, 0.4), filled(MAP, 1.2), r1);
            copy.step(day, security, filled(MAP, 0.4), filled(MAP, 1.2), r2);
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
        double[] ok = filled(COARSE, 0.5);
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, new double[3], ok, ok, random));
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, ok, filled(COARSE, 1.5), ok, random));
        assertThrows(IllegalArgumentException.class, () -> pop.step(0, filled(COARSE, -1), ok, ok, random));
        assertThrows(IllegalArgumentException.class, () -> pop.kill(-1, 1, random));
        assertThrows(IllegalArgumentException.class, () -> pop.recruit(0, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new CivilianPopulation(COARSE, 0, DEFAULTS, random));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CivilianParameters(-1.0, 2.3, 0.1, 30, 1.0));
        assertTrue(e.getMessage().contains("civilians.visionKm"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new CivilianParameters(1.75, 2.3, 0.1, 0, 1.0));
        assertTrue(e.getMessage().contains("civilians.maxDetentionDays"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> new CivilianParameters(1.75, Double.NaN, 0.1, 30, 1.0));
        assertTrue(e.getMessage().contains("civilians.arrestConstant"), e.getMessage());
    }
}
