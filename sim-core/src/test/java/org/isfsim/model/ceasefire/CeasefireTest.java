package org.isfsim.model.ceasefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isfsim.model.params.CeasefireParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.TimelineParameters;
import org.junit.jupiter.api.Test;

/**
 * The ceasefire's state machine on scripted events (action-reaction after Richardson 1960): tension rises
 * with hostile events and decays in calm, the state follows thresholds with hysteresis and a minimum
 * dwell, a missed deadline counts only while the groups refuse, and collapse is absorbing.
 */
class CeasefireTest {
    /** A scripted day: the events since the last review. */
    private static final class Day implements CeasefireWorld {
        int violations;
        int idf;
        int isf;
        int strikes;
        boolean refuse = true;

        @Override
        public int violationsByArmedGroups() {
            return violations;
        }

        @Override
        public int idfSoldiersKilled() {
            return idf;
        }

        @Override
        public int isfSoldiersKilled() {
            return isf;
        }

        @Override
        public int israeliStrikes() {
            return strikes;
        }

        @Override
        public boolean armedGroupsRefuseDisarmament() {
            return refuse;
        }
    }

    /** Round numbers: decay one half, thresholds 10/30/60, step down below 0.5 of a threshold, dwell 2. */
    private static CeasefireParameters simple(List<LocalDate> deadlines, double grievance) {
        return Parameters.defaults().with("ceasefire", Map.ofEntries(
                Map.entry("tensionPerViolation", 1.0), Map.entry("tensionPerIdfKilled", 40.0),
                Map.entry("tensionPerIsfKilled", 20.0), Map.entry("tensionPerStrike", 0.0),
                Map.entry("tensionPerMissedDeadline", 12.0), Map.entry("disarmamentDeadlines", deadlines.stream().map(LocalDate::toString).toList()),
                Map.entry("deadlineGrievancePerDay", grievance), Map.entry("tensionDecayPerDay", 0.5),
                Map.entry("stateThresholds", List.of(10.0, 30.0, 60.0)), Map.entry("stepDownShare", 0.5),
                Map.entry("minDwellDays", 2))).ceasefire();
    }

    private static List<CeasefireState> run(Ceasefire ceasefire, List<Day> script) {
        List<CeasefireState> states = new ArrayList<>();
        for (int day = 0; day < script.size(); day++) {
            ceasefire.advance(day, script.get(day));
            states.add(ceasefire.state());
        }
        return states;
    }

