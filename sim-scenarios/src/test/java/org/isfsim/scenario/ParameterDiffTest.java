package org.isfsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.ParameterDiff.Difference;
import org.junit.jupiter.api.Test;

/** What two sets of parameters differ in, key by key, lists of entries field by field. */
class ParameterDiffTest {
    private static Parameters scenario(String name) {
        return ScenarioCatalog.load(name).resolve();
    }

    @Test
    void aScenarioDiffersFromItsParentInWhatItSets() {
        assertEquals(List.of(new Difference("israel.vetoLifted", "false", "true")),
                ParameterDiff.between(scenario("draft-resolution"), scenario("turkey-included")));
        assertEquals(List.of(), ParameterDiff.between(scenario("draft-resolution"), scenario("draft-resolution")));
    }

    @Test
    void listsOfEntriesDifferFieldByFieldAndPlainListsWhole() {
        Parameters base = scenario("draft-resolution");
        Parameters changed = base.withForce(new org.isfsim.model.params.ForceParameters(base.force().battalionSize(),
                base.force().entryCrossing(), base.force().moveKmPerDay(), base.force().patrolKmPerDay(),
                base.force().troopsPerSector(), List.of(base.force().sectorOrder().get(0)),
                base.force().demolitionKmPerDay(), base.force().patrolDiscoveryChance(),
                base.force().pledges().subList(0, base.force().pledges().size() - 1),
                base.force().reinforcementLeadDays(), base.force().reinforcementSpreadDays(),
                base.force().reinforcementCasualtyTolerance()));
        List<Difference> differences = ParameterDiff.between(base, changed);
        assertEquals(new Difference("force.sectorOrder", "[\"RAFAH\",\"KHAN_YOUNIS\",\"DEIR_AL_BALAH\",\"GAZA\","
                + "\"NORTH_GAZA\"]", "[\"RAFAH\"]"), differences.get(0));
        int last = base.force().pledges().size() - 1;
        assertEquals(new Difference("force.pledges." + last + ".nation", "Pakistan", null), differences.get(1));
        assertEquals(9, differences.size(), "the sector order and each field of the pledge removed: " + differences);
    }
}
