package org.isfsim.model;

import java.util.Arrays;
import org.isfsim.model.map.Crossing;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * {@link DayPhase#AID}: Israel permits trucks by the ceasefire's state, they enter at the crossings it keeps
 * open (faster where ISF or police secure them), and convoys travel, losing a share to armed groups.
 */
final class AidPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final boolean[] crossingClosed = new boolean[Crossing.values().length];

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        Arrays.fill(crossingClosed, model.israel().crossingsClosed(model.day()));
        double permitFactor = model.aid().permitFactor(model.ceasefire().state());
        model.aid().step(model.day(), crossingClosed, permitFactor, model.presence().securityPeople(),
                model.insurgency().control(), model.random);
    }
}
