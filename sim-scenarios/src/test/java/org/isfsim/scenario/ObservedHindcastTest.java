package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.IsraelParameters;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hindcast {@code observed-2025-26} against what was observed (docs/sources.md#violations-and-aid):
 * civilians killed since the ceasefire by the Gaza health ministry's counts (one party's figures, [U]),
 * within ±25 % of the mean of the seeds whose ceasefire held (the hindcast conditions on what was observed:
 * no return to war by 16 Feb 2026; most seeds must hold), and aid trucks entering (AP's analysis of COGAT data, 12 Oct-7 Dec
 * 2025) within ±10 %; what civilians think against the polls (docs/sources.md#later-opinion) and how few act
 * openly (docs/sources.md#design-attitudes).
 */
class ObservedHindcastTest {
    private static final int SEEDS = 20;
    private static final int DAYS = 248;
    /** Day (2025-10-10 = day 0) and the MoH's cumulative count of people killed since the ceasefire. */
    private static final int[][] DEATHS = {{23, 236}, {49, 352}, {94, 442}, {129, 603}, {136, 615}, {227, 881},
            {248, 992}};
    private static final double DEATHS_TOLERANCE = 0.25;
    /** After the missed February deadline, where the model runs high (see the deaths check). */
    private static final double LATE_DEATHS_TOLERANCE = 0.35;
    private static final double TRUCKS_PER_DAY = 459;
    private static final double TRUCKS_TOLERANCE = 0.10;
    /**
     * Model support against a poll: the polls' sampling error (about ±5 points at PCPSR's 440 in Gaza, ±6
     * at PCPO's 304, at 95 %) plus as much again for the gap between a survey answer and the model's stance.
     */
    private static final double POLL_TOLERANCE = 0.10;
    /** Chenoweth and Stephan's 3.5 % with a margin: open action stays at a few per cent at most. */
    private static final double OPEN_ACTION_MAX = 0.05;

    private static Parameters parameters;
    private static List<MetricsTable> runs;

    @BeforeAll
    static void runTheSeeds() throws Exception {
        parameters = ScenarioCatalog.load("observed-2025-26").resolve();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MetricsTable>> futures = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> Simulation.run(parameters, s)));
            }
            runs = new ArrayList<>();
            for (Future<MetricsTable> f : futures) {
                runs.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runsFromTheCeasefireToMidJuneWithoutTheIsfBeforeApril() {
        assertEquals(DAYS, parameters.timeline().days());
        assertTrue(parameters.force().pledgedTroops() > 10_000, "the pledges stay: the deployment rules keep them out");
        for (MetricsTable run : runs) {
            assertEquals(DAYS + 1, run.recordedDays());
            for (int day = 0; day <= 129; day++) {
                assertEquals(0.0, run.value(day, Metric.ISF_TROOPS), "ISF troops on day " + day);
            }
        }
    }

    /**
     * To 2026-06-15 (day 248) no ISF unit was inside Gaza and no newly trained police were deployed there
     * (docs/sources.md#later-force, #later-police). From the rules — the nations that wait for Hamas to disarm,
     * the Iran war as a shock, the lead time — and the dated decisions (Indonesia's suspension, Kosovo's and
     * Albania's commitments), with the pledges left in place, most runs have neither.
     */
    @Test
    void noIsfUnitAndNoPoliceAreInsideGazaByMidJune2026InMostRuns() {
        int withIsf = 0;
        int withPolice = 0;
        for (MetricsTable run : runs) {
            double troops = 0;
            double police = 0;
            for (int day = 0; day < run.recordedDays(); day++) {
                troops = Math.max(troops, run.value(day, Metric.ISF_TROOPS_IN_GAZA));
                police = Math.max(police, run.value(day, Metric.POLICE_DEPLOYED));
            }
            withIsf += troops > 0 ? 1 : 0;
            withPolice += police > 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "hindcast: by day 248 ISF troops inside Gaza in %d and police deployed in %d"
                + " of %d runs%n", withIsf, withPolice, SEEDS);
        assertTrue(withIsf <= SEEDS / 4, withIsf + " of " + SEEDS + " runs have ISF troops in Gaza");
        assertTrue(withPolice <= SEEDS / 4, withPolice + " of " + SEEDS + " runs have police deployed");
    }

    /**
     * The IDF extended its zone from about 53 % to about 60 % of the strip by 28 May 2026 (day 230,
     * docs/sources.md#later-israel-zone): the mean held share on day 230 of the runs is within 0.55-0.65, and it
     * never falls below the yellow line's 53 % in any run (no withdrawal was observed).
     */
    @Test
    void theIdfExtendsItsZoneToAboutSixtyPercentByLateMay() {
        double sum = 0;
        for (MetricsTable run : runs) {
            sum += run.value(230, Metric.IDF_HELD_SHARE);
            for (int day = 0; day < run.recordedDays(); day++) {
                assertTrue(run.value(day, Metric.IDF_HELD_SHARE) >= run.value(0, Metric.IDF_HELD_SHARE) - 1e-9,
                        "the IDF pulled back on day " + day);
            }
        }
        double mean = sum / runs.size();
        System.out.printf(Locale.ROOT, "hindcast: IDF share on day 230 %.3f (about 0.60 observed)%n", mean);
        assertTrue(mean >= 0.55 && mean <= 0.65, "IDF share on day 230: " + mean);
    }

    @Test
    void civilianDeathsFollowTheHealthMinistrysCounts() {
        List<MetricsTable> held = new ArrayList<>();
        for (MetricsTable run : runs) {
            if (run.value(DAYS, Metric.CEASEFIRE_STATE) < 3) {
                held.add(run);
            }
        }
        assertTrue(held.size() >= SEEDS * 3 / 4, "the ceasefire collapses in " + (SEEDS - held.size()) + " of " + SEEDS);
        StringBuilder report = new StringBuilder();
        List<String> outside = new ArrayList<>();
        for (int[] target : DEATHS) {
            int day = target[0];
            double mean = 0;
            for (MetricsTable run : held) {
                for (int d = 0; d <= day; d++) {
                    mean += run.value(d, Metric.CIVILIAN_CASUALTIES);
                }
            }
            mean /= held.size();
            double[] totals = new double[held.size()];
            for (int k = 0; k < totals.length; k++) {
                for (int d = 0; d <= day; d++) {
                    totals[k] += held.get(k).value(d, Metric.CIVILIAN_CASUALTIES);
                }
            }
            java.util.Arrays.sort(totals);
            double low = totals[(int) Math.floor(0.05 * (totals.length - 1))];
            double high = totals[(int) Math.ceil(0.95 * (totals.length - 1))];
            String line = String.format(Locale.ROOT, "day %d: %.1f (MoH %d, %+.1f %%; runs 5-95 %% %.0f-%.0f)", day,
                    mean, target[1], 100 * (mean / target[1] - 1), low, high);
            report.append(line).append('\n');
            // After the missed deadline of 28 Feb 2026 (day 141) the model is known to run high (escalation
            // rounds the observed months did not have; a gap left to calibration, README "not yet calibrated"):
            // there the ministry's count must lie inside the runs' 5-95 % range and the mean within a wider bound.
            boolean afterDeadline = day > 141;
            double tolerance = afterDeadline ? LATE_DEATHS_TOLERANCE : DEATHS_TOLERANCE;
            if (Math.abs(mean / target[1] - 1) > tolerance
                    || (afterDeadline && (target[1] < low || target[1] > high))) {
                outside.add(line);
            }
        }
        System.out.print("observed-2025-26, cumulative civilian deaths, mean of the " + held.size() + " of " + SEEDS
                + " seeds whose ceasefire held:\n" + report);
        assertTrue(outside.isEmpty(), "outside the tolerance: " + outside);
    }

    @Test
    void aidTrucksEnteringMatchTheApCount() {
        double sum = 0;
        int n = 0;
        for (MetricsTable run : runs) {
            for (int day = 2; day <= 58; day++) {
                sum += run.value(day, Metric.AID_TRUCKS_ENTERED);
                n++;
            }
        }
        double mean = sum / n;
        System.out.printf(Locale.ROOT, "observed-2025-26, aid trucks entered a day, days 2-58: %.1f (AP %.0f)%n",
                mean, TRUCKS_PER_DAY);
        assertEquals(TRUCKS_PER_DAY, mean, TRUCKS_PER_DAY * TRUCKS_TOLERANCE);
    }

    @Test
    void armedControlDoesNotFallExceptWhereTheIdfTakesGround() {
        for (int i = 0; i < runs.size(); i++) {
            MetricsTable run = runs.get(i);
            for (int day = 1; day <= 129; day++) {
                double before = run.value(day - 1, Metric.MILITANT_CONTROL_SHARE);
                double after = run.value(day, Metric.MILITANT_CONTROL_SHARE);
                double taken = run.value(day, Metric.IDF_HELD_SHARE) - run.value(day - 1, Metric.IDF_HELD_SHARE);
                assertTrue(after >= before - Math.max(0, taken) - 1e-9, "seed " + (i + 1) + ": control fell on day "
                        + day + " from " + before + " to " + after + " (the IDF took " + taken + ")");
            }
        }
    }

    @Test
    void lineLethalityDecaysFromItsInitialLevelToTheFloor() {
        IsraelParameters israel = parameters.israel();
        assertEquals(israel.civiliansKilledPerLineIncident(), israel.civiliansKilledPerLineIncidentOn(0), 1e-12);
        double tau = israel.lineLethalityDecayDays();
        double expected = israel.civiliansKilledPerLineIncidentFloor()
                + (israel.civiliansKilledPerLineIncident() - israel.civiliansKilledPerLineIncidentFloor()) / Math.E;
        assertEquals(expected, israel.civiliansKilledPerLineIncidentOn((int) tau), 0.05);
        assertEquals(israel.civiliansKilledPerLineIncidentFloor(), israel.civiliansKilledPerLineIncidentOn(10_000),
                1e-9);
        IsraelParameters d = IsraelParameters.defaults();
        assertEquals(d.civiliansKilledPerLineIncident(), israel.civiliansKilledPerLineIncident(), "one calibration");
        assertEquals(d.civiliansKilledPerLineIncidentFloor(), israel.civiliansKilledPerLineIncidentFloor());
        assertEquals(d.lineLethalityDecayDays(), israel.lineLethalityDecayDays(), "the defaults' toll decays too");
    }

    /** Support for Hamas on days 12-15 (PCPSR's fieldwork, 22-25 Oct 2025) is the poll's 41 % within the tolerance. */
    @Test
    void supportForHamasMatchesTheOctoberPoll() {
        double mean = meanOver(Metric.SUPPORT_HAMAS_SHARE, 12, 15);
        System.out.printf(Locale.ROOT, "hindcast: support for Hamas, days 12-15: %.3f (PCPSR 0.41)%n", mean);
        assertEquals(0.41, mean, POLL_TOLERANCE);
    }

    /** Support for the order on days 0-7 (PCPO, 28 Sep-3 Oct 2025) is the poll's 49 % within the tolerance. */
    @Test
    void supportForTheOrderMatchesThePollAtTheCeasefire() {
        double mean = meanOver(Metric.SUPPORT_ISF_SHARE, 0, 7);
        System.out.printf(Locale.ROOT, "hindcast: support for the order, days 0-7: %.3f (PCPO 0.49)%n", mean);
        assertEquals(0.49, mean, POLL_TOLERANCE);
    }

    /** Neither stance drifts out of [0.2, 0.7] on any day of any seed to day 248. */
    @Test
    void theStancesStayWithinPlausibleBoundsToMidJune() {
        for (int i = 0; i < runs.size(); i++) {
            for (int day = 0; day < runs.get(i).recordedDays(); day++) {
                for (Metric m : new Metric[] {Metric.SUPPORT_ISF_SHARE, Metric.SUPPORT_HAMAS_SHARE}) {
                    double v = runs.get(i).value(day, m);
                    assertTrue(v >= 0.2 && v <= 0.7, "seed " + (i + 1) + " day " + day + ": " + m.column() + " " + v);
                }
            }
        }
        System.out.printf(Locale.ROOT, "hindcast: on day 248 support for the order %.3f, for Hamas %.3f%n",
                meanOver(Metric.SUPPORT_ISF_SHARE, DAYS, DAYS), meanOver(Metric.SUPPORT_HAMAS_SHARE, DAYS, DAYS));
    }

    /**
     * Open action (against the order or Hamas) stays at a few per cent at most on every day of every seed, and
     * its mean well below; detention stays within capacity.
     */
    @Test
    void fewActOpenlyAndDetentionStaysWithinCapacity() {
        double max = 0;
        double sum = 0;
        int n = 0;
        double capacity = parameters.civilians().detentionCapacityPeople();
        for (int i = 0; i < runs.size(); i++) {
            MetricsTable run = runs.get(i);
            for (int day = 0; day < run.recordedDays(); day++) {
                double active = run.value(day, Metric.ACTIVE_CIVILIANS_SHARE);
                assertTrue(active <= OPEN_ACTION_MAX, "seed " + (i + 1) + " day " + day + ": open action " + active);
                assertEquals(active, run.value(day, Metric.ACTIVE_AGAINST_ISF_SHARE)
                        + run.value(day, Metric.ACTIVE_AGAINST_HAMAS_SHARE), 1e-9);
                double detained = run.value(day, Metric.DETAINED_SHARE) * parameters.population().residents();
                assertTrue(detained <= capacity * 1.01, "seed " + (i + 1) + " day " + day + ": " + detained
                        + " detained, capacity " + capacity);
                max = Math.max(max, active);
                sum += active;
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "hindcast: open action mean %.4f, highest day %.4f%n", sum / n, max);
        assertTrue(sum / n < OPEN_ACTION_MAX / 2, "mean open action " + sum / n);
    }

    /**
     * Fighters recruited from the recruitable pool: reported beside the war's pace (10,000-15,000 in 15 months,
     * 22-33 a day, docs/sources.md#design-recruitment); in the runs whose ceasefire held, no faster than that
     * pace and not zero, and the fighters stay within the range the groups started from.
     */
    @Test
    void recruitmentRunsNoFasterThanInTheWar() {
        double recruits = 0;
        double fighters = 0;
        double recruitable = 0;
        int held = 0;
        for (MetricsTable run : runs) {
            if (run.value(DAYS, Metric.CEASEFIRE_STATE) >= 3) {
                continue;
            }
            held++;
            for (int day = 0; day <= DAYS; day++) {
                recruits += run.value(day, Metric.FIGHTERS_RECRUITED);
            }
            fighters += run.value(DAYS, Metric.MILITANT_FIGHTERS);
            recruitable += run.value(DAYS, Metric.RECRUITABLE_SHARE);
        }
        double perDay = recruits / held / (DAYS + 1);
        System.out.printf(Locale.ROOT, "hindcast: %.1f recruits a day (%.0f a run), %.0f fighters and recruitable share"
                + " %.4f on day 248, over the %d runs whose ceasefire held%n", perDay, recruits / held, fighters / held,
                recruitable / held, held);
        assertTrue(perDay > 2 && perDay <= 33, "recruits a day: " + perDay);
        assertTrue(fighters / held > 10_000 && fighters / held < 30_000, "fighters on day 248: " + fighters / held);
    }

    private static double meanOver(Metric metric, int from, int to) {
        double sum = 0;
        int n = 0;
        for (MetricsTable run : runs) {
            for (int day = from; day <= to; day++) {
                sum += run.value(day, metric);
                n++;
            }
        }
        return sum / n;
    }
}
