package org.isfsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.isfsim.analysis.compare.TwoSampleComparison;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.police.PoliceUnitStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The claim of Hultman, Kathman and Shannon 2013 (docs/sources.md#force-density): more peacekeeping troops and
 * police, fewer civilians killed by the armed parties. Over 20 seeds, run once and shared, 220 days each, every
 * pledge arriving between 20 Oct and 1 Dec 2025, the ceasefire held and no nation reviewing its participation:
 * the force and police at full strength against the same with a tenth of each pledge's troops and a tenth of the
 * police. The model does not yet produce the claim (see the disabled test's note); the contrast is printed. The full-force runs also show the sectors widening to Gaza City and North Gaza (the concept of
 * operations, docs/sources.md#isf-pledges). The figures are printed ("hultman: …") to be quoted.
 */
class HultmanContrastTest {
    private static final int SEEDS = 20;
    private static final int DAYS = 220;
    private static final double SMALL = 0.1;
    private static final List<Governorate> NORTH = List.of(Governorate.GAZA, Governorate.NORTH_GAZA);

    private static MetricsTable[] full;
    private static MetricsTable[] small;
    /** Per full-force run: the first day ISF troops were on station in each governorate (absent: never). */
    private static List<Map<Governorate, Integer>> isfFirstDay;
    /** Per full-force run: the first day police were on duty in each governorate (absent: never). */
    private static List<Map<Governorate, Integer>> policeFirstDay;

    private record Run(MetricsTable table, Map<Governorate, Integer> isf, Map<Governorate, Integer> police) {
    }

    /** Every pledge arriving early with no wait for a UN mandate, its troops scaled by {@code scale}. */
    private static Parameters everyPledge(Parameters base, double scale) {
        Parameters changed = base;
        for (int i = 0; i < base.force().pledges().size(); i++) {
            int troops = (int) Math.round(base.force().pledges().get(i).troops() * scale);
            changed = changed.with("force.pledges." + i, Map.of("troops", troops,
                    "firstArrival", LocalDate.of(2025, 10, 20), "fullStrength", LocalDate.of(2025, 12, 1),
                    "requiresUnMandate", false));
        }
        return changed;
    }

    private static Run run(Parameters parameters, long seed) {
        Map<Governorate, Integer> isf = new EnumMap<>(Governorate.class);
        Map<Governorate, Integer> police = new EnumMap<>(Governorate.class);
        MetricsTable table = Simulation.run(parameters, seed, (state, day) -> {
            IsfModel model = (IsfModel) state;
            for (Governorate g : Governorate.values()) {
                if (model.forceRoster().onStationIn(g)) {
                    isf.putIfAbsent(g, day);
                }
            }
            model.policeUnits().stream().filter(u -> u.getStatus() == PoliceUnitStatus.DEPLOYED)
                    .forEach(u -> police.putIfAbsent(u.getPosting(), day));
        });
        return new Run(table, isf, police);
    }

    @BeforeAll
    static void runOnce() {
        Parameters base = PledgesAsPlanned.of(Parameters.defaults()).withDays(DAYS)
                // A collapse ends the mission and a nation's withdrawal after a deadly day shrinks one arm by
                // chance: the claim is about the size of the force, so neither happens here.
                .with("ceasefire.stateThresholds", List.of(1e4, 2e4, 3e4))
                .with("deployment.withdrawalChancePerSoldierKilled", 0.0);
        Parameters fullForce = everyPledge(base, 1.0);
        Parameters smallForce = everyPledge(base, SMALL)
                .with("police.targetOfficers", (int) Math.round(base.police().targetOfficers() * SMALL))
                .with("police.initialGraduates", (int) Math.round(base.police().initialGraduates() * SMALL));
        Run[] fullRuns = IntStream.range(0, SEEDS).parallel().mapToObj(s -> run(fullForce, 9_100 + s))
                .toArray(Run[]::new);
        small = IntStream.range(0, SEEDS).parallel().mapToObj(s -> Simulation.run(smallForce, 9_100 + s))
                .toArray(MetricsTable[]::new);
        full = Arrays.stream(fullRuns).map(Run::table).toArray(MetricsTable[]::new);
        isfFirstDay = Arrays.stream(fullRuns).map(Run::isf).toList();
        policeFirstDay = Arrays.stream(fullRuns).map(Run::police).toList();
    }

    private static double[] totals(MetricsTable[] tables, Metric metric) {
        double[] out = new double[tables.length];
        for (int s = 0; s < tables.length; s++) {
            for (int day = 0; day < tables[s].recordedDays(); day++) {
                out[s] += tables[s].value(day, metric);
            }
        }
        return out;
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    private static double standardError(double[] xs) {
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (xs.length - 1) / xs.length);
    }

    /**
     * Not yet produced by the model, so disabled rather than tuned: the full force sees about three times the
     * civilians killed by armed groups of a tenth of it (35 against 12 in 220 days, Mann-Whitney p &lt; 0.0001).
     * Armed groups kill civilians here only in the crossfire of their attacks on ISF and police (stand-off
     * attacks and assaults, {@code insurgency.Combat}), so more troops and police are more targets and more
     * crossfire; the model has no one-sided violence against civilians (reprisals, executions of alleged
     * collaborators, clan fighting) that a larger presence could deter, which is the mechanism behind
     * Hultman, Kathman and Shannon's finding. Enable once such a mechanism exists.
     */
    @Disabled("the model has no one-sided violence by armed groups for troops and police to deter; see the Javadoc")
    @Test
    void moreTroopsAndPoliceFewerCiviliansKilledByArmedGroups() {
        printContrast();
        double[] withFull = totals(full, Metric.CIVILIANS_KILLED_BY_ARMED_GROUPS);
        double[] withSmall = totals(small, Metric.CIVILIANS_KILLED_BY_ARMED_GROUPS);
        double troopsFull = mean(totals(full, Metric.ISF_TROOPS)) / DAYS;
        double troopsSmall = mean(totals(small, Metric.ISF_TROOPS)) / DAYS;
        double se = Math.hypot(standardError(withFull), standardError(withSmall));
        assertTrue(troopsFull > 5 * troopsSmall, "the arms differ in troops: " + troopsFull + " vs " + troopsSmall);
        // Fewer, beyond run-to-run noise: means more than 2 standard errors apart and a one-in-a-hundred
        // Mann-Whitney p (a margin over the usual 0.05).
        assertTrue(mean(withSmall) - mean(withFull) > 2 * se,
                "full " + mean(withFull) + " vs small " + mean(withSmall) + ", SE of the difference " + se);
        assertTrue(TwoSampleComparison.of(withFull, withSmall).pMannWhitney() < 0.01, "Mann-Whitney p");
    }

    /** Prints the contrast, to be quoted whether or not the claim holds. */
    private static void printContrast() {
        double[] withFull = totals(full, Metric.CIVILIANS_KILLED_BY_ARMED_GROUPS);
        double[] withSmall = totals(small, Metric.CIVILIANS_KILLED_BY_ARMED_GROUPS);
        double troopsFull = mean(totals(full, Metric.ISF_TROOPS)) / DAYS;
        double troopsSmall = mean(totals(small, Metric.ISF_TROOPS)) / DAYS;
        TwoSampleComparison c = TwoSampleComparison.of(withFull, withSmall);
        System.out.printf("hultman: civilians killed by armed groups in %d days, full force %.1f (SE %.1f, mean"
                + " troops %.0f) vs a tenth %.1f (SE %.1f, mean troops %.0f); difference %.1f [%.1f, %.1f],"
                + " Mann-Whitney p %.4f%n", DAYS, mean(withFull), standardError(withFull), troopsFull,
                mean(withSmall), standardError(withSmall), troopsSmall, c.diff(), c.diffLow(), c.diffHigh(),
                c.pMannWhitney());
    }

    @Test
    void theFullForceAndItsPoliceReachGazaCityAndNorthGaza() {
        printContrast();
        for (int s = 0; s < SEEDS; s++) {
            for (Governorate g : NORTH) {
                assertTrue(isfFirstDay.get(s).containsKey(g), "seed " + s + ": no ISF on station in " + g);
                assertTrue(policeFirstDay.get(s).containsKey(g), "seed " + s + ": no police on duty in " + g);
            }
        }
        StringBuilder line = new StringBuilder("hultman: first day on station in the full-force runs (median of "
                + SEEDS + ")");
        for (Governorate g : Governorate.values()) {
            line.append(String.format(" %s ISF %s police %s;", g, median(isfFirstDay, g), median(policeFirstDay, g)));
        }
        System.out.println(line);
    }

    private static String median(List<Map<Governorate, Integer>> firstDays, Governorate g) {
        int[] days = firstDays.stream().filter(m -> m.containsKey(g)).mapToInt(m -> m.get(g)).sorted().toArray();
        return days.length == 0 ? "never" : days.length < firstDays.size() ? days[days.length / 2] + " (in "
                + days.length + ")" : String.valueOf(days[days.length / 2]);
    }
}