    private static List<Day> calm(int days) {
        List<Day> script = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            script.add(new Day());
        }
        return script;
    }

    @Test
    void anIdfDeathEscalatesAndCalmBringsItBackOneStateAtATime() {
        Ceasefire ceasefire = new Ceasefire(simple(List.of(), 0), TimelineParameters.defaults());
        List<Day> script = calm(12);
        script.get(1).idf = 1;
        List<CeasefireState> states = run(ceasefire, script);
        assertEquals(CeasefireState.HOLDING, states.get(0));
        // tension 40 on day 1, then 20, 10, 5, 2.5 ...
        assertEquals(CeasefireState.ESCALATION, states.get(1));
        assertEquals(CeasefireState.ESCALATION, states.get(2), "dwells at least 2 days");
        assertEquals(CeasefireState.STRAINED, states.get(3), "10 < 0.5 x 30: one state down");
        assertEquals(CeasefireState.STRAINED, states.get(4), "dwells again before stepping down");
        assertEquals(CeasefireState.HOLDING, states.get(5), "below 0.5 x 10");
        assertEquals(CeasefireState.HOLDING, states.get(11));
        assertFalse(ceasefire.isCollapsed());
    }

    @Test
    void hysteresisKeepsTheStateFromFlickeringAtAThreshold() {
        Ceasefire ceasefire = new Ceasefire(simple(List.of(), 0), TimelineParameters.defaults());
        List<Day> script = calm(30);
        for (Day d : script) {
            d.violations = 6; // tension settles at 12, above 10 then never below 5
        }
        List<CeasefireState> states = run(ceasefire, script);
        int changes = 0;
        for (int i = 1; i < states.size(); i++) {
            if (states.get(i) != states.get(i - 1)) {
                changes++;
            }
        }
        assertEquals(CeasefireState.STRAINED, states.get(29));
        assertEquals(1, changes, "one change, holding to strained: " + states);
    }

    @Test
    void twoDeathsCloseTogetherCollapseTheCeasefireForGood() {
        Ceasefire ceasefire = new Ceasefire(simple(List.of(), 0), TimelineParameters.defaults());
        List<Day> script = calm(40);
        script.get(3).idf = 1;
        script.get(4).idf = 1; // 20 + 40 = 60
        List<CeasefireState> states = run(ceasefire, script);
        assertEquals(CeasefireState.ESCALATION, states.get(3));
        assertEquals(CeasefireState.COLLAPSE, states.get(4));
        assertEquals(4, ceasefire.collapseDay());
        for (int day = 4; day < 40; day++) {
            assertEquals(CeasefireState.COLLAPSE, states.get(day), "absorbing, day " + day);
        }
        assertTrue(ceasefire.isCollapsed());
    }

    @Test
    void advanceReportsTheCollapseOnlyOnItsDay() {
        Ceasefire ceasefire = new Ceasefire(simple(List.of(), 0), TimelineParameters.defaults());
        Day war = new Day();
        war.idf = 2;
        assertTrue(ceasefire.advance(0, war));
        assertFalse(ceasefire.advance(1, war));
        assertFalse(ceasefire.advance(2, new Day()));
    }

    @Test
    void anIsfDeathAndViolationsAddTensionByTheirWeights() {
        Ceasefire ceasefire = new Ceasefire(simple(List.of(), 0), TimelineParameters.defaults());
        Day day = new Day();
        day.isf = 1;
        day.violations = 3;
        ceasefire.advance(0, day);
        assertEquals(23.0, ceasefire.tension(), 1e-12);
        assertEquals(CeasefireState.STRAINED, ceasefire.state());
        ceasefire.advance(1, new Day());
        assertEquals(11.5, ceasefire.tension(), 1e-12, "calm halves it");
    }

    @Test
    void aMissedDeadlineCountsOnlyWhileTheGroupsRefuseAndLeavesAGrievance() {
        TimelineParameters timeline = TimelineParameters.defaults();
        LocalDate deadline = timeline.dateOf(5);
        Ceasefire refusing = new Ceasefire(simple(List.of(deadline), 6.0), timeline);
        List<CeasefireState> states = run(refusing, calm(30));
        assertEquals(CeasefireState.HOLDING, states.get(4));
        assertEquals(CeasefireState.STRAINED, states.get(5), "12 for the deadline and 6 of grievance");
        assertEquals(CeasefireState.STRAINED, states.get(29), "the grievance of 6 a day keeps tension at 12");
        assertEquals(12.0, refusing.tension(), 1e-6);
        assertEquals(1, refusing.deadlinesMissed());

        Ceasefire agreeing = new Ceasefire(simple(List.of(deadline), 6.0), timeline);
        List<Day> script = calm(30);
        script.forEach(d -> d.refuse = false);
        List<CeasefireState> kept = run(agreeing, script);
        assertEquals(CeasefireState.HOLDING, kept.get(29));
        assertEquals(0, agreeing.deadlinesMissed());
        assertEquals(0.0, agreeing.tension());
    }

    @Test
    void theStateSetsIsraelsTempoAndTheDangerToForces() {
        CeasefireParameters p = CeasefireParameters.defaults();
        Ceasefire ceasefire = new Ceasefire(p, TimelineParameters.defaults());
        assertEquals(1.0, ceasefire.dangerToForces());
        assertEquals(0.0, ceasefire.strikesPerDay());
        assertEquals(0.0, ceasefire.closureChancePerDay(), "no closures while the ceasefire holds");
        Day death = new Day();
        death.idf = 1;
        ceasefire.advance(0, death);
        assertEquals(CeasefireState.ESCALATION, ceasefire.state());
        assertEquals(p.dangerToForces().get(2), ceasefire.dangerToForces());
        assertEquals(p.strikesPerDay().get(2), ceasefire.strikesPerDay());
        assertEquals(p.strikeLethalityFactor().get(2), ceasefire.strikeLethalityFactor());
        assertEquals(p.lineFireFactor().get(2), ceasefire.lineFireFactor());
        assertEquals(p.closureChancePerDay(), ceasefire.closureChancePerDay());
        assertTrue(ceasefire.dangerToForces() > 1.0);
    }
}
