package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Force generation as politics: the conditions under which a pledged nation turns its pledge into troops in
 * Gaza, how it decides, suspends and resumes, how many more troops willing contributors can give after a review,
 * and how a nation reviews its participation after a deadly day (docs/sources.md#design-force-politics).
 *
 * @param waitForDisarmament nations that send troops only while the armed groups do not refuse to disarm
 * @param violenceWindowDays days over which the violence level is averaged
 * @param violenceThresholdKilledPerDay civilians killed a day, averaged over the window, above which no nation
 *     decides to send troops and none enters
 * @param shocks dated shocks (regional wars) that put every decision and entry on hold
 * @param decisions dated decisions of nations, as inputs (suspend, resume, commit)
 * @param decisionChancePerDay daily chance a nation whose conditions hold decides to send its troops
 * @param leadDays days from a nation's decision to its first troops entering Gaza
 * @param suspensionChancePerDay daily chance a nation whose conditions fail suspends its deployment
 * @param resumptionChancePerDay daily chance a suspended nation whose conditions hold takes its deployment up again
 * @param reinforcementPoolTroops troops willing contributors can add, in all, when mandate reviews call for more
 * @param withdrawalChancePerSoldierKilled chance, for each of its soldiers killed on a day, that a nation withdraws
 *     all its troops after that day
 */
public record DeploymentParameters(
        @Source("docs/sources.md#later-force Contributors will not send troops until Hamas is disarmed (16 Feb 2026);"
                + " docs/sources.md#isf-pledges Indonesia: no disarmament; Azerbaijan: only once fighting has fully"
                + " stopped; Common condition; Kosovo and Albania decided while Hamas refused, so they are not listed")
        List<String> waitForDisarmament,
        @Slider(min = 1, max = 180) @Source("assumption: a month of news, range 7-90") int violenceWindowDays,
        @Slider(min = 0, max = 50) @Source("assumption: contributors stay out of active fighting (docs/sources.md#isf-pledges Azerbaijan, Jordan: peacekeeping, not peace enforcement); the threshold lies above the ~3.3 killed a day of spring 2026 (docs/sources.md#later-deaths) and below the war's; range 3-30") double violenceThresholdKilledPerDay,
        @Source("docs/sources.md#later-context the war on Iran from 28 Feb 2026 to its ceasefire of 7-8 Apr 2026; docs/sources.md#later-force Indonesia: every discussion paused by the war (4 Mar 2026)")
        List<Shock> shocks,
        @Source("inputs of a hindcast: docs/sources.md#later-force (none by default)") List<NationDecision> decisions,
        @Slider(min = 0, max = 1) @Source("assumption: a government takes a few weeks to decide once its conditions hold (mean 1/chance = 20 days); range 0.01-0.2") double decisionChancePerDay,
        @Slider(min = 0, max = 365) @Source("docs/sources.md#design-force-politics the UN's deployment standard of 90 days for a complex mission (30 for a traditional one); the US forecast of 27 Feb 2026 of about five weeks (docs/sources.md#later-force) was not met; range 30-180") int leadDays,
        @Slider(min = 0, max = 0.2) @Source("assumption: a nation whose conditions fail holds its troops for months before it says so (mean 200 days; to mid-June 2026 only Indonesia had, docs/sources.md#later-force); range 0.002-0.05") double suspensionChancePerDay,
        @Slider(min = 0, max = 0.2) @Source("assumption: a suspended nation takes its deployment up again a few months after its conditions hold again (mean 50 days); range 0.005-0.1") double resumptionChancePerDay,
        @Slider(min = 0, max = 20_000) @Source("docs/sources.md#later-force the US aimed at 10,000 troops by the end of 2026 after asking ~70 countries; docs/sources.md#isf-pledges Egypt's reported lead role with at least 4,000; the 20,000 target less the 11,000 pledged by nations Israel accepts bounds it at 9,000; range 0-9,000") int reinforcementPoolTroops,
        @Slider(min = 0, max = 0.5) @Source("docs/sources.md#design-force-politics deadly days and withdrawals (Belgium from Rwanda after 10 killed, the US from Somalia after 18; Italy stayed after 19 killed at Nasiriyah); range 0.01-0.1") double withdrawalChancePerSoldierKilled) implements Serializable {

    public DeploymentParameters {
        waitForDisarmament = Check.entries("deployment.waitForDisarmament", waitForDisarmament);
        for (int i = 0; i < waitForDisarmament.size(); i++) {
            Check.name("deployment.waitForDisarmament." + i, waitForDisarmament.get(i));
        }
        Check.range("deployment.violenceWindowDays", violenceWindowDays, 1, 3_650);
        Check.range("deployment.violenceThresholdKilledPerDay", violenceThresholdKilledPerDay, 0.0, 100_000.0);
        shocks = Check.entries("deployment.shocks", shocks);
        decisions = Check.entries("deployment.decisions", decisions);
        Check.range("deployment.decisionChancePerDay", decisionChancePerDay, 0.0, 1.0);
        Check.range("deployment.leadDays", leadDays, 0, 3_650);
        Check.range("deployment.suspensionChancePerDay", suspensionChancePerDay, 0.0, 1.0);
        Check.range("deployment.resumptionChancePerDay", resumptionChancePerDay, 0.0, 1.0);
        Check.range("deployment.reinforcementPoolTroops", reinforcementPoolTroops, 0, 1_000_000);
        Check.range("deployment.withdrawalChancePerSoldierKilled", withdrawalChancePerSoldierKilled, 0.0, 1.0);
    }

    public static DeploymentParameters defaults() {
        return new DeploymentParameters(List.of("Indonesia", "Morocco", "Kazakhstan", "Azerbaijan", "Pakistan"),
                30, 10.0,
                List.of(new Shock("Iran war", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 8),
                        "docs/sources.md#later-context war on Iran from 28 Feb 2026, ceasefire 7-8 Apr 2026")),
                List.of(), 0.05, 90, 0.005, 0.02, 4_000, 0.03);
    }

    /** Whether a nation sends troops only while the armed groups do not refuse to disarm. */
    public boolean waitsForDisarmament(String nation) {
        return waitForDisarmament.contains(nation);
    }
}
