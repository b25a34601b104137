package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
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
 * The built-in scenarios differ from the baseline the way their definitions say. Each claim is a
 * comparison of means over {@value #SEEDS} seeds with a margin, and holds in a majority of seeds
 * paired by seed (replication r of every scenario gets the same seed). The figures are printed
 * ("contrast: …") so that they can be quoted.
 *
 * <p>Horizons are as short as the claims allow ({@code --set timeline.days=N}): {@value #HORIZON}
 * days (2026-11-14) for the force-size, disarmament and review claims, 200 for the immediate
 * deployment, and {@value #PAST_MANDATE_END} for the mandate's end (day 812 = 2027-12-31). The
 * baseline is run once, to {@value #PAST_MANDATE_END} days, and read at the day each claim needs.
 *
 * <p>Every scenario is run with its pledges arriving as planned ({@link #AS_PLANNED}: no nation waits for
 * disarmament, each decides on its planned day with no lead time, no shock), because these claims are about
 * what each scenario's definition changes once the troops come, not whether politics lets them come
 * (docs/sources.md#design-force-politics; that is tested in sim-core's ForcePoliticsOverSeedsTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioContrastTest {
    private static final int SEEDS = 10;
    private static final long BASE_SEED = 2026;
    private static final int THREADS = 2;
    private static final int HORIZON = 400;
    private static final int EARLY_HORIZON = 200;
    private static final int MANDATE_END_DAY = 812;
    private static final int PAST_MANDATE_END = 830;
    private static final int MAJORITY = SEEDS / 2 + 1;

    private static final String BASELINE = "draft-resolution";

    /** The deployment rules set so that every pledge arrives on its planned dates. */
    private static final List<String> AS_PLANNED = List.of("deployment.waitForDisarmament=[]",
            "deployment.decisionChancePerDay=1", "deployment.leadDays=0", "deployment.shocks=[]");

    private final Map<String, List<MetricsTable>> runs = new LinkedHashMap<>();

    @BeforeAll
    void runEveryScenarioOverTheSeeds() throws InterruptedException {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put(BASELINE, PAST_MANDATE_END);
        days.put("mandate-renewed", PAST_MANDATE_END);
        days.put("no-un-mandate", HORIZON);
        days.put("no-disarmament-role", HORIZON);
        days.put("turkey-included", HORIZON);
        days.put("resolution-2803", HORIZON);
        days.put("security-council-oversight", HORIZON);
        days.put("immediate-deployment", EARLY_HORIZON);

        List<RunSpec> specs = new ArrayList<>();
        for (Map.Entry<String, Integer> scenario : days.entrySet()) {
            // The contrasts measure the force's rules: the ceasefire may escalate but not collapse here (a
            // collapse ends the mission; CeasefireBaselineTest covers it).
            List<String> sets = new ArrayList<>(AS_PLANNED);
            sets.add("timeline.days=" + scenario.getValue());
            sets.add("ceasefire.stateThresholds=[8, 25, 100000]");
            // Nor do nations review their participation after deadly days: a withdrawal in one scenario and not
            // in the other, on the same seed, would swamp the differences of force size the contrasts measure.
            sets.add("deployment.withdrawalChancePerSoldierKilled=0");
            Parameters parameters = ScenarioCatalog.load(scenario.getKey()).resolve(sets);
            for (int replication = 1; replication <= SEEDS; replication++) {
                specs.add(new RunSpec(specs.size() + 1, scenario.getKey(), replication,
                        Seeds.forRun(BASE_SEED, replication), List.of(), parameters));
            }
            runs.put(scenario.getKey(), new ArrayList<>());
        }
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        new ExperimentRunner(THREADS).run(specs, (RunResult result) -> {
            if (result.isOk()) {
                runs.get(result.spec().scenario()).add(result.metrics());
            } else {
                failures.add(result.spec().scenario() + " #" + result.spec().replication() + ": " + result.failure());
            }
        });
        assertTrue(failures.isEmpty(), failures.toString());
        System.out.printf(Locale.ROOT, "contrast: %d runs on %d threads in %.1f s%n", specs.size(), THREADS,
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void noUnMandateFieldsFewerTroopsThanTheDraftResolution() {
        Comparison mean = compare("mean isf_troops, days 0-" + HORIZON, BASELINE, "no-un-mandate",
                t -> meanOver(t, Metric.ISF_TROOPS, 0, HORIZON));
        mean.assertFirstExceedsSecondBy(1_000);
        Comparison end = compare("isf_troops on day " + HORIZON, BASELINE, "no-un-mandate",
                t -> t.value(HORIZON, Metric.ISF_TROOPS));
        end.assertFirstExceedsSecondBy(5_000);
        assertEquals(0.0, end.meanSecond(), "no contingent requiring a mandate deploys without one");
    }

    @Test
    void noDisarmamentRoleEndsWithMoreInfrastructure() {
        Comparison c = compare("infrastructure_remaining (km) on day " + HORIZON, "no-disarmament-role", BASELINE,
                t -> t.value(HORIZON, Metric.INFRASTRUCTURE_REMAINING));
        c.assertFirstExceedsSecondBy(10);
        double dayZero = runs.get("no-disarmament-role").get(0).value(0, Metric.INFRASTRUCTURE_REMAINING);
        double idf = ScenarioCatalog.load("no-disarmament-role").resolve().israel().idfDemolitionKmPerDay();
        assertTrue(c.meanFirst() >= dayZero - idf * (HORIZON + 1) - 1e-9 && c.meanFirst() < dayZero,
                "only the IDF demolishes, inside its zone: " + c.meanFirst() + " of " + dayZero);
    }

    @Test
    void turkeyIncludedFieldsMoreTroops() {
        compare("mean isf_troops, days 0-" + HORIZON, "turkey-included", BASELINE,
                t -> meanOver(t, Metric.ISF_TROOPS, 0, HORIZON)).assertFirstExceedsSecondBy(1_000);
        compare("isf_troops on day " + HORIZON, "turkey-included", BASELINE,
                t -> t.value(HORIZON, Metric.ISF_TROOPS)).assertFirstExceedsSecondBy(3_000);
    }

    @Test
    void immediateDeploymentHasTroopsEarlierAndLessArmedControl() {
        Comparison troops = compare("isf_troops on day 120", "immediate-deployment", BASELINE,
                t -> t.value(120, Metric.ISF_TROOPS));
        troops.assertFirstExceedsSecondBy(5_000);
        assertEquals(0.0, troops.meanSecond(), "the draft resolution has no troops in the strip on day 120");
        compare("militant_control_share on day " + EARLY_HORIZON, BASELINE, "immediate-deployment",
                t -> t.value(EARLY_HORIZON, Metric.MILITANT_CONTROL_SHARE)).assertFirstExceedsSecondBy(0.05);
    }

    @Test
    void reportingReviewsReinforceTheForce() {
        ToDoubleFunction<MetricsTable> troops = t -> t.value(HORIZON, Metric.ISF_TROOPS);
        compare("isf_troops on day " + HORIZON + " (six-monthly reviews)", "resolution-2803", BASELINE, troops)
                .assertFirstExceedsSecondBy(500);
        compare("isf_troops on day " + HORIZON + " (monthly vs six-monthly reviews)", "security-council-oversight",
                "resolution-2803", troops).assertFirstExceedsSecondBy(2_000);
        compare("mean isf_troops, days 0-" + HORIZON + " (monthly reviews)", "security-council-oversight", BASELINE,
                t -> meanOver(t, Metric.ISF_TROOPS, 0, HORIZON)).assertFirstExceedsSecondBy(1_000);
    }

    @Test
    void renewedMandateStaysInForceAfterTheEndOf2027() {
        Comparison active = compare("share of days 813-" + PAST_MANDATE_END + " with mandate_active = 1",
                "mandate-renewed", BASELINE, t -> meanOver(t, Metric.MANDATE_ACTIVE, MANDATE_END_DAY + 1,
                        PAST_MANDATE_END));
        // The baseline's renewal is a political draw (renewed in some seeds), so only the mean is compared.
        assertTrue(active.meanFirst() > active.meanSecond(), active.toString());
        for (MetricsTable table : runs.get("mandate-renewed")) {
            for (int day = MANDATE_END_DAY; day <= PAST_MANDATE_END; day++) {
                assertEquals(1.0, table.value(day, Metric.MANDATE_ACTIVE), "mandate-renewed, day " + day);
            }
        }
        for (MetricsTable table : runs.get(BASELINE)) {
            assertEquals(1.0, table.value(MANDATE_END_DAY, Metric.MANDATE_ACTIVE),
                    "the mandate is in force on its last day, 2027-12-31");
        }
        long endedWithoutRenewal = runs.get(BASELINE).stream()
                .filter(t -> t.value(PAST_MANDATE_END, Metric.MANDATE_ACTIVE) == 0).count();
        System.out.printf(Locale.ROOT, "contrast: %s mandate over on day %d in %d/%d seeds%n", BASELINE,
                PAST_MANDATE_END, endedWithoutRenewal, SEEDS);
        assertTrue(endedWithoutRenewal > 0 && endedWithoutRenewal < SEEDS,
                "the Council's renewal is a political draw: renewed in some seeds, not in all");
    }

    private Comparison compare(String what, String first, String second, ToDoubleFunction<MetricsTable> measure) {
        double[] a = runs.get(first).stream().mapToDouble(measure).toArray();
        double[] b = runs.get(second).stream().mapToDouble(measure).toArray();
        assertEquals(SEEDS, a.length, first);
        assertEquals(SEEDS, b.length, second);
        Comparison comparison = new Comparison(what, first, second, a, b);
        System.out.println(comparison);
        return comparison;
    }

    private static double meanOver(MetricsTable table, Metric metric, int fromDay, int toDay) {
        double sum = 0;
        for (int day = fromDay; day <= toDay; day++) {
            sum += table.value(day, metric);
        }
        return sum / (toDay - fromDay + 1);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** One measure of two scenarios over the same seeds. */
    private record Comparison(String what, String first, String second, double[] a, double[] b) {
        double meanFirst() {
            return mean(a);
        }

        double meanSecond() {
            return mean(b);
        }

        int seedsWhereFirstExceedsSecond() {
            int count = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] > b[i]) {
                    count++;
                }
            }
            return count;
        }

        void assertFirstExceedsSecondBy(double margin) {
            assertTrue(meanFirst() - meanSecond() >= margin, String.format(Locale.ROOT,
                    "%s: mean %s - mean %s should be at least %s; %s", what, first, second, margin, this));
            assertTrue(seedsWhereFirstExceedsSecond() >= MAJORITY, String.format(Locale.ROOT,
                    "%s: %s should exceed %s in a majority of seeds; %s", what, first, second, this));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "contrast: %s: %s mean %.4f (min %.4f, max %.4f) vs %s mean %.4f"
                    + " (min %.4f, max %.4f); %s higher in %d/%d seeds", what, first, meanFirst(), min(a), max(a),
                    second, meanSecond(), min(b), max(b), first, seedsWhereFirstExceedsSecond(), a.length);
        }

        private static double min(double[] values) {
            double m = Double.POSITIVE_INFINITY;
            for (double v : values) {
                m = Math.min(m, v);
            }
            return m;
        }

        private static double max(double[] values) {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                m = Math.max(m, v);
            }
            return m;
        }
    }
}
