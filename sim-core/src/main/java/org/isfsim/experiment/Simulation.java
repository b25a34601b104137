package org.isfsim.experiment;

import org.isfsim.model.IsfModel;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;

/** Runs one model from day 0 to its last day, headless, and returns its daily metrics. */
public final class Simulation {
    private Simulation() {
    }

    public static MetricsTable run(Parameters parameters, long seed) {
        IsfModel model = new IsfModel(seed, parameters);
        model.start();
        int days = parameters.timeline().days();
        for (int day = 0; day <= days; day++) {
            if (!model.schedule.step(model)) {
                throw new IllegalStateException("the schedule ran out on day " + day);
            }
        }
        model.finish();
        return model.metrics();
    }
}
