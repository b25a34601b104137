package org.isfsim.model;

import java.time.LocalDate;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#MANDATE_AND_POLICY}: yesterday's civilians killed feed the violence level contributors watch,
 * each nation that lost soldiers yesterday reviews its participation, and the ceasefire takes in yesterday's
 * events (a collapse ends the mission); then the day's tally is cleared; the mandate is reviewed (perhaps calling
 * for reinforcements from willing contributors) and renewed or not; without renewal the force leaves; Israel
 * reviews its withdrawal and hands ground over, extends its zone while the groups refuse to disarm and the
 * ceasefire is strained (moving the people who lived there), demolishes tunnel in its zone, may close the
 * crossings, strikes as the ceasefire's state sets and fires at the line; the nations decide, suspend or
 * resume; the contingents due arrive.
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CeasefireAdapter ceasefireWorld;

    PolicyPhase(IsfModel model) {
        this.ceasefireWorld = new CeasefireAdapter(model);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        model.forceGeneration().violence().record(model.events().civiliansKilled());
        model.forceRoster().reviewParticipation(model.parameters().deployment().withdrawalChancePerSoldierKilled(),
                model.random);
        int day = model.day();
        boolean collapsed = model.ceasefire().advance(day, ceasefireWorld);
        model.events().startDay();
        if (collapsed) {
            model.forceRoster().withdrawAll(day);
        }
        LocalDate today = model.date();
        double secured = model.insurgency().securedShare(model.heldZone());
        int reinforcement = model.mandate().review(today, secured);
        if (reinforcement > 0) {
            model.forceGeneration().reinforceAfterReview(reinforcement, day);
        }
        model.mandate().decideRenewal(today, secured, model.forceRoster().troopsOnGround() > 0, model.random);
        model.forceRoster().withdrawAfterMandate(model.mandate(), day, today,
                model.parameters().mandate().withdrawalDays());
        israelActs(model, day, secured);
        model.forceGeneration().step(day, today, model.deploymentConditions(), model.random);
        model.forceRoster().admit(model.forceGeneration().arrivalsDue(day),
                model.map().crossing(model.parameters().force().entryCrossing()), model.israel(), model.mandate(), today);
    }

    private static void israelActs(IsfModel model, int day, double secured) {
        var israel = model.israel();
        boolean review = israel.reviewsWithdrawalOn(day);
        if (review) {
            israel.reviewWithdrawal(day, model.insurgency().destroyedShare(), secured);
        }
        israel.continueHandover(day);
        israel.accrueExtension(model.insurgency().refusesDisarmament());
        if (review && israel.applyExtension()) {
            model.civilians().moveOutOf(model.heldZone());
            model.forceRoster().leaveHeldGround(model.heldZone());
        }
        israel.demolishInZone(model.events());
        israel.considerClosure(day, model.random);
        israel.strikeOnInitiative(model.events(), model.random);
        israel.fireAtLine(day, model.events(), model.random);
    }
}
