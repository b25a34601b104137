package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

/**
 * Force generation as politics (docs/sources.md#design-force-politics), on hand-made situations: a fake of the
 * {@link DeploymentConditions} port, one or two pledges, and the day-by-day {@link ForceGeneration#step}.
 */
class DeploymentPoliticsTest {
    private static final TimelineParameters TIMELINE = TimelineParameters.defaults();
    private static final LocalDate PLANNED = LocalDate.of(2026, 5, 1);
    private static final int PLANNED_DAY = TIMELINE.dayOf(PLANNED);

    /** The world as the test sets it: mandate, Israel's approval, the armed groups' stance, withdrawals. */
    private static final class World implements DeploymentConditions {
        boolean mandate = true;
        boolean approves = true;
        boolean refuses = true;
        final Set<String> withdrawn = new HashSet<>();

        @Override
        public boolean mandateInForce(LocalDate date) {
            return mandate;
        }

        @Override
        public boolean israelApproves(String nation) {
            return approves;
        }

        @Override
        public boolean armedGroupsRefuseDisarmament() {
            return refuses;
        }

        @Override
        public boolean nationWithdrawn(String nation) {
            return withdrawn.contains(nation);
        }
    }

    private static Map<String, Object> pledge(String nation, int troops) {
        return Map.of("nation", nation, "troops", troops, "firstArrival", PLANNED, "fullStrength", PLANNED,
                "requiresUnMandate", true, "mayDisarm", false, "casualtyTolerance", 0.05, "source", "assumption");
    }

