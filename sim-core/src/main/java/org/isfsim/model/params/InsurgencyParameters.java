package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The armed groups and their military infrastructure after the ceasefire: how many fighters and
 * weapons, how much tunnel is left, and how the groups reassert authority, recruit, attack and
 * violate the ceasefire (docs/sources.md#hamas "Hamas after the ceasefire").
 *
 * @param fighters fighters at day 0
 * @param weapons small arms held by the groups at day 0 (in hand or in caches)
 * @param fightersPerGroup fighters in one armed-group unit
 * @param tunnelKm tunnel length still intact at day 0
 * @param tunnelSegmentKm length of one infrastructure site (a tunnel segment with its shafts)
 * @param caches weapons caches at day 0
 * @param cachedWeaponsShare share of the weapons stored in caches rather than carried
 * @param initialControl armed-group control of each cell outside the IDF-held zone at day 0 (0..1)
 * @param controlGainPerDay how fast control grows where fighters are present and security is thin
 * @param controlLossPerDay how fast control falls where security forces are present
 * @param fightersToHold fighters within reach of a cell for full presence there
 * @param securityToSecure security personnel within reach of a cell to secure it fully
 * @param reachKm how far a group's fighters, and security forces, reach from where they are
 * @param recruitsPerRecruitablePersonDay daily chance that a recruitable civilian within reach joins a group
 * @param attackChancePerDay daily chance a group attacks a security unit within reach when the odds favour it
 * @param attackOdds fighters needed per effective defender before a group attacks
 * @param isfStrengthPerTroop combat strength of one ISF soldier relative to one fighter
 * @param policeStrengthPerOfficer combat strength of one police officer relative to one fighter
 * @param lethalityPerDay share of the opposing strength each side's engaged strength removes in a day of fighting
 * @param civilianCasualtiesPerIncident mean civilians killed in an attack or clash
 * @param violationChancePerGroupDay daily chance that a group in full control of its ground breaks the ceasefire
 *     (fire towards the IDF); scaled by the control it holds there
 * @param weaponsMoveChance chance a group moves a discovered cache's weapons before it is demolished
 * @param leakedWeaponsMoveChance the same chance when an infiltrated police unit in the governorate leaked the plan
 * @param authorityControl armed control above which a group holds authority over a cell (a secured cell has at most this)
 * @param securedPresence security presence within reach, as a share of {@code securityToSecure}, from which a cell
 *     with no armed authority counts as secured
 * @param refusesDisarmament whether the groups' leadership refuses to disarm (its declared stance, which
 *     contributors and Israel act on)
 * @param strategy the groups' posture, stand-off attacks, movement, consent and flows of fighters and weapons
 */
