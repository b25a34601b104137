package org.isfsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;
import org.junit.jupiter.api.Test;

/** {@link Parameters#with} and {@link Parameters#get}: one value by its dotted key, validated as a scenario file is. */
class ParametersByKeyTest {
    private static final Parameters D = Parameters.defaults();

    @Test
    void withChangesOneValueAndNothingElse() {
        Parameters p = D.with("force.battalionSize", 600);
        assertEquals(600, p.force().battalionSize());
        assertEquals(D.withForce(new ForceParameters(600, D.force().entryCrossing(), D.force().moveKmPerDay(),
                D.force().patrolKmPerDay(), D.force().troopsPerSector(), D.force().sectorOrder(),
                D.force().demolitionKmPerDay(), D.force().patrolDiscoveryChance(), D.force().pledges())), p);
        assertEquals(D, D.with("force.battalionSize", D.force().battalionSize()));
    }

    @Test
    void withTakesEveryKindOfValue() {
        assertEquals(0.25, D.with("police.vettingPassRate", 0.25).police().vettingPassRate());
        assertEquals(Crossing.ZIKIM, D.with("force.entryCrossing", Crossing.ZIKIM).force().entryCrossing());
        assertEquals(Crossing.ZIKIM, D.with("force.entryCrossing", "ZIKIM").force().entryCrossing());
        assertEquals(MandateParameters.Renewal.NEVER,
                D.with("mandate.renewal", MandateParameters.Renewal.NEVER).mandate().renewal());
        assertEquals(LocalDate.of(2028, 6, 30),
                D.with("mandate.endDate", LocalDate.of(2028, 6, 30)).mandate().endDate());
        assertEquals(false, D.with("coordination.unifiedCommand", false).coordination().unifiedCommand());
        assertEquals(List.of("Turkey"), D.with("israel.vetoedNations", List.of("Turkey")).israel().vetoedNations());
    }

    @Test
    void listEntriesAreReachedByIndex() {
        Parameters p = D.with("force.pledges.1.troops", 2_000);
        assertEquals(2_000, p.force().pledges().get(1).troops());
        assertEquals(D.force().pledges().get(0), p.force().pledges().get(0));
        Pledge first = D.force().pledges().get(0);
        assertEquals(first, D.get("force.pledges.0"));
        assertEquals(first.nation(), D.get("force.pledges.0.nation"));
    }

    @Test
    void aSectionTakesTheKeysItIsGiven() {
        Parameters p = D.with("map", java.util.Map.of("cellSizeMeters", 500));
        assertEquals(500, p.map().cellSizeMeters());
        assertEquals(D.map().idfHeldShare(), p.map().idfHeldShare());
    }

    @Test
    void getReadsTheTypedValue() {
        assertEquals(800, D.get("force.battalionSize"));
        assertEquals(D.force(), D.get("force"));
        assertEquals(D.israel().withdrawalShares(), D.get("israel.withdrawalShares"));
        assertEquals(0.53, D.get("israel.withdrawalShares.0"));
        assertEquals(D.mandate().renewal(), D.get("mandate.renewal"));
    }

    @Test
    void anOutOfRangeValueIsRefusedNamingTheKeyAndTheRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> D.with("force.battalionSize", -1));
        assertEquals("force.battalionSize: -1 is out of range; allowed 50..5000", e.getMessage());
        assertEquals("force.battalionSize", e.key());
        e = assertThrows(InvalidInputException.class, () -> D.with("force.pledges.2.troops", -5));
        assertEquals("force.pledges.2.troops (Kazakhstan): -5 is out of range; allowed 0..100000", e.getMessage());
        assertEquals("force.pledges.2.troops", e.key());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheNearestAndTheKeysAllowed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> D.with("map.cellSize", 100));
        assertEquals("unknown key 'map.cellSize' (did you mean 'map.cellSizeMeters'?); allowed: map.cellSizeMeters,"
                + " map.idfHeldShare", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> D.get("mapp.cellSizeMeters"));
        assertEquals("mapp", e.key());
        assertEquals("unknown key 'force.pledges.7.troops'; allowed indexes at force.pledges: 0..6",
                assertThrows(InvalidInputException.class, () -> D.get("force.pledges.7.troops")).getMessage());
        assertEquals("unknown key 'force.battalionSize.x'; force.battalionSize is a single value with no keys below it",
                assertThrows(InvalidInputException.class, () -> D.with("force.battalionSize.x", 1)).getMessage());
    }
}
