package org.isfsim.model;

import org.isfsim.model.map.GazaMap;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#CIVILIANS}: legitimacy follows the security presence, aid relief, armed control and
 * oversight; then the civilians decide by Epstein's rule.
 */
final class CiviliansPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final boolean[] inside;
    private final double[] aidRelief;

    CiviliansPhase(GazaMap map) {
        inside = map.insideMask();
        aidRelief = new double[inside.length];
    }

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        double[] hardship = model.aid().hardshipLevelByCell();
        double floor = model.parameters().aid().hardshipFloor();
        double span = model.parameters().aid().hardshipCeiling() - floor;
        for (int i = 0; i < aidRelief.length; i++) {
            aidRelief[i] = inside[i] && span > 0 ? Math.max(0, Math.min(1, 1 - (hardship[i] - floor) / span)) : 0;
        }
        model.legitimacy().update(model.presence().policePeople(), model.presence().isfPeople(), aidRelief,
                model.insurgency().control(), model.mandate().underOversight(model.date()), inside);
        model.civilians().step(model.day(), model.presence().securityPeople(), model.legitimacy().values(), hardship,
                model.random);
    }
}