    /**
     * Indonesia (which waits for disarmament) and Kosovo (which does not), 800 troops each; nations decide on
     * the first day their conditions hold, need 10 days of lead time, and never suspend or resume by chance; no
     * shock; plus the settings given.
     */
    private static Parameters base(Object... keyValues) {
        Parameters p = Parameters.defaults().with("force.battalionSize", 800)
                .with("force.pledges", List.of(pledge("Indonesia", 800), pledge("Kosovo", 800)))
                .with("deployment.waitForDisarmament", List.of("Indonesia"))
                .with("deployment.decisionChancePerDay", 1.0).with("deployment.leadDays", 10)
                .with("deployment.suspensionChancePerDay", 0.0).with("deployment.resumptionChancePerDay", 0.0)
                .with("deployment.shocks", List.of());
        for (int i = 0; i < keyValues.length; i += 2) {
            p = p.with((String) keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static ForceGeneration generation(Parameters p) {
        return new ForceGeneration(p.force(), p.deployment(), TIMELINE);
    }

    /** Steps days {@code from..to} and returns the first day each nation's troops are due, by nation. */
    private static Map<String, Integer> run(ForceGeneration g, World world, int from, int to,
            MersenneTwisterFast random, Map<String, Integer> firstDue) {
        for (int day = from; day <= to; day++) {
            g.step(day, TIMELINE.dateOf(day), world, random);
            for (Arrival a : g.arrivalsDue(day)) {
                firstDue.putIfAbsent(a.nation(), day);
            }
        }
        return firstDue;
    }

    private static Deployment of(ForceGeneration g, String nation) {
        return g.deployments().stream().filter(d -> d.nation().equals(nation)).findFirst().orElseThrow();
    }

    @Test
    void aPledgeWaitsWhileHamasRefusesAndDeploysWhenItDoesNot() {
        ForceGeneration g = generation(base());
        World world = new World();
        Map<String, Integer> due = run(g, world, 0, PLANNED_DAY + 200, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertEquals(Map.of("Kosovo", PLANNED_DAY + 10), due, "Kosovo decides on its planned day, enters 10 days on;"
                + " Indonesia waits while the groups refuse to disarm");
        assertEquals(DeploymentStatus.WAITING, of(g, "Indonesia").status());

        world.refuses = false;
        run(g, world, PLANNED_DAY + 201, PLANNED_DAY + 300, new MersenneTwisterFast(1), due);
        assertEquals(PLANNED_DAY + 211, due.get("Indonesia"), "decides the day Hamas no longer refuses, enters 10 days on");
    }

    @Test
    void noDecisionIsDrawnBeforeThePlannedDay() {
        ForceGeneration g = generation(base("deployment.decisionChancePerDay", 0.5));
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        MersenneTwisterFast untouched = new MersenneTwisterFast(7);
        run(g, new World(), 0, PLANNED_DAY - 1, random, new java.util.HashMap<>());
        assertEquals(untouched.nextDouble(), random.nextDouble(), "the random stream is untouched before any plan");
    }

    @Test
    void aShockPausesDecisionsAndHoldsEntries() {
        LocalDate start = PLANNED.plusDays(5);
        LocalDate end = PLANNED.plusDays(40);
        Parameters p = base("deployment.shocks", List.of(Map.of("name", "regional war", "start", PLANNED.minusDays(10),
                "end", PLANNED.plusDays(20), "source", "assumption")));
        Map<String, Integer> due = run(generation(p), new World(), 0, PLANNED_DAY + 100, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertEquals(PLANNED_DAY + 31, due.get("Kosovo"), "decides the day after the shock, enters 10 days later");

        Parameters midway = base("deployment.shocks", List.of(Map.of("name", "regional war", "start", start,
                "end", end, "source", "assumption")));
        due = run(generation(midway), new World(), 0, PLANNED_DAY + 100, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertEquals(PLANNED_DAY + 10 + 36, due.get("Kosovo"), "the lead time stops for the 36 days of the shock");
    }

    @Test
    void violenceAboveTheThresholdHoldsEveryNation() {
        ForceGeneration g = generation(base("deployment.violenceWindowDays", 10,
                "deployment.violenceThresholdKilledPerDay", 5.0));
        World world = new World();
        for (int i = 0; i < 10; i++) {
            g.violence().record(6);
        }
        assertTrue(g.violence().tooViolent());
        Map<String, Integer> due = run(g, world, PLANNED_DAY, PLANNED_DAY + 50, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertTrue(due.isEmpty(), "6 killed a day > 5: nobody decides");
        for (int i = 0; i < 5; i++) {
            g.violence().record(3);
        }
        assertEquals(4.5, g.violence().killedPerDay(), 1e-12, "five days of 6 and five of 3");
        run(g, world, PLANNED_DAY + 51, PLANNED_DAY + 100, new MersenneTwisterFast(1), due);
        assertEquals(PLANNED_DAY + 61, due.get("Kosovo"));
    }

    @Test
    void aDatedSuspensionHoldsUntilANationResumes() {
        Parameters p = base("deployment.decisions", List.of(
                Map.of("nation", "Kosovo", "date", PLANNED.minusDays(14), "action", "SUSPEND", "source", "test"),
                Map.of("nation", "Kosovo", "date", PLANNED.plusDays(30), "action", "RESUME", "source", "test")));
        ForceGeneration g = generation(p);
        World world = new World();
        Map<String, Integer> due = run(g, world, 0, PLANNED_DAY + 29, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertTrue(due.isEmpty());
        assertEquals(DeploymentStatus.SUSPENDED, of(g, "Kosovo").status());
        assertEquals(1, g.suspended());
        run(g, world, PLANNED_DAY + 30, PLANNED_DAY + 100, new MersenneTwisterFast(1), due);
        assertEquals(PLANNED_DAY + 30 + 10, due.get("Kosovo"), "resumed, decided at once, entered after the lead");
        assertEquals(0, g.suspended());
    }

    @Test
    void aNationSuspendsByChanceWhileItsConditionsFailAndResumesByChanceWhenTheyHold() {
        ForceGeneration g = generation(base("deployment.suspensionChancePerDay", 1.0,
                "deployment.resumptionChancePerDay", 1.0, "deployment.decisionChancePerDay", 0.0));
        World world = new World();
        world.mandate = false;
        run(g, world, PLANNED_DAY, PLANNED_DAY, new MersenneTwisterFast(1), new java.util.HashMap<>());
        assertEquals(DeploymentStatus.SUSPENDED, of(g, "Kosovo").status(), "no mandate: suspended");
        assertEquals(2, g.suspended());
        world.mandate = true;
        run(g, world, PLANNED_DAY + 1, PLANNED_DAY + 1, new MersenneTwisterFast(1), new java.util.HashMap<>());
        assertEquals(DeploymentStatus.WAITING, of(g, "Kosovo").status(), "mandate back: resumed");
        assertEquals(DeploymentStatus.SUSPENDED, of(g, "Indonesia").status(),
                "Indonesia's condition still fails (the groups refuse): it stays suspended");
    }

    @Test
    void aCommitmentSkipsTheDrawButNotTheLeadTimeOrTheConditions() {
        Parameters p = base("deployment.decisionChancePerDay", 0.0, "deployment.decisions", List.of(
                Map.of("nation", "Kosovo", "date", PLANNED.plusDays(3), "action", "COMMIT", "source", "test")));
        World world = new World();
        world.approves = false;
        ForceGeneration g = generation(p);
        Map<String, Integer> due = run(g, world, 0, PLANNED_DAY + 50, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertTrue(due.isEmpty(), "committed, but Israel does not approve: the lead time does not run");
        assertEquals(DeploymentStatus.DECIDED, of(g, "Kosovo").status());
        world.approves = true;
        run(g, world, PLANNED_DAY + 51, PLANNED_DAY + 100, new MersenneTwisterFast(1), due);
        assertEquals(PLANNED_DAY + 60, due.get("Kosovo"));
    }

    @Test
    void aCommitmentBeforeThePlannedDayRunsItsLeadTimeFromTheDecision() {
        Parameters p = base("deployment.decisionChancePerDay", 0.0, "deployment.decisions", List.of(
                Map.of("nation", "Kosovo", "date", PLANNED.minusDays(30), "action", "COMMIT", "source", "test"),
                Map.of("nation", "Indonesia", "date", PLANNED.minusDays(5), "action", "COMMIT", "source", "test")),
                "deployment.waitForDisarmament", List.of());
        Map<String, Integer> due = run(generation(p), new World(), 0, PLANNED_DAY + 50, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertEquals(PLANNED_DAY, due.get("Kosovo"), "lead time run before the planned day: enters on it");
        assertEquals(PLANNED_DAY + 5, due.get("Indonesia"), "committed 5 days before: 10 days of lead time");
    }

    @Test
    void aWithdrawnNationSendsNothingMore() {
        ForceGeneration g = generation(base());
        World world = new World();
        world.withdrawn.add("Kosovo");
        Map<String, Integer> due = run(g, world, 0, PLANNED_DAY + 50, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertTrue(due.isEmpty());
        assertEquals(DeploymentStatus.WITHDRAWN, of(g, "Kosovo").status());
    }

    /** Reporting adds troops only from willing contributors: three reviews asking 1,000 each get 1,500 in all. */
    @Test
    void reinforcementsComeOnlyFromThePoolOfWillingContributors() {
        ForceGeneration g = generation(base("deployment.reinforcementPoolTroops", 1_500,
                "force.reinforcementLeadDays", 5, "force.reinforcementSpreadDays", 0));
        assertEquals(1_000, g.reinforceAfterReview(1_000, PLANNED_DAY + 30));
        assertEquals(500, g.reinforceAfterReview(1_000, PLANNED_DAY + 60));
        assertEquals(0, g.reinforceAfterReview(1_000, PLANNED_DAY + 90));
        assertEquals(1_500, g.reinforcementsGranted());
        assertEquals(0, g.reinforcementPoolLeft());
        World world = new World();
        int troops = 0;
        for (int day = 0; day <= PLANNED_DAY + 200; day++) {
            g.step(day, TIMELINE.dateOf(day), world, new MersenneTwisterFast(day));
            for (Arrival a : g.arrivalsDue(day)) {
                if (a.nation().equals(ForceGeneration.REINFORCEMENTS)) {
                    troops += a.troops();
                    assertTrue(day >= PLANNED_DAY + 35, "each after its review and lead time");
                }
            }
        }
        assertEquals(1_500, troops, "no more than the pool");
    }

    @Test
    void reinforcementsWaitLikeAnyContributorWhenTheyWaitForDisarmament() {
        ForceGeneration g = generation(base("deployment.waitForDisarmament", List.of("Reinforcements")));
        g.reinforceAfterReview(1_000, PLANNED_DAY);
        Map<String, Integer> due = run(g, new World(), 0, PLANNED_DAY + 300, new MersenneTwisterFast(1),
                new java.util.HashMap<>());
        assertTrue(!due.containsKey(ForceGeneration.REINFORCEMENTS), "the groups refuse: the reinforcements wait");
    }

    @Test
    void theDecisionChanceSetsTheMeanWait() {
        double sum = 0;
        int runs = 400;
        for (int seed = 0; seed < runs; seed++) {
            ForceGeneration g = generation(base("deployment.decisionChancePerDay", 0.05, "deployment.leadDays", 0));
            Map<String, Integer> due = run(g, new World(), PLANNED_DAY, PLANNED_DAY + 2_000,
                    new MersenneTwisterFast(seed), new java.util.HashMap<>());
            sum += due.get("Kosovo") - PLANNED_DAY;
        }
        double mean = sum / runs;
        assertEquals(19.0, mean, 3.0, "a geometric wait with chance 0.05 a day: (1 - p) / p = 19 days");
    }
}
