package org.isfsim.model.params;

import java.io.Serializable;
import java.util.List;

/**
 * How the armed groups act as actors with a strategy (issue 14 points 2 and 3): the posture each group
 * takes towards the force and what moves it, the stand-off attacks it makes, where it gathers, how its
 * control answers consent, and the flows of fighters and weapons in and out. A part of the
 * {@code insurgency} section ({@code insurgency.strategy.*}).
 *
 * @param initialPressure a group's grievance against the force at day 0, in the units of the thresholds below
 * @param pressureDecayPerDay share of a group's grievance forgotten each day
 * @param obstructAt grievance from which a group obstructs the force (below it, it tolerates)
 * @param fightAt grievance from which a group fights the force
 * @param pressurePerDisarmamentDay grievance a group gains for each day of demolition or cache seizure within its reach
 * @param pressurePerRaid grievance a group gains for each of its sites found within its reach (patrols, tips, intelligence)
 * @param pressurePerStrike grievance a group gains when an Israeli strike kills its fighters
 * @param pressurePerPresenceDay daily grievance at full foreign presence within reach (troops enough to
 *     secure the cell), while the leadership refuses disarmament and so rejects the force
 * @param pressurePerLostGroundDay daily grievance while the group's own cell is no longer under its authority
 * @param acceptedNations contributors whose contingents the groups accept more readily
 * @param acceptedPresenceFactor the share of the presence grievance an accepted nation's troops cause
 * @param standOffChanceObstruct daily chance that an obstructing group makes a stand-off attack on a unit within range
 * @param standOffChanceFight the same for a group that fights
 * @param standOffRangeKm how far from its base a group plants roadside bombs and fires on posts and convoys
 * @param killedPerStandOffAttack mean soldiers or officers killed in one stand-off attack
 * @param civiliansKilledPerStandOffAttack mean civilians killed in one stand-off attack
 * @param assaultShareObstruct the share of the direct-assault chance an obstructing group uses (a fighting group
 *     uses all of it, a tolerating one none)
 * @param assaultMaxFighters the most fighters that take part in one assault, however many are gathered within reach
 * @param gatherRadiusKm how far a group looks for ground it is losing or a disarmament operation to move to
 * @param moveKmPerDay how far a group moves in a day
 * @param consentLossPerDay how fast armed control falls where security forces are present, per unit of the legitimacy L of the order
 * @param lostGroundDesertionPerDay extra daily share of a group's fighters who leave while its cell is lost
 * @param desertionPerDay daily share of a group's fighters who leave the armed struggle
 * @param amnestyPerDay daily share of a group's fighters who take the plan's amnesty (point 6), handing over weapons
 * @param exilePerDay daily share of a group's fighters who take safe passage abroad (point 6)
 * @param processExitMultiplier how much amnesty and exile rise for a tolerating group while a disarmament
 *     process is under way
 * @param handoverPerDay daily share of a group's spare weapons it hands over, when it tolerates the force, its
 *     leadership does not refuse disarmament and a disarmament process is under way (point 13)
 * @param weaponsMadePerKmDay weapons made in workshops per km of intact tunnel per day
 * @param weaponsSmuggledPerKmDay weapons smuggled in per km of intact tunnel per day
 * @param weaponsFromOrdnancePerKmDay weapons made from unexploded ordnance per km of intact tunnel per day
 */
