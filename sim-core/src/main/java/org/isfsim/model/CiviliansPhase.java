package org.isfsim.model;

import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.AidParameters;
import org.isfsim.model.population.CivilianDay;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#CIVILIANS}: legitimacy follows the security presence, aid relief, armed control and
 * oversight (the armed groups read it as consent); then the civilians see the day — the order's troops and
 * police, the groups' fighters and control, aid relief and hardship, the aid shortfall against the agreed
 * trucks and any disarmament deadline missed — think, act, are detained, and flee fighting.
 */
final class CiviliansPhase implements Steppable {
    private static final long serialVersionUID = 2L;

    private final boolean[] inside;
    private final int width;
    private final CivilianDay today;
    private int deadlinesMissedBefore;

    CiviliansPhase(GazaMap map) {
        inside = map.insideMask();
        width = map.width();
        today = new CivilianDay(inside.length);
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        double[] hardship = model.aid().hardshipLevelByCell();
        double floor = model.parameters().aid().hardshipFloor();
        double span = model.parameters().aid().hardshipCeiling() - floor;
        double[] relief = today.aidRelief;
        for (int i = 0; i < relief.length; i++) {
            relief[i] = inside[i] && span > 0 ? Math.max(0, Math.min(1, 1 - (hardship[i] - floor) / span)) : 0;
        }
        model.legitimacy().update(model.presence().policePeople(), model.presence().isfPeople(), relief,
                model.insurgency().control(), model.mandate().underOversight(model.date()), inside);
        double[] control = model.insurgency().control();
        for (int i = 0; i < relief.length; i++) {
            today.securityPeople[i] = model.presence().securityPeople()[i];
            today.isfPeople[i] = model.presence().isfPeople()[i];
            today.policePeople[i] = model.presence().policePeople()[i];
            today.fighterPeople[i] = inside[i] ? model.insurgency().fightersWithin(i % width, i / width, 0) : 0;
            today.armedControl[i] = Math.max(0, Math.min(1, control[i]));
            today.hardshipLevel[i] = hardship[i];
        }
        double entered = model.aid().trucksEnteredToday();
        today.setAidShortfall(Math.max(0, Math.min(1, 1 - entered / AidParameters.AGREED_TRUCKS_PER_DAY)));
        int missed = model.ceasefire().deadlinesMissed();
        today.setDeadlinesMissed(Math.max(0, missed - deadlinesMissedBefore));
        deadlinesMissedBefore = missed;
        model.civilians().step(model.day(), today, model.random);
        model.civilians().flee(model.heldZone(), model.random);
    }
}
