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

    /** Called after each day of a run, e.g. to write a checkpoint. */
    @FunctionalInterface
    public interface DayHook {
        void afterDay(SimState model, int day);

        DayHook NONE = (model, day) -> { };
    }

    public static MetricsTable run(Parameters parameters, long seed) {
        return run(parameters, seed, DayHook.NONE);
    }

    /** Runs a new model, calling {@code hook} after every day. */
    public static MetricsTable run(Parameters parameters, long seed, DayHook hook) {
        SimState model = create(parameters, seed);
        model.start();
        return continueRun(model, parameters.timeline().days(), hook);
    }

    /** A model for the parameters, not yet started. */
    public static SimState create(Parameters parameters, long seed) {
        return parameters.epstein().enabled()
                ? new EpsteinModel(seed, parameters.epstein(), parameters.timeline().days())
                : new IsfModel(seed, parameters);
    }

    /** Steps a started (or restored) model through its remaining days up to {@code days} and finishes it. */
    public static MetricsTable continueRun(SimState model, int days, DayHook hook) {
        for (int day = (int) Math.max(0, Math.ceil(model.schedule.getTime())); day <= days; day++) {
            if (!model.schedule.step(model)) {
                throw new IllegalStateException("the schedule ran out on day " + day);
            }
            hook.afterDay(model, day);
        }
        model.finish();
        return metrics(model);
    }

    private static MetricsTable metrics(SimState model) {
        if (model instanceof IsfModel isf) {
            return isf.metrics();
        }
        return ((EpsteinModel) model).metrics();
    }
}
