package org.isfsim.model.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.isfsim.model.israel.Israel;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.IsraelParameters;
import org.isfsim.model.params.MandateParameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;
import sim.field.grid.SparseGrid2D;

/**
 * The force roster (docs/sources.md#design-contingents): who is admitted, and a nation that withdraws once its losses
 * pass
 * its tolerance (5 % in the default pledges; {@code force.reinforcementCasualtyTolerance} for a nation
 * without a pledge).
 */
class ForceRosterTest {
    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,
            PopulationParameters.defaults().shelterPeoplePerKm2());
    private static final GridCell ENTRY = MAP.crossing(ForceParameters.defaults().entryCrossing());
    private static final Israel ISRAEL = new Israel(MAP, IsraelParameters.defaults(), MAP.heldZone());
    private static final Mandate MANDATE = new Mandate(MandateParameters.defaults());
    private static final LocalDate UNDER_MANDATE = LocalDate.of(2026, 5, 1);
    private static final LocalDate BEFORE_MANDATE = LocalDate.of(2025, 11, 1);

    private static Arrival arrival(String nation, int troops) {
        return new Arrival(nation, troops, 0, true, true, 0.05);
    }

    private static ForceRoster roster() {
        return new ForceRoster(ForceParameters.defaults(), new SparseGrid2D(MAP.width(), MAP.height()));
    }

    @Test
    void vetoedNationsAndThoseWithoutTheirMandateStayAway() {
        ForceRoster roster = roster();
        roster.admit(List.of(arrival("Turkey", 500), arrival("Kosovo", 500)), ENTRY, ISRAEL, MANDATE, BEFORE_MANDATE);
        assertTrue(roster.contingents().isEmpty(), "Turkey is vetoed; Kosovo needs the mandate");
        roster.admit(List.of(arrival("Turkey", 500), arrival("Kosovo", 500)), ENTRY, ISRAEL, MANDATE, UNDER_MANDATE);
        assertEquals(1, roster.contingents().size());
        assertEquals("Kosovo", roster.get(0).getNation());
        assertEquals(ENTRY, roster.get(0).getPosition());
        assertEquals(500, roster.troopsOnGround());
        assertEquals(1, roster.contingentsOnGround());
    }

    @Test
    void aNationWithdrawsAllItsContingentsOnceItsLossesPassItsTolerance() {
        ForceRoster roster = roster();
        roster.admit(List.of(arrival("Kosovo", 500), arrival("Albania", 500), arrival("Kosovo", 500)), ENTRY, ISRAEL,
                MANDATE, UNDER_MANDATE);
        Contingent first = roster.get(0);
        roster.recordLosses(first, first.takeCasualties(50));
        assertTrue(first.isOnGround(), "50 of 1,000 is 5 %, not more");
        roster.recordLosses(first, first.takeCasualties(1));
        assertFalse(roster.get(0).isOnGround());
        assertFalse(roster.get(2).isOnGround(), "every Kosovar contingent leaves");
        assertTrue(roster.get(1).isOnGround(), "Albania stays");
        assertEquals(500, roster.troopsOnGround());

        roster.admit(List.of(arrival("Kosovo", 500)), ENTRY, ISRAEL, MANDATE, UNDER_MANDATE);
        assertEquals(3, roster.contingents().size(), "a nation that withdrew sends no more");
    }

    @Test
    void reinforcementsHaveTheirOwnTolerance() {
        ForceRoster roster = roster();
        roster.admit(List.of(arrival("Reinforcements", 1_000)), ENTRY, ISRAEL, MANDATE, UNDER_MANDATE);
        Contingent reinforcements = roster.get(0);
        roster.recordLosses(reinforcements, reinforcements.takeCasualties(50));
        assertTrue(reinforcements.isOnGround());
        roster.recordLosses(reinforcements, reinforcements.takeCasualties(1));
        assertFalse(reinforcements.isOnGround(), "more than 5 % of 1,000 lost");
    }

    /** After a deadly day a nation reviews its participation: certain withdrawal at chance 1, none at chance 0. */
    @Test
    void aNationReviewsItsParticipationAfterADeadlyDay() {
        ForceRoster roster = roster();
        roster.admit(List.of(arrival("Kosovo", 500), arrival("Albania", 500), arrival("Kosovo", 500)), ENTRY, ISRAEL,
                MANDATE, UNDER_MANDATE);
        roster.recordLosses(roster.get(0), roster.get(0).takeCasualties(2));
        roster.reviewParticipation(0.0, new ec.util.MersenneTwisterFast(1));
        assertEquals(0, roster.nationsWithdrawn(), "chance 0: it stays");
        roster.reviewParticipation(1.0, new ec.util.MersenneTwisterFast(1));
        assertEquals(0, roster.nationsWithdrawn(), "the day's losses were reviewed once, then cleared");
        assertEquals(2, roster.nationsPresent());

        roster.recordLosses(roster.get(0), roster.get(0).takeCasualties(1));
        roster.reviewParticipation(1.0, new ec.util.MersenneTwisterFast(1));
        assertEquals(1, roster.nationsWithdrawn());
        assertTrue(roster.hasWithdrawn("Kosovo"));
        assertFalse(roster.get(0).isOnGround());
        assertFalse(roster.get(2).isOnGround(), "all its contingents leave");
        assertTrue(roster.get(1).isOnGround(), "Albania lost nobody and stays");
        assertEquals(1, roster.nationsPresent());
    }

    /** The chance to withdraw after a day with k killed is 1 - (1 - p)^k: 0.41 for p = 0.1 and k = 5. */
    @Test
    void theChanceToWithdrawGrowsWithTheSoldiersKilled() {
        int withdrew = 0;
        int trials = 2_000;
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(3);
        for (int i = 0; i < trials; i++) {
            ForceRoster roster = roster();
            roster.admit(List.of(arrival("Kosovo", 500)), ENTRY, ISRAEL, MANDATE, UNDER_MANDATE);
            roster.recordLosses(roster.get(0), roster.get(0).takeCasualties(5));
            roster.reviewParticipation(0.1, random);
            withdrew += roster.nationsWithdrawn();
        }
        assertEquals(1 - Math.pow(0.9, 5), withdrew / (double) trials, 0.03);
    }
}
