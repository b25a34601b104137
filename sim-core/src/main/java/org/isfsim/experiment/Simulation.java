package org.isfsim.experiment;

import org.isfsim.model.IsfModel;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import sim.engine.SimState;

/**
 * Runs one model from day 0 to its last day, headless, and returns its daily metrics: the Gaza
 * model, or the Epstein reference mode when {@code epstein.enabled}.
 */
public final class Simulation {
    private Simulation() {
    }

    public static MetricsTable run(Parameters parameters, long seed) {
        int days = parameters.timeline().days();
        if (parameters.epstein().enabled()) {
            EpsteinModel model = new EpsteinModel(seed, parameters.epstein(), days);
            step(model, days);
            return model.metrics();
        }
        IsfModel model = new IsfModel(seed, parameters);
        step(model, days);
        return model.metrics();
    }

    private static void step(SimState model, int days) {
        model.start();
        for (int day = 0; day <= days; day++) {
            if (!model.schedule.step(model)) {
                throw new IllegalStateException("the schedule ran out on day " + day);
            }
        }
        model.finish();
    }
}