public record InsurgencyParameters(
        @Slider(min = 0, max = 50_000) @Source("docs/sources.md#hamas Fighters: ~20,000 (IDF, Oct 2025; Netanyahu); Israeli official: 10,000-20,000, The Media Line up to 25,000; range 10,000-25,000") int fighters,
        @Slider(min = 0, max = 150_000) @Source("docs/sources.md#hamas Fighters + rifles: ~60,000 rifles (Netanyahu; an Israeli political claim, the only figure); range assumed 20,000-60,000") int weapons,
        @Slider(min = 10, max = 1000) @Source("assumption; docs/sources.md#hamas Doghmush clash: 300+ fighters stormed a block") int fightersPerGroup,
        @Slider(min = 0, max = 1000) @Source("derived: 560-720 km (docs/sources.md#hamas Tunnels: total length) at 60-80% intact (Tunnels: remaining), midpoints 640 x 0.7") double tunnelKm,
        @Source("assumption") double tunnelSegmentKm,
        @Slider(min = 0, max = 1000) @Source("assumption") int caches,
        @Slider(min = 0, max = 1) @Source("assumption") double cachedWeaponsShare,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#hamas Governance west of the line: checkpoints, fees, executions; 13 of 25 municipalities operating by Feb-Mar 2026") double initialControl,
        @Slider(min = 0, max = 0.5) @Source("assumption; docs/sources.md#hamas ~7,000 militants redeployed in Oct 2025 to reassert control") double controlGainPerDay,
        @Slider(min = 0, max = 0.5) @Source("assumption") double controlLossPerDay,
        @Slider(min = 1, max = 1000) @Source("assumption") int fightersToHold,
        @Slider(min = 1, max = 5000) @Source("assumption: about one battalion within reach secures a cell") int securityToSecure,
        @Slider(min = 0, max = 5) @Source("assumption") double reachKm,
        @Source("assumption: set so that recruitment in observed-2025-26 runs at about the war's pace, 10,000-15,000 in 15 months or 22-33 a day (docs/sources.md#design-recruitment, US intelligence via Reuters); range 0.00005-0.0005") double recruitsPerRecruitablePersonDay,
        @Slider(min = 0, max = 1) @Source("assumption") double attackChancePerDay,
        @Slider(min = 0, max = 10) @Source("assumption") double attackOdds,
        @Slider(min = 0, max = 10) @Source("assumption: trained, equipped troops against lightly armed fighters (docs/sources.md#hamas Weapons)") double isfStrengthPerTroop,
        @Slider(min = 0, max = 10) @Source("assumption") double policeStrengthPerOfficer,
        @Slider(min = 0, max = 0.2) @Source("assumption (Lanchester square law, daily)") double lethalityPerDay,
        @Slider(min = 0, max = 20) @Source("assumption") double civilianCasualtiesPerIncident,
        @Slider(min = 0, max = 0.05) @Source("assumption; docs/sources.md#violations-and-aid: no official count of Hamas violations") double violationChancePerGroupDay,
        @Slider(min = 0, max = 1) @Source("assumption; Pt 13 of the plan: weapons decommissioned through an agreed process") double weaponsMoveChance,
        @Slider(min = 0, max = 1) @Source("assumption") double leakedWeaponsMoveChance,
        @Slider(min = 0, max = 1) @Source("assumption: a group holds a cell when its control passes one half; range 0-1") double authorityControl,
        @Slider(min = 0, max = 1) @Source("assumption: half the presence that secures a cell fully is enough to count it secured; range 0-1") double securedPresence,
        @Source("docs/sources.md#later-hamas Hamas refused verified decommissioning through mid-2026 (the Board of Peace's 'principal obstacle'); false is the counterfactual of a leadership that agrees to disarm") boolean refusesDisarmament,
        @Source("a group of parameters, each with its own source (ArmedGroupStrategyParameters)") ArmedGroupStrategyParameters strategy) implements Serializable {

    public InsurgencyParameters {
        Check.range("insurgency.fighters", fighters, 0, 1_000_000);
        Check.range("insurgency.weapons", weapons, 0, 10_000_000);
        Check.range("insurgency.fightersPerGroup", fightersPerGroup, 1, 100_000);
        Check.range("insurgency.tunnelKm", tunnelKm, 0.0, 10_000.0);
        Check.range("insurgency.tunnelSegmentKm", tunnelSegmentKm, 0.01, 100.0);
        Check.range("insurgency.caches", caches, 0, 100_000);
        Check.range("insurgency.cachedWeaponsShare", cachedWeaponsShare, 0.0, 1.0);
        Check.range("insurgency.initialControl", initialControl, 0.0, 1.0);
        Check.range("insurgency.controlGainPerDay", controlGainPerDay, 0.0, 1.0);
        Check.range("insurgency.controlLossPerDay", controlLossPerDay, 0.0, 1.0);
        Check.range("insurgency.fightersToHold", fightersToHold, 1, 1_000_000);
        Check.range("insurgency.securityToSecure", securityToSecure, 1, 1_000_000);
        Check.range("insurgency.reachKm", reachKm, 0.0, 50.0);
        Check.range("insurgency.recruitsPerRecruitablePersonDay", recruitsPerRecruitablePersonDay, 0.0, 1.0);
        Check.range("insurgency.attackChancePerDay", attackChancePerDay, 0.0, 1.0);
        Check.range("insurgency.attackOdds", attackOdds, 0.0, 1_000.0);
        Check.range("insurgency.isfStrengthPerTroop", isfStrengthPerTroop, 0.0, 100.0);
        Check.range("insurgency.policeStrengthPerOfficer", policeStrengthPerOfficer, 0.0, 100.0);
        Check.range("insurgency.lethalityPerDay", lethalityPerDay, 0.0, 1.0);
        Check.range("insurgency.civilianCasualtiesPerIncident", civilianCasualtiesPerIncident, 0.0, 1_000.0);
        Check.range("insurgency.violationChancePerGroupDay", violationChancePerGroupDay, 0.0, 1.0);
        Check.range("insurgency.weaponsMoveChance", weaponsMoveChance, 0.0, 1.0);
        Check.range("insurgency.leakedWeaponsMoveChance", leakedWeaponsMoveChance, 0.0, 1.0);
        Check.range("insurgency.authorityControl", authorityControl, 0.0, 1.0);
        Check.range("insurgency.securedPresence", securedPresence, 0.0, 1.0);
        Check.present("insurgency.strategy", strategy);
    }

    public static InsurgencyParameters defaults() {
        return new InsurgencyParameters(20_000, 60_000, 200, 448.0, 1.0, 300, 0.5, 0.6, 0.05, 0.10, 100, 800, 1.0,
                0.00012, 0.05, 1.0, 3.0, 1.0, 0.02, 1.0, 0.004, 0.2, 0.7, 0.5, 0.5, true,
                ArmedGroupStrategyParameters.defaults());
    }

    /** Infrastructure sites that make up the intact tunnel length. */
    public int tunnelSegments() {
        return (int) Math.round(tunnelKm / tunnelSegmentKm);
    }
}
