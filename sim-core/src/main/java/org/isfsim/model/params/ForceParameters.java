package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.Governorate;

/**
 * The International Stabilization Force: how pledges become battalion-sized contingents, where
 * they enter, how fast they move and patrol, and the order in which sectors are taken on.
 *
 * @param battalionSize troops in one contingent (a pledge is split into contingents of about this size)
 * @param entryCrossing where contingents enter the strip
 * @param moveKmPerDay how far a contingent travels in a day on its way to its sector
 * @param patrolKmPerDay how far a contingent patrols in a day inside its sector
 * @param troopsPerThousandResidents the troops a sector needs per 1,000 people living in it; until the force
 *     is that large, each sector's share of the force on hand follows its residents, and sectors open in order
 * @param sectorOrder the order in which sectors are taken on
 * @param demolitionKmPerDay tunnel a contingent allowed to disarm destroys in a day of demolition work
 * @param patrolDiscoveryChance daily chance a patrolling contingent finds a hidden site within reach
 * @param pledges the contributing nations' pledges
 * @param reinforcementLeadDays days from a mandate review that calls for reinforcements to the first of them arriving
 * @param reinforcementSpreadDays days over which the reinforcements of one review arrive, evenly spaced
 * @param reinforcementCasualtyTolerance the share of their troops reinforcements (and any nation without a
 *     pledge of its own) may lose before they are withdrawn
 */
public record ForceParameters(
        @Slider(min = 100, max = 2000) @Source("assumption: a battalion is 500-1,000 troops (docs/sources.md#design-contingents: battalion-sized units)") int battalionSize,
        @Source("docs/sources.md#isf-pledges Planned ISF base in southern Gaza; Indonesia's base SE of Rafah") Crossing entryCrossing,
        @Slider(min = 1, max = 100) @Source("assumption") double moveKmPerDay,
        @Slider(min = 0, max = 20) @Source("assumption") double patrolKmPerDay,
        @Slider(min = 1, max = 25) @Source("derived: 20,000 troops (docs/sources.md#isf-pledges Target size) over 2.13 million residents (docs/sources.md#geography Population (end 2025)) is 9.4; docs/sources.md#force-density Quinlivan 1995: 20 per 1,000 for a hard case, 2 for policing; range 2-20") double troopsPerThousandResidents,
        @Source("docs/sources.md#isf-pledges Concept of operations: deploy first in Rafah, then expand sector by sector") List<Governorate> sectorOrder,
        @Slider(min = 0, max = 2) @Source("assumption") double demolitionKmPerDay,
        @Slider(min = 0, max = 1) @Source("assumption") double patrolDiscoveryChance,
        @Source("docs/sources.md#isf-pledges pledges; each entry names its own source") List<Pledge> pledges,
        @Slider(min = 0, max = 180) @Source("assumption: a month to generate and move a battalion once a review calls for it; range 0-180") int reinforcementLeadDays,
        @Slider(min = 0, max = 365) @Source("assumption: one review's reinforcements arrive over a quarter; range 0-365") int reinforcementSpreadDays,
        @Slider(min = 0, max = 1) @Source("assumption: the 5 % the pledges assume for their own troops; range 0-1") double reinforcementCasualtyTolerance) implements Serializable {

    public ForceParameters {
        Check.range("force.battalionSize", battalionSize, 50, 5_000);
        Check.present("force.entryCrossing", entryCrossing);
        Check.range("force.moveKmPerDay", moveKmPerDay, 0.1, 200.0);
        Check.range("force.patrolKmPerDay", patrolKmPerDay, 0.0, 100.0);
        Check.range("force.troopsPerThousandResidents", troopsPerThousandResidents, 0.01, 1_000.0);
        Check.present("force.sectorOrder", sectorOrder);
        if (sectorOrder.isEmpty() || sectorOrder.stream().anyMatch(Objects::isNull)
                || sectorOrder.stream().distinct().count() != sectorOrder.size()) {
            throw new InvalidInputException("force.sectorOrder: " + sectorOrder
                    + " is not allowed; allowed: distinct governorates, at least one, from "
                    + List.of(Governorate.values()), "force.sectorOrder", null);
        }
        sectorOrder = List.copyOf(sectorOrder);
        Check.range("force.demolitionKmPerDay", demolitionKmPerDay, 0.0, 100.0);
        Check.range("force.patrolDiscoveryChance", patrolDiscoveryChance, 0.0, 1.0);
        pledges = Check.entries("force.pledges", pledges);
        Check.range("force.reinforcementLeadDays", reinforcementLeadDays, 0, 3_650);
        Check.range("force.reinforcementSpreadDays", reinforcementSpreadDays, 0, 3_650);
        Check.range("force.reinforcementCasualtyTolerance", reinforcementCasualtyTolerance, 0.0, 1.0);
    }

    public static ForceParameters defaults() {
        return new ForceParameters(800, Crossing.KEREM_SHALOM, 20.0, 2.0, 9.4,
                List.of(Governorate.RAFAH, Governorate.KHAN_YOUNIS, Governorate.DEIR_AL_BALAH,
                        Governorate.GAZA, Governorate.NORTH_GAZA),
                0.2, 0.05,
                List.of(
                        new Pledge("Indonesia", 8_000, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), true, false, 0.05,
                                "docs/sources.md#isf-pledges Indonesia: up to 8,000 (Feb 2026); 1,000 in April 2026,"
                                        + " ~8,000 by June; conditional on a UN mandate; medical and construction, not"
                                        + " combat, and reservations about disarming Hamas; tolerance: assumption"),
                        new Pledge("Morocco", 1_000, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), true, false, 0.05,
                                "docs/sources.md#isf-pledges Firm troop pledges (19 Feb 2026); Morocco: police,"
                                        + " trainers, officers for the joint command; troops, dates, tolerance:"
                                        + " assumption"),
                        new Pledge("Kazakhstan", 1_000, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), true, false, 0.05,
                                "docs/sources.md#isf-pledges Firm troop pledges (19 Feb 2026); Kazakhstan: troops and"
                                        + " medical units; troops, dates, tolerance: assumption"),
                        new Pledge("Kosovo", 500, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), true, true, 0.05,
                                "docs/sources.md#isf-pledges Firm troop pledges (19 Feb 2026); troops, dates,"
                                        + " disarmament role and tolerance: assumption"),
                        new Pledge("Albania", 500, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), true, true, 0.05,
                                "docs/sources.md#isf-pledges Firm troop pledges (19 Feb 2026); troops, dates,"
                                        + " disarmament role and tolerance: assumption"),
                        new Pledge("Turkey", 2_000, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), true, false,
                                0.05, "docs/sources.md#isf-pledges Turkey: ready to send thousands; Israel refuses"
                                        + " (vetoed unless israel.vetoLifted); size, dates, role, tolerance:"
                                        + " assumption"),
                        new Pledge("Pakistan", 3_500, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), true, false,
                                0.05, "docs/sources.md#isf-pledges Pakistan: 3,500 in an Israeli op-ed [U]; 'not to"
                                        + " disarm Hamas'; Israel says no (vetoed unless israel.vetoLifted); dates,"
                                        + " tolerance: assumption")),
                30, 90, 0.05);
    }

    /** Troops pledged by all nations together. */
    public int pledgedTroops() {
        return pledges.stream().mapToInt(Pledge::troops).sum();
    }
}
