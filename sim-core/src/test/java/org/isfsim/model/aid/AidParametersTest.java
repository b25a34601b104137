package org.isfsim.model.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.params.AidParameters;
import org.isfsim.model.params.CrossingSchedule;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Source;
import org.junit.jupiter.api.Test;

class AidParametersTest {
    private static final AidParameters D = AidParameters.defaults();

    private static AidParameters withSchedule(List<CrossingSchedule> schedule) {
        return Parameters.defaults().with("aid.crossingSchedule", schedule).aid();
    }

    private static AidParameters withHardship(double floor, double ceiling, double initial) {
        return Parameters.defaults().with("aid", Map.of("hardshipFloor", floor, "hardshipCeiling", ceiling,
                "initialHardshipLevel", initial)).aid();
    }

    @Test
    void everyComponentAndScheduleEntryNamesItsSource() {
        for (RecordComponent component : AidParameters.class.getRecordComponents()) {
            Source source = component.getAnnotation(Source.class);
            assertTrue(source != null && !source.value().isBlank(), component.getName());
        }
        D.crossingSchedule().forEach(entry -> assertFalse(entry.source().isBlank()));
    }

    @Test
    void defaultsFollowTheFacts() {
        assertEquals(459, D.trucksPerDay());
        assertEquals(0.5, D.northShare());
        assertEquals(2_130_000 / 600, D.peopleServedPerTruck());
        LocalDate ceasefire = LocalDate.of(2025, 10, 10);
        assertEquals(0.6, D.scheduledShare(Crossing.KEREM_SHALOM, ceasefire));
        assertEquals(0.0, D.scheduledShare(Crossing.ZIKIM, LocalDate.of(2025, 11, 11)));
        assertTrue(D.scheduledShare(Crossing.ZIKIM, LocalDate.of(2025, 11, 12)) > 0.0);
        assertEquals(0.0, D.scheduledShare(Crossing.EREZ, LocalDate.of(2026, 6, 1)));
        assertEquals(0.0, D.scheduledShare(Crossing.RAFAH, LocalDate.of(2026, 6, 1)), "passengers only");
        assertTrue(D.divertedShareEscorted() < D.divertedShareUnescorted());
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> withHardship(1.6, 1.5, 1.5));
        assertTrue(e.getMessage().startsWith("aid.hardshipCeiling: 1.5 is out of range"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> withHardship(0.5, 1.5, 1.7));
        assertTrue(e.getMessage().startsWith("aid.initialHardshipLevel: 1.7"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 11, 12), null, 1.5, "assumption"));
        assertTrue(e.getMessage().startsWith("aid.crossingSchedule.truckShare (Zikim): 1.5"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new CrossingSchedule(Crossing.ZIKIM,
                LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 1), 0.2, "assumption"));
        assertThrows(InvalidInputException.class,
                () -> new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 11, 12), null, 0.2, " "));
    }

    @Test
    void overlappingPeriodsOfOneCrossingAreRefused() {
        CrossingSchedule first = new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 10, 10),
                LocalDate.of(2025, 12, 1), 0.2, "assumption");
        CrossingSchedule second = new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 12, 1), null, 0.2,
                "assumption");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> withSchedule(List.of(first, second)));
        assertTrue(e.getMessage().startsWith("aid.crossingSchedule: two periods of Zikim overlap"), e.getMessage());
        CrossingSchedule later = new CrossingSchedule(Crossing.ZIKIM, LocalDate.of(2025, 12, 2), null, 0.3,
                "assumption");
        AidParameters ok = withSchedule(List.of(first, later));
        assertEquals(0.2, ok.scheduledShare(Crossing.ZIKIM, LocalDate.of(2025, 12, 1)));
        assertEquals(0.3, ok.scheduledShare(Crossing.ZIKIM, LocalDate.of(2025, 12, 2)));
    }

    @Test
    void theDefaultsReadBackFromJson() throws Exception {
        ObjectMapper json = ParameterJson.json();
        String text = json.writeValueAsString(D);
        assertTrue(text.contains("\"openUntil\":null"), text);
        assertEquals(D, json.readValue(text, AidParameters.class));
    }
}
