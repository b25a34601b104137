package org.isfsim.model.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isfsim.model.params.EpsteinParameters;
import org.junit.jupiter.api.Test;

/** Rule A as Epstein (2002, Model I) writes it: grievance, estimated arrest probability, activation. */
class CivilViolenceRuleTest {
    private static final CivilViolenceRule RUN_1 = new CivilViolenceRule(0.82, 2.3, 0.1);

    @Test
    void grievanceIsHardshipTimesIllegitimacy() {
        assertEquals(0.9 * (1 - 0.82), RUN_1.grievance(0.9));
        assertEquals(0.0, new CivilViolenceRule(1.0, 2.3, 0.1).grievance(0.9));
    }

    @Test
    void oneCopAndNoOtherActiveGiveTheArrestProbabilityEpsteinChoseKFor() {
        assertEquals(0.9, RUN_1.arrestProbability(1, 0), 0.001);
        assertEquals(0.0, RUN_1.arrestProbability(0, 5));
        assertEquals(0.0, RUN_1.arrestProbability(1, 1), "actives outnumbering cops: the ratio floors to 0");
        assertEquals(RUN_1.arrestProbabilityAtRatio(2), RUN_1.arrestProbability(5, 1));
    }

    @Test
    void aCitizenIsActiveWhenGrievanceLessNetRiskExceedsTheThreshold() {
        double grievance = RUN_1.grievance(1.0);
        assertTrue(RUN_1.rebels(grievance, 0.9, 0, 0), "no cop in sight");
        assertFalse(RUN_1.rebels(grievance, 0.9, 1, 0), "0.18 − 0.9·0.9 is not above 0.1");
        assertTrue(RUN_1.rebels(grievance, 0.9, 1, 1), "an active beside it hides it from the one cop");
        assertFalse(RUN_1.rebels(RUN_1.grievance(0.5), 0.0, 0, 0), "G = 0.09 is not above T, even with no risk");
    }

    @Test
    void theRuleTakesItsNumbersFromTheParameters() {
        EpsteinParameters p = EpsteinParameters.defaults();
        CivilViolenceRule rule = CivilViolenceRule.of(p);
        assertEquals(p.legitimacy(), rule.legitimacy());
        assertEquals(p.arrestConstant(), rule.arrestConstant());
        assertEquals(p.threshold(), rule.threshold());
    }
}
