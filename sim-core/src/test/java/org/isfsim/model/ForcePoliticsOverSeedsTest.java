package org.isfsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.experiment.Seeds;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Force generation as politics over {@value #SEEDS} seeds, run once and shared: the default world to the end
 * of the mandate with every contingent allowed to disarm and the armed groups not refusing to disarm
 * (docs/sources.md#design-force-politics). The figures are printed ("force politics: …") to be quoted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForcePoliticsOverSeedsTest {
    private static final int SEEDS = 20;
    private static final long BASE_SEED = 1;
    private static final int DAYS = 812;

    private final List<MetricsTable> runs = new ArrayList<>();

    @BeforeAll
    void runTheSeeds() throws InterruptedException {
        Parameters p = Parameters.defaults().withDays(DAYS).with("insurgency.refusesDisarmament", false);
        for (int i = 0; i < p.force().pledges().size(); i++) {
            p = p.with("force.pledges." + i + ".mayDisarm", true);
        }
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 1; r <= SEEDS; r++) {
            specs.add(new RunSpec(r, "disarm-all", r, Seeds.forRun(BASE_SEED, r), List.of(), p));
        }
        List<String> failures = new ArrayList<>();
        MetricsTable[] tables = new MetricsTable[SEEDS];
        new ExperimentRunner(2).run(specs, (RunResult result) -> {
            if (result.isOk()) {
                tables[result.spec().replication() - 1] = result.metrics();
            } else {
                failures.add(result.failure());
            }
        });
        assertTrue(failures.isEmpty(), failures.toString());
        runs.addAll(List.of(tables));
    }

    /**
     * With every contingent allowed to disarm, a nation withdraws in some runs but not in all: the per-event
     * review after deadly days and the cumulative tolerance together.
     */
    @Test
    void aNationWithdrawsInSomeRunsButNotAll() {
        int withdrew = 0;
        for (MetricsTable t : runs) {
            if (t.value(t.recordedDays() - 1, Metric.NATIONS_WITHDRAWN) > 0) {
                withdrew++;
            }
        }
        System.out.printf(Locale.ROOT, "force politics: a nation withdrew in %d of %d runs%n", withdrew, SEEDS);
        assertTrue(withdrew > 0 && withdrew < SEEDS, withdrew + " of " + SEEDS);
    }

    /**
     * ISF losses per 1,000 troop-years. UN missions that use force lose about 1 or more; this model's armed
     * groups attack too seldom to reach that (their posture and stand-off attacks are issue 14 point 2), so the
     * bound here is only that the force takes losses at all; the figure is printed.
     */
    @Test
    void theForceTakesLosses() {
        double troopDays = 0;
        double killed = 0;
        int withLosses = 0;
        for (MetricsTable t : runs) {
            double runKilled = 0;
            for (int day = 0; day < t.recordedDays(); day++) {
                troopDays += t.value(day, Metric.ISF_TROOPS_IN_GAZA);
                runKilled += t.value(day, Metric.ISF_CASUALTIES);
            }
            killed += runKilled;
            withLosses += runKilled > 0 ? 1 : 0;
        }
        double rate = 1_000 * killed / (troopDays / 365.0);
        System.out.printf(Locale.ROOT, "force politics: %.0f killed in %.0f troop-years: %.2f per 1,000 troop-years;"
                + " losses in %d of %d runs%n", killed, troopDays / 365.0, rate, withLosses, SEEDS);
        assertTrue(rate > 0.1, "killed per 1,000 troop-years: " + rate);
    }

    /**
     * Once Hamas does not refuse, the force enters in every run whose ceasefire has not collapsed first (a
     * collapse ends the mission before it begins), and never before the pledges' planned dates and lead time.
     */
    @Test
    void theForceEntersAfterItsPlannedDatesAndLeadTime() {
        int plannedFirst = Parameters.defaults().timeline().dayOf(java.time.LocalDate.of(2026, 4, 1));
        int lead = Parameters.defaults().deployment().leadDays();
        int entered = 0;
        for (MetricsTable t : runs) {
            int first = -1;
            int collapse = -1;
            for (int day = 0; day < t.recordedDays(); day++) {
                if (first < 0 && t.value(day, Metric.ISF_TROOPS_IN_GAZA) > 0) {
                    first = day;
                }
                if (collapse < 0 && t.value(day, Metric.CEASEFIRE_STATE) == 3) {
                    collapse = day;
                }
            }
            if (first >= 0) {
                entered++;
                assertTrue(first >= plannedFirst + lead, "first ISF in Gaza on day " + first);
            } else {
                assertTrue(collapse >= 0, "no ISF in Gaza, yet the ceasefire never collapsed");
            }
        }
        System.out.printf(Locale.ROOT, "force politics: the force entered in %d of %d runs%n", entered, SEEDS);
        assertTrue(entered >= SEEDS / 2, entered + " of " + SEEDS);
    }
}