public record ArmedGroupStrategyParameters(
        @Slider(min = 0, max = 5) @Source("assumption: the groups reject the foreign force (docs/sources.md#resolution-2803 Hamas reaction) but no ISF is in the strip yet; one threshold of obstruction; range 0-3") double initialPressure,
        @Slider(min = 0, max = 0.5) @Source("assumption: a grievance fades over weeks; range 0.01-0.2 a day") double pressureDecayPerDay,
        @Slider(min = 0, max = 10) @Source("assumption: the scale of the grievance; range 0.5-2") double obstructAt,
        @Slider(min = 0, max = 20) @Source("assumption after Fjelde, Hultman & Lindberg Bromley 2016 (rebels attack peacekeepers who threaten their hold); range 2-6") double fightAt,
        @Slider(min = 0, max = 10) @Source("assumption: disarmament by force is the strongest provocation (docs/sources.md#hamas Disarmament stance: 'out of the question'); range 0.5-3") double pressurePerDisarmamentDay,
        @Slider(min = 0, max = 10) @Source("assumption: raids that find sites provoke less than demolition; range 0.1-1") double pressurePerRaid,
        @Slider(min = 0, max = 10) @Source("assumption: Israeli strikes on the group (docs/sources.md#later-hamas May 2026 strikes); range 0.5-3") double pressurePerStrike,
        @Slider(min = 0, max = 1) @Source("assumption: a force the leadership rejects is itself a grievance (docs/sources.md#resolution-2803 Hamas reaction); range 0-0.2") double pressurePerPresenceDay,
        @Slider(min = 0, max = 1) @Source("assumption after Kalyvas 2006 (a group fights for the ground it governs, docs/sources.md#hamas Governance west of the line); range 0-0.1") double pressurePerLostGroundDay,
        @Source("assumption: no stored source says which contributors Hamas accepts more readily; empty by default") List<String> acceptedNations,
        @Slider(min = 0, max = 1) @Source("assumption: an accepted nation's troops provoke half as much; range 0-1") double acceptedPresenceFactor,
        @Slider(min = 0, max = 0.2) @Source("assumption after Fjelde, Hultman & Lindberg Bromley 2016 and Hultman, Kathman & Shannon 2014; range 0.002-0.03") double standOffChanceObstruct,
        @Slider(min = 0, max = 0.5) @Source("assumption: several times the obstructing rate; range 0.02-0.15") double standOffChanceFight,
        @Slider(min = 0, max = 10) @Source("assumption: roadside bombs and fire within a few km of a base (docs/sources.md#hamas Weapons: small IEDs, anti-armour rounds); range 1-5") double standOffRangeKm,
        @Slider(min = 0, max = 5) @Source("assumption: an IED or ambush on a patrol kills fewer than one soldier on average; range 0.1-1.5") double killedPerStandOffAttack,
        @Slider(min = 0, max = 5) @Source("assumption; range 0-1") double civiliansKilledPerStandOffAttack,
        @Slider(min = 0, max = 1) @Source("assumption: obstruction avoids pitched fights; range 0-0.5") double assaultShareObstruct,
        @Slider(min = 1, max = 5000) @Source("docs/sources.md#hamas Doghmush clash: over 300 Hamas fighters stormed a block; range 100-1,000") int assaultMaxFighters,
        @Slider(min = 0, max = 20) @Source("assumption: about a district; range 2-10") double gatherRadiusKm,
        @Slider(min = 0, max = 10) @Source("assumption: on foot, through tunnels and ruins; range 0.25-3") double moveKmPerDay,
        @Slider(min = 0, max = 0.2) @Source("assumption after Kalyvas 2006 (people collaborate with a rival order where it is present and credible); range 0-0.1") double consentLossPerDay,
        @Slider(min = 0, max = 0.02) @Source("assumption after Kalyvas 2006 (a group that loses control loses its people); range 0-0.005") double lostGroundDesertionPerDay,
        @Slider(min = 0, max = 0.005) @Source("assumption: a few per cent a year leave; range 0-0.0005") double desertionPerDay,
        @Slider(min = 0, max = 0.005) @Source("assumption; docs/sources.md#peace-plan Pt 6: amnesty for members who give up their weapons; range 0-0.0002") double amnestyPerDay,
        @Slider(min = 0, max = 0.005) @Source("assumption; docs/sources.md#peace-plan Pt 6: safe passage for those who wish to leave; range 0-0.0001") double exilePerDay,
        @Slider(min = 1, max = 100) @Source("assumption; docs/sources.md#peace-plan Pt 13: buy-back and reintegration through an agreed process; range 2-20") double processExitMultiplier,
        @Slider(min = 0, max = 0.1) @Source("assumption; docs/sources.md#peace-plan Pt 13; docs/sources.md#later-hamas none handed over to mid-2026 (under refusal); range 0.002-0.03") double handoverPerDay,
        @Slider(min = 0, max = 0.1) @Source("assumption; docs/sources.md#peace-plan Pt 13 weapons workshops; range 0-0.03 per km a day") double weaponsMadePerKmDay,
        @Slider(min = 0, max = 0.1) @Source("assumption; docs/sources.md#peace-plan Pt 15 the force is to stop munitions coming in; range 0-0.02 per km a day") double weaponsSmuggledPerKmDay,
        @Slider(min = 0, max = 0.1) @Source("assumption; docs/sources.md#geography Unexploded ordnance: about 70,000 tonnes; range 0-0.03 per km a day") double weaponsFromOrdnancePerKmDay) implements Serializable {

    public ArmedGroupStrategyParameters {
        Check.range("insurgency.strategy.initialPressure", initialPressure, 0.0, 1_000.0);
        Check.range("insurgency.strategy.pressureDecayPerDay", pressureDecayPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.obstructAt", obstructAt, 0.0, 1_000.0);
        Check.range("insurgency.strategy.fightAt", fightAt, obstructAt, 1_000.0);
        Check.range("insurgency.strategy.pressurePerDisarmamentDay", pressurePerDisarmamentDay, 0.0, 1_000.0);
        Check.range("insurgency.strategy.pressurePerRaid", pressurePerRaid, 0.0, 1_000.0);
        Check.range("insurgency.strategy.pressurePerStrike", pressurePerStrike, 0.0, 1_000.0);
        Check.range("insurgency.strategy.pressurePerPresenceDay", pressurePerPresenceDay, 0.0, 1_000.0);
        Check.range("insurgency.strategy.pressurePerLostGroundDay", pressurePerLostGroundDay, 0.0, 1_000.0);
        acceptedNations = Check.entries("insurgency.strategy.acceptedNations", acceptedNations);
        Check.range("insurgency.strategy.acceptedPresenceFactor", acceptedPresenceFactor, 0.0, 1.0);
        Check.range("insurgency.strategy.standOffChanceObstruct", standOffChanceObstruct, 0.0, 1.0);
        Check.range("insurgency.strategy.standOffChanceFight", standOffChanceFight, 0.0, 1.0);
        Check.range("insurgency.strategy.standOffRangeKm", standOffRangeKm, 0.0, 50.0);
        Check.range("insurgency.strategy.killedPerStandOffAttack", killedPerStandOffAttack, 0.0, 100.0);
        Check.range("insurgency.strategy.civiliansKilledPerStandOffAttack", civiliansKilledPerStandOffAttack, 0.0, 100.0);
        Check.range("insurgency.strategy.assaultShareObstruct", assaultShareObstruct, 0.0, 1.0);
        Check.range("insurgency.strategy.assaultMaxFighters", assaultMaxFighters, 1, 1_000_000);
        Check.range("insurgency.strategy.gatherRadiusKm", gatherRadiusKm, 0.0, 50.0);
        Check.range("insurgency.strategy.moveKmPerDay", moveKmPerDay, 0.0, 50.0);
        Check.range("insurgency.strategy.consentLossPerDay", consentLossPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.lostGroundDesertionPerDay", lostGroundDesertionPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.desertionPerDay", desertionPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.amnestyPerDay", amnestyPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.exilePerDay", exilePerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.processExitMultiplier", processExitMultiplier, 1.0, 1_000.0);
        Check.range("insurgency.strategy.handoverPerDay", handoverPerDay, 0.0, 1.0);
        Check.range("insurgency.strategy.weaponsMadePerKmDay", weaponsMadePerKmDay, 0.0, 100.0);
        Check.range("insurgency.strategy.weaponsSmuggledPerKmDay", weaponsSmuggledPerKmDay, 0.0, 100.0);
        Check.range("insurgency.strategy.weaponsFromOrdnancePerKmDay", weaponsFromOrdnancePerKmDay, 0.0, 100.0);
    }

    public static ArmedGroupStrategyParameters defaults() {
        return new ArmedGroupStrategyParameters(1.0, 0.05, 1.0, 4.0, 1.0, 0.3, 1.0, 0.1, 0.04, List.of(), 0.5,
                0.003, 0.015, 3.0, 0.3, 0.2, 0.25, 300, 5.0, 1.0, 0.05, 0.001, 0.0001, 0.00005, 0.00002, 10.0, 0.01,
                0.01, 0.005, 0.01);
    }
}
