package org.isfsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.Milestone;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The baseline over 40 seeds (run once, 400 days, shared by the assertions): the ceasefire breaks in some
 * runs and holds in others, from the mechanism and its parameters in their stated ranges; the IDF's zone
 * extends in some runs and never beyond its cap; the deaths before the ISF arrives stay near the Gaza
 * health ministry's counts (docs/sources.md#violations-and-aid, #later-deaths).
 */
class CeasefireBaselineTest {
    /**
     * 40, not 20: a collapse comes in about one run in ten (1 of seeds 1-20 and 4 of seeds 21-60 before issue
     * 15's placement, 0 and 7 after it), so 20 seeds left "some break" with no margin (0.9^20 = 12 % of none).
     */
    private static final int SEEDS = 40;
    private static final int DAYS = 400;
    /** Gaza MoH: killed since the ceasefire, by day (236 on 2 Nov, 352 on 28 Nov, 442 on 12 Jan, 603 on 16 Feb). */
    private static final int[][] MINISTRY = {{23, 236}, {49, 352}, {94, 442}, {129, 603}};
    private static final double TOLERANCE = 0.40;

    private static Parameters parameters;
    private static List<MetricsTable> runs;

    @BeforeAll
    static void runTheBaseline() throws Exception {
        parameters = Parameters.defaults().withDays(DAYS);
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

    private static Milestone milestone(String name) {
        return Milestone.ALL.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void someRunsBreakTheCeasefireAndSomeKeepIt() {
        Milestone collapse = milestone("ceasefire_collapse");
        int[] days = runs.stream().mapToInt(collapse::firstDay).toArray();
        long broken = Arrays.stream(days).filter(d -> d >= 0).count();
        System.out.printf(Locale.ROOT, "baseline, %d seeds, %d days: %d collapse, on days %s%n", SEEDS, DAYS, broken,
                Arrays.toString(Arrays.stream(days).filter(d -> d >= 0).sorted().toArray()));
        assertTrue(broken >= 1, "no run breaks the ceasefire");
        assertTrue(broken <= SEEDS - 1, "every run breaks the ceasefire");
        for (MetricsTable run : runs) {
            int day = collapse.firstDay(run);
            if (day >= 0) {
                for (int d = day; d <= DAYS; d++) {
                    assertEquals(3.0, run.value(d, Metric.CEASEFIRE_STATE), "a collapse is absorbing");
                    assertEquals(0.0, run.value(d, Metric.ISF_TROOPS), "the ISF leaves with the collapse");
                }
            }
        }
    }

    @Test
    void anEscalationAfterAnIdfDeathIsWithinReach() {
        boolean seen = false;
        for (MetricsTable run : runs) {
            for (int d = 1; d <= DAYS && !seen; d++) {
                if (run.value(d - 1, Metric.IDF_KILLED) > 0 && run.value(d, Metric.CEASEFIRE_STATE) >= 2
                        && run.value(d, Metric.IDF_STRIKES) > 0) {
                    seen = true;
                }
            }
        }
        assertTrue(seen, "an IDF soldier killed is followed by an escalation with strikes in some run");
    }

    @Test
    void theZoneExtendsInSomeRunsAndNeverBeyondTheCap() {
        Milestone extension = milestone("idf_extension");
        long extended = runs.stream().filter(r -> extension.firstDay(r) >= 0).count();
        assertTrue(extended >= 1, "the zone never extends");
        double cap = parameters.israel().extensionCap();
        double mean = 0;
        for (MetricsTable run : runs) {
            for (int d = 0; d <= DAYS; d++) {
                double share = run.value(d, Metric.IDF_HELD_SHARE);
                assertTrue(share >= 0 && share <= cap + 1e-3, "held share " + share + " on day " + d);
                for (Metric m : Metric.all()) {
                    double v = run.value(d, m);
                    assertTrue(v >= 0, m + " negative on day " + d);
                    if (m.kind() == org.isfsim.model.metrics.MetricKind.SHARE) {
                        assertTrue(v <= 1, m + " above 1 on day " + d);
                    }
                }
            }
            mean += run.value(DAYS, Metric.IDF_HELD_SHARE) / SEEDS;
        }
        System.out.printf(Locale.ROOT, "baseline: %d of %d runs extend the zone; held share on day %d: mean %.3f%n",
                extended, SEEDS, DAYS, mean);
    }

    @Test
    void deathsBeforeTheIsfArrivesStayNearTheMinistrysCounts() {
        List<String> outside = new ArrayList<>();
        for (int[] target : MINISTRY) {
            double[] totals = new double[SEEDS];
            for (int i = 0; i < SEEDS; i++) {
                for (int d = 0; d <= target[0]; d++) {
                    totals[i] += runs.get(i).value(d, Metric.CIVILIAN_CASUALTIES);
                }
            }
            Arrays.sort(totals);
            double median = (totals[SEEDS / 2 - 1] + totals[SEEDS / 2]) / 2;
            String line = String.format(Locale.ROOT, "day %d: median %.0f (MoH %d, %+.0f %%)", target[0], median,
                    target[1], 100 * (median / target[1] - 1));
            System.out.println("baseline deaths " + line);
            if (Math.abs(median / target[1] - 1) > TOLERANCE) {
                outside.add(line);
            }
        }
        assertTrue(outside.isEmpty(), "outside ±40 %: " + outside);
    }
}
