package org.isfsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** {@link DayPhase#METRICS}: the day's row of metrics, up to the last day of the timeline. */
final class MetricsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        IsfModel model = (IsfModel) state;
        int day = model.day();
        if (day > model.parameters().timeline().days()) {
            return;
        }
        IsfReporters.COLLECTOR.collect(model, model.metrics().rowFor(day));
    }
}
