package org.isfsim.model;

import java.time.LocalDate;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#MANDATE_AND_POLICY}: yesterday's civilians killed feed the violence level contributors watch,
 * and each nation that lost soldiers yesterday reviews its participation; the day's tally is cleared; the
 * mandate is reviewed (perhaps calling for reinforcements from willing contributors) and renewed or not; without
 * renewal the force leaves; Israel reviews its withdrawal, fires at the line; the nations decide, suspend or
 * resume; the contingents due arrive.
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        model.forceGeneration().violence().record(model.events().civiliansKilled());
        model.forceRoster().reviewParticipation(model.parameters().deployment().withdrawalChancePerSoldierKilled(),
                model.random);
        model.events().startDay();
        int day = model.day();
        LocalDate today = model.date();
        double secured = model.insurgency().securedShare(model.heldZone());
        int reinforcement = model.mandate().review(today, secured);
        if (reinforcement > 0) {
            model.forceGeneration().reinforceAfterReview(reinforcement, day);
        }
        model.mandate().decideRenewal(today, secured, model.forceRoster().troopsOnGround() > 0, model.random);
        model.forceRoster().withdrawAfterMandate(model.mandate(), day, today,
                model.parameters().mandate().withdrawalDays());
        if (model.israel().reviewsWithdrawalOn(day)) {
            model.israel().reviewWithdrawal(model.insurgency().destroyedShare(), secured);
        }
        model.israel().fireAtLine(day, model.events(), model.random);
        model.forceGeneration().step(day, today, model.deploymentConditions(), model.random);
        model.forceRoster().admit(model.forceGeneration().arrivalsDue(day),
                model.map().crossing(model.parameters().force().entryCrossing()), model.israel(), model.mandate(), today);
    }
}
