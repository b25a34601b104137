package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricKind;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in scenario runs and keeps the model's invariants on every day: a contract test over
 * the whole catalogue, so a scenario added to {@code catalog.txt} is covered without a new test.
 * 30 days is enough for every scenario's first arrivals (the immediate deployment) and for the
 * Epstein mode's first outbursts, and keeps the class to a few seconds.
 */
class BuiltInScenariosTest {
    private static final int DAYS = 30;
    private static final long[] SEEDS = {1L, 20_251_010L};
    /** What the Epstein reference mode measures; every other column is a Gaza column, left empty. */
    private static final Set<Metric> EPSTEIN_MEASURED = EnumSet.of(Metric.ACTIVE_CIVILIANS_SHARE,
            Metric.DETAINED_SHARE);
    /** Generous head-room for review reinforcements over the pledged troops. */
    private static final int REINFORCEMENT_ALLOWANCE = 100_000;
    private static final int MAX_REPORTED = 20;

    static Stream<Arguments> scenariosAndSeeds() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : ScenarioCatalog.names()) {
            for (long seed : SEEDS) {
                cases.add(Arguments.of(name, seed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("scenariosAndSeeds")
    void runsThirtyDaysKeepingTheInvariantsEveryDay(String name, long seed) {
        Parameters parameters = ScenarioCatalog.load(name).resolve().withDays(DAYS);
        assertEquals(DAYS, parameters.timeline().days());
        MetricsTable table = Simulation.run(parameters, seed);
        assertEquals(DAYS + 1, table.recordedDays(), name + ": a row for every day from 0 to " + DAYS);

        boolean epstein = parameters.epstein().enabled();
        double troopCeiling = parameters.force().pledgedTroops() + (double) REINFORCEMENT_ALLOWANCE;
        List<String> violations = new ArrayList<>();
        for (int day = 0; day <= DAYS; day++) {
            for (Metric metric : Metric.all()) {
                double value = table.value(day, metric);
                String where = String.format(Locale.ROOT, "day %d %s = %s", day, metric.column(), value);
                if (Double.isNaN(value)) {
                    if (!epstein) {
                        violations.add(where + ": the Gaza model measures every metric");
                    } else if (EPSTEIN_MEASURED.contains(metric)) {
                        violations.add(where + ": the Epstein mode measures this share");
                    }
                    continue;
                }
                if (epstein && !EPSTEIN_MEASURED.contains(metric)) {
                    violations.add(where + ": a Gaza column must be empty (NaN) in the Epstein mode");
                }
                if (Double.isInfinite(value)) {
                    violations.add(where + ": infinite");
                }
                if (value < 0) {
                    violations.add(where + ": negative");
                }
                if (metric.kind() == MetricKind.SHARE && value > 1) {
                    violations.add(where + ": a share above 1");
                }
                if (metric.kind() == MetricKind.FLAG && value != 0 && value != 1) {
                    violations.add(where + ": a flag other than 0 or 1");
                }
                if (metric.kind() == MetricKind.COUNT && value != Math.rint(value)) {
                    violations.add(where + ": a count that is not a whole number");
                }
                if (metric == Metric.ISF_TROOPS && value > troopCeiling) {
                    violations.add(where + ": more troops than pledged (" + parameters.force().pledgedTroops()
                            + ") plus " + REINFORCEMENT_ALLOWANCE);
                }
            }
        }
        assertTrue(violations.isEmpty(), name + " seed " + seed + ": " + violations.size() + " violations, first: "
                + violations.subList(0, Math.min(MAX_REPORTED, violations.size())));
    }

    @Test
    void theEpsteinScenarioIsInTheCatalogueAndRunsTheReferenceMode() {
        assertTrue(ScenarioCatalog.names().contains("epstein-civil-violence"), ScenarioCatalog.names().toString());
        assertTrue(ScenarioCatalog.load("epstein-civil-violence").resolve().epstein().enabled());
        assertFalse(ScenarioCatalog.load(ScenarioCatalog.DEFAULT).resolve().epstein().enabled(),
                "the baseline runs the Gaza model");
    }

    @Test
    void epsteinScenarioLeavesGazaColumnsEmptyAndMeasuresItsShares() {
        Parameters parameters = ScenarioCatalog.load("epstein-civil-violence").resolve().withDays(DAYS);
        for (long seed : SEEDS) {
            MetricsTable table = Simulation.run(parameters, seed);
            for (int day = 0; day <= DAYS; day++) {
                for (Metric metric : Metric.all()) {
                    double value = table.value(day, metric);
                    if (EPSTEIN_MEASURED.contains(metric)) {
                        assertFalse(Double.isNaN(value), metric.column() + " on day " + day);
                        assertTrue(value >= 0 && value <= 1, metric.column() + " on day " + day + ": " + value);
                    } else {
                        assertTrue(Double.isNaN(value), metric.column() + " on day " + day + " should be empty: "
                                + value);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedGivesTheSameRows(String name) {
        Parameters parameters = ScenarioCatalog.load(name).resolve().withDays(10);
        MetricsTable first = Simulation.run(parameters, 7);
        MetricsTable second = Simulation.run(parameters, 7);
        for (int day = 0; day <= 10; day++) {
            double[] a = first.row(day);
            double[] b = second.row(day);
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]),
                        name + " day " + day + " " + Metric.all().get(i).column());
            }
        }
    }

    static List<String> names() {
        return ScenarioCatalog.names();
    }
}
