package org.isfsim.model.params;

import java.io.Serializable;

/**
 * What civilians think of the three authorities over them (docs/sources.md#design-attitudes): the transitional
 * order (ISF, police, the new administration), Hamas and the armed groups, and Israel. Each agent's stance is
 * x = μ + σ·z + e in logit space, z a fixed predisposition ~ N(0, 1) (order and Hamas correlated), e an
 * experience stock that forgets with a half-life and takes the day's impulses seen from its cell; it supports
 * an authority when x &gt; 0. μ = σ·Φ⁻¹(initial share), so that the shares at day 0 are the polls'. A part of
 * the {@code civilians} section ({@code civilians.attitudes.*}).
 *
 * @param orderInitialSupport share supporting the transitional order at day 0
 * @param hamasInitialSupport share supporting Hamas at day 0
 * @param israelInitialSupport share supporting Israel at day 0
 * @param spread σ, the spread of predispositions in logit units (impulses are measured against it)
 * @param orderHamasCorrelation ρ between the predispositions towards the order and towards Hamas
 * @param memoryHalfLifeDays days in which an experience loses half its weight
 * @param israelPerIsraeliKilling stance towards Israel lost per person killed by Israeli fire in view
 * @param hamasPerIsraeliKilling stance towards Hamas gained per person killed by Israeli fire in view (rally)
 * @param hamasPerArmedGroupKilling stance towards Hamas lost per person killed by the armed groups in view
 * @param orderPerUnprotectedKilling stance towards the order lost per person killed in view while the order is present
 * @param orderPerAidDay stance towards the order gained a day at full aid relief (hardship at its floor)
 * @param orderPerPoliceDay stance towards the order gained a day with police present in view at saturation
 * @param orderPerTroopsDay stance towards the order gained a day with ISF troops present in view at saturation
 * @param presenceSaturationPeople police or troops in view at which their presence counts fully
 * @param hamasPerCoercionDay stance towards Hamas lost a day under full armed-group control (private resentment)
 * @param orderPerShortfallDay stance towards the order lost a day at a full shortfall of the agreed aid trucks
 * @param orderPerMissedDeadline stance towards the order lost, once, when a disarmament deadline passes unmet
 */
public record AttitudeParameters(
        @Slider(min = 0, max = 1) @Source("docs/sources.md#later-opinion PCPO 28 Sep-3 Oct 2025: 21 % strongly + 28 % partly for a multinational force") double orderInitialSupport,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#later-opinion PCPSR 22-25 Oct 2025: support for Hamas in Gaza 41 %") double hamasInitialSupport,
        @Slider(min = 0, max = 1) @Source("assumption: after two years of war very few Gazans back Israel; no stored poll asks; range 0.01-0.15") double israelInitialSupport,
        @Slider(min = 0.1, max = 5) @Source("assumption: the logit scale of opinion; range 0.5-3") double spread,
        @Slider(min = -1, max = 1) @Source("assumption: who backs Hamas tends to oppose a force that would disarm it (docs/sources.md#later-opinion 55 % against disarming); range -0.8-0") double orderHamasCorrelation,
        @Slider(min = 1, max = 730) @Source("assumption: grievances and gratitude fade over months; range 30-365") double memoryHalfLifeDays,
        @Source("docs/sources.md#design-attitudes Lyall, Blair & Imai 2013: harm by a side lowers support for it; assumption 0.02, range 0.005-0.1") double israelPerIsraeliKilling,
        @Source("docs/sources.md#design-attitudes Condra & Shapiro 2012, Lyall et al. 2013: harm by one side raises support for the other; assumption 0.003, range 0-0.02") double hamasPerIsraeliKilling,
        @Source("docs/sources.md#design-attitudes Condra & Shapiro 2012: civilians blame the side that kills them; assumption 0.02, range 0.005-0.1") double hamasPerArmedGroupKilling,
        @Source("docs/sources.md#design-attitudes a force that cannot protect loses credit (Kalyvas 2006); assumption 0.005, range 0-0.03") double orderPerUnprotectedKilling,
        @Source("docs/sources.md#design-attitudes Berman, Shapiro & Felter 2011: service provision wins support; assumption 0.002, range 0-0.01") double orderPerAidDay,
        @Source("docs/sources.md#design-attitudes local police are trusted more than foreign troops (DESIGN); assumption 0.006, range 0-0.02") double orderPerPoliceDay,
        @Source("docs/sources.md#design-attitudes assumption 0.002, half or less of the police's, range 0-0.01") double orderPerTroopsDay,
        @Source("assumption: about a company in view; range 20-1,000") double presenceSaturationPeople,
        @Source("docs/sources.md#design-attitudes coercion breeds private resentment (Kalyvas 2006); assumption 0.002, range 0-0.01") double hamasPerCoercionDay,
        @Source("docs/sources.md#design-attitudes a broken promise costs credit: the agreed 600 trucks a day (docs/sources.md#violations-and-aid); assumption 0.002, range 0-0.01") double orderPerShortfallDay,
        @Source("docs/sources.md#design-attitudes a missed deadline is a broken promise (docs/sources.md#ceasefire-dynamics); assumption 0.15, range 0-0.5") double orderPerMissedDeadline) implements Serializable {

    public AttitudeParameters {
        Check.range("civilians.attitudes.orderInitialSupport", orderInitialSupport, 0.001, 0.999);
        Check.range("civilians.attitudes.hamasInitialSupport", hamasInitialSupport, 0.001, 0.999);
        Check.range("civilians.attitudes.israelInitialSupport", israelInitialSupport, 0.001, 0.999);
        Check.range("civilians.attitudes.spread", spread, 0.01, 10.0);
        Check.range("civilians.attitudes.orderHamasCorrelation", orderHamasCorrelation, -0.99, 0.99);
        Check.range("civilians.attitudes.memoryHalfLifeDays", memoryHalfLifeDays, 1.0, 100_000.0);
        Check.range("civilians.attitudes.israelPerIsraeliKilling", israelPerIsraeliKilling, 0.0, 10.0);
        Check.range("civilians.attitudes.hamasPerIsraeliKilling", hamasPerIsraeliKilling, 0.0, 10.0);
        Check.range("civilians.attitudes.hamasPerArmedGroupKilling", hamasPerArmedGroupKilling, 0.0, 10.0);
        Check.range("civilians.attitudes.orderPerUnprotectedKilling", orderPerUnprotectedKilling, 0.0, 10.0);
        Check.range("civilians.attitudes.orderPerAidDay", orderPerAidDay, 0.0, 1.0);
        Check.range("civilians.attitudes.orderPerPoliceDay", orderPerPoliceDay, 0.0, 1.0);
        Check.range("civilians.attitudes.orderPerTroopsDay", orderPerTroopsDay, 0.0, 1.0);
        Check.range("civilians.attitudes.presenceSaturationPeople", presenceSaturationPeople, 1.0, 1_000_000.0);
        Check.range("civilians.attitudes.hamasPerCoercionDay", hamasPerCoercionDay, 0.0, 1.0);
        Check.range("civilians.attitudes.orderPerShortfallDay", orderPerShortfallDay, 0.0, 1.0);
        Check.range("civilians.attitudes.orderPerMissedDeadline", orderPerMissedDeadline, 0.0, 10.0);
    }

    public static AttitudeParameters defaults() {
        return new AttitudeParameters(0.49, 0.41, 0.05, 1.5, -0.5, 90.0,
                0.02, 0.003, 0.02, 0.005, 0.002, 0.006, 0.002, 200.0, 0.002, 0.002, 0.15);
    }
}
