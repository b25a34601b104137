package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The civilians of Gaza (docs/sources.md#design-civilians, #design-attitudes): what they think of the
 * authorities over them ({@link AttitudeParameters}), when they act openly against one of them (Epstein 2002,
 * PNAS 99 suppl. 3, with the authority as the referent: grievance H·(1 − s)·presence against net risk
 * R·P·sanction, P = 1 − exp(−k·C/(A + 1)) in people), how many the order can detain, who is willing to join
 * an armed group, and when people flee fighting.
 *
 * @param visionKm how far a civilian sees, km (the half-side of the square window counted for C and A)
 * @param arrestConstant k in the order's P = 1 − exp(−k·C/(A+1)), C its ISF and police in view, A the people acting against it
 * @param coercionConstant the same constant for the armed groups' P, C their fighters in view
 * @param threshold T: a civilian acts openly when the larger G − N exceeds it
 * @param orderSanction what being caught by the order costs, as a multiple of the net risk R·P
 * @param hamasSanction what being caught by the armed groups costs, as a multiple of R·P
 * @param referentPresencePeople the order's ISF and police in view, or the groups' fighters in view, at which an
 *     authority is fully present as a referent (presence = min(1, people / this); for the groups, times their control)
 * @param maxDetentionDays the longest detention, days (terms are uniform on 1..maxDetentionDays)
 * @param arrestsPerSecurityPersonDay people acting against the order one ISF soldier or police officer detains in a day
 * @param detentionCapacityPeople people the order can hold in detention at once; no new detentions when full
 * @param punishmentsPerFighterDay people acting openly against the armed groups one fighter in view punishes in a day
 * @param recruitableShare share of civilians who could be recruited at all (young men)
 * @param recruitWillingnessThreshold willingness (logit units, like the stances) above which an eligible civilian is recruitable
 * @param recruitHardshipWeight willingness gained per unit of hardship H
 * @param recruitIsraeliHarmWeight willingness gained per unit of the stance towards Israel lost to Israeli killings
 * @param recruitPatronageWeight willingness gained per unit of H × armed control (the group's pay and protection)
 * @param flightDangerPeople people killed in view, remembered, from which a cell is dangerous
 * @param flightSharePerDay share of a dangerous cell's civilians who leave in a day
 * @param flightMemoryDays days in which the memory of a killing nearby halves, for flight
 * @param attitudes the stances towards the order, Hamas and Israel
 */
public record CivilianParameters(
        @Slider(min = 0, max = 5) @Source("Epstein 2002 Run 1: vision 7, as 7 cells of 250 m") double visionKm,
        @Slider(min = 0, max = 5) @Source("Epstein 2002: k = 2.3, so that P = 0.9 when C = 1 and A = 1") double arrestConstant,
        @Slider(min = 0, max = 100) @Source("assumption: the groups deter by example (docs/sources.md#hamas Governance west of the line: executions), so P = 0.9 already at one fighter in view for ten people acting, k = 23 where Epstein's 2.3 asks one for one; range 5-50") double coercionConstant,
        @Slider(min = -1, max = 1) @Source("assumption: Epstein's 0.1 is his; open defiance in Gaza after two years of war takes more, range 0.1-0.5") double threshold,
        @Slider(min = 0, max = 10) @Source("assumption: detention, Epstein's risk as it stands; range 0.5-2") double orderSanction,
        @Slider(min = 0, max = 10) @Source("assumption: docs/sources.md#hamas Governance west of the line: beatings and executions of opponents cost more than detention; range 1-5") double hamasSanction,
        @Slider(min = 1, max = 1000) @Source("assumption: about a platoon or two in view is a referent; range 10-500") double referentPresencePeople,
        @Slider(min = 1, max = 365) @Source("Epstein 2002, Run 1: maximum jail term 30, as days") int maxDetentionDays,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#design-detention derived: 10.1 million US arrests in 2019 / 701,000 sworn officers / 365 = 0.04 a day; range 0.01-0.1") double arrestsPerSecurityPersonDay,
        @Slider(min = 0, max = 50_000) @Source("assumption: docs/sources.md#design-detention Gaza's prisons are ruined; a few holding centres of the new administration; range 500-10,000") int detentionCapacityPeople,
        @Slider(min = 0, max = 1) @Source("assumption: docs/sources.md#design-attitudes the groups answer open defiance (docs/sources.md#hamas Governance west of the line: beatings, executions); range 0.01-0.5") double punishmentsPerFighterDay,
        @Slider(min = 0, max = 1) @Source("docs/sources.md#design-recruitment derived: men aged 15-29, about 14 % of Gazans (PCBS: 41 % under 15); range 0.10-0.18") double recruitableShare,
        @Slider(min = -5, max = 5) @Source("assumption: well beyond support, about the strongest tenth of Hamas's supporters among them; range 0.5-3") double recruitWillingnessThreshold,
        @Source("docs/sources.md#design-recruitment assumption after Berman, Shapiro & Felter 2011 (hardship lowers the cost of joining); range 0-1") double recruitHardshipWeight,
        @Source("docs/sources.md#design-recruitment assumption: revenge for kin killed (Condra & Shapiro 2012); range 0-1") double recruitIsraeliHarmWeight,
        @Source("docs/sources.md#design-recruitment assumption: pay is worth more under hardship, protection where the group rules; range 0-2") double recruitPatronageWeight,
        @Source("assumption: heavy fighting within a couple of km (a strike round such as 104 killed in two days, docs/sources.md#ceasefire-dynamics), not the steady toll at the line; range 20-100") double flightDangerPeople,
        @Slider(min = 0, max = 1) @Source("assumption: people leave within days of fighting nearby (docs/sources.md#geography displacement); range 0.01-0.2") double flightSharePerDay,
        @Source("assumption: fear of a place fades within a week or two; range 3-30") double flightMemoryDays,
        @Source("a group of parameters, each with its own source (AttitudeParameters)") AttitudeParameters attitudes) implements Serializable {

    public CivilianParameters {
        Check.range("civilians.visionKm", visionKm, 0.0, 50.0);
        Check.range("civilians.arrestConstant", arrestConstant, 0.0, 100.0);
        Check.range("civilians.coercionConstant", coercionConstant, 0.0, 1_000.0);
        Check.range("civilians.threshold", threshold, -1.0, 1.0);
        Check.range("civilians.orderSanction", orderSanction, 0.0, 100.0);
        Check.range("civilians.hamasSanction", hamasSanction, 0.0, 100.0);
        Check.range("civilians.referentPresencePeople", referentPresencePeople, 1.0, 1_000_000.0);
        Check.range("civilians.maxDetentionDays", maxDetentionDays, 1, 100_000);
        Check.range("civilians.arrestsPerSecurityPersonDay", arrestsPerSecurityPersonDay, 0.0, 1_000.0);
        Check.range("civilians.detentionCapacityPeople", detentionCapacityPeople, 0, 10_000_000);
        Check.range("civilians.punishmentsPerFighterDay", punishmentsPerFighterDay, 0.0, 1_000.0);
        Check.range("civilians.recruitableShare", recruitableShare, 0.0, 1.0);
        Check.range("civilians.recruitWillingnessThreshold", recruitWillingnessThreshold, -100.0, 100.0);
        Check.range("civilians.recruitHardshipWeight", recruitHardshipWeight, 0.0, 100.0);
        Check.range("civilians.recruitIsraeliHarmWeight", recruitIsraeliHarmWeight, 0.0, 100.0);
        Check.range("civilians.recruitPatronageWeight", recruitPatronageWeight, 0.0, 100.0);
        Check.range("civilians.flightDangerPeople", flightDangerPeople, 0.0, 1_000_000.0);
        Check.range("civilians.flightSharePerDay", flightSharePerDay, 0.0, 1.0);
        Check.range("civilians.flightMemoryDays", flightMemoryDays, 0.1, 10_000.0);
        Check.present("civilians.attitudes", attitudes);
    }

    public static CivilianParameters defaults() {
        return new CivilianParameters(1.75, 2.3, 23.0, 0.35, 1.0, 3.0, 50.0, 30, 0.04, 2_000, 0.1, 0.14, 1.5, 0.3, 0.3,
                1.0, 50.0, 0.05, 7.0, AttitudeParameters.defaults());
    }
}
