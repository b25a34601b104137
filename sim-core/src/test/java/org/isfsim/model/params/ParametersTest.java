package org.isfsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void defaultsHorizonIsTheEndOfTheMandate() {
        Parameters p = Parameters.defaults();
        assertEquals(LocalDate.of(2025, 10, 10), p.timeline().startDate());
        assertEquals(812, p.timeline().days());
        assertEquals(LocalDate.of(2027, 12, 31), p.timeline().dateOf(812));
        assertEquals(p.mandate().endDate(), p.timeline().dateOf(p.timeline().days()));
    }

    @Test
    void everyLeafParameterNamesItsSource() {
        List<String> missing = new ArrayList<>();
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            for (RecordComponent leaf : section.getType().getRecordComponents()) {
                Source source = leaf.getAnnotation(Source.class);
                if (source == null || source.value().isBlank()) {
                    missing.add(section.getName() + "." + leaf.getName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "parameters without @Source: " + missing);
        Parameters.defaults().force().pledges().forEach(p -> assertFalse(p.source().isBlank()));
        Parameters.defaults().police().trainingSites().forEach(s -> assertFalse(s.source().isBlank()));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheKeyAndTheRange() {
        Parameters d = Parameters.defaults();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> d.with("map.cellSizeMeters", 10));
        assertEquals("map.cellSizeMeters: 10 is out of range; allowed 50..2000", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> d.with("map.idfHeldShare", 1.5));
        assertTrue(e.getMessage().startsWith("map.idfHeldShare: 1.5"), e.getMessage());
        assertRefused("map.idfHeldShare", d, Double.NaN);
        assertRefused("timeline.days", d, 0);
        assertRefused("population.residents", d, -1);
        assertRefused("mandate.endDate", d.with("mandate.authorisedDate", LocalDate.of(2026, 1, 1)),
                LocalDate.of(2025, 1, 1));
        assertRefused("force.pledges.0.fullStrength", d, LocalDate.of(2026, 3, 1));
        assertRefused("force.pledges.0.nation", d, " ");
        assertRefused("force.pledges.0.casualtyTolerance", d, 1.5);
    }

    /** {@code key} set to {@code value} in {@code parameters} is refused by a message that starts with the key. */
    private static void assertRefused(String key, Parameters parameters, Object value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parameters.with(key, value));
        assertTrue(e.getMessage().startsWith(key + ":") || e.getMessage().startsWith(key + " ("), e.getMessage());
    }

    @Test
    void sectorOrderMustBeDistinctAndNonEmpty() {
        Parameters d = Parameters.defaults();
        assertRefused("force.sectorOrder", d, List.of());
        assertRefused("force.sectorOrder", d, List.of(d.force().sectorOrder().get(0), d.force().sectorOrder().get(0)));
    }

    @Test
    void decisionTimeGrowsWithMembersAndWithoutUnifiedCommand() {
        CoordinationParameters base = CoordinationParameters.defaults();
        assertEquals(1.0 + 0.25 * 4, base.decisionDays(), 1e-12);
        assertEquals(2.5, base.decisionDays(60), 1e-12);
        CoordinationParameters national = Parameters.defaults().with("coordination.unifiedCommand", false)
                .coordination();
        assertEquals(4.0, national.decisionDays(), 1e-12);
        assertEquals(30, base.tasksPerDay(60));
    }

    @Test
    void mandateIsActiveFromAdoptionToItsEndInclusive() {
        MandateParameters m = MandateParameters.defaults();
        assertFalse(m.activeOn(LocalDate.of(2025, 11, 16)));
        assertTrue(m.activeOn(LocalDate.of(2025, 11, 17)));
        assertTrue(m.activeOn(LocalDate.of(2027, 12, 31)));
        assertFalse(m.activeOn(LocalDate.of(2028, 1, 1)));
    }

    @Test
    void pledgedTroopsAddUp() {
        assertEquals(16_500, ForceParameters.defaults().pledgedTroops());
    }

    @Test
    void membershipFollowsTheCitedCounts() {
        CoordinationParameters c = CoordinationParameters.defaults();
        assertEquals(40, c.membersOn(LocalDate.of(2025, 10, 10)));
        assertEquals(34, c.membersOn(LocalDate.of(2025, 10, 30)));
        assertEquals(50, c.membersOn(LocalDate.of(2025, 11, 30)));
        assertEquals(60, c.membersOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void israelVetoesTurkeyAndPakistanUnlessLifted() {
        IsraelParameters d = IsraelParameters.defaults();
        assertTrue(d.vetoes("Turkey"));
        assertTrue(d.vetoes("Pakistan"));
        assertFalse(d.vetoes("Indonesia"));
        IsraelParameters lifted = Parameters.defaults().with("israel.vetoLifted", true).israel();
        assertFalse(lifted.vetoes("Turkey"));
        InvalidInputException growing = assertThrows(InvalidInputException.class,
                () -> Parameters.defaults().with("israel.withdrawalShares", List.of(0.4, 0.53)));
        assertTrue(growing.getMessage().contains("never grow"), growing.getMessage());
    }
}
