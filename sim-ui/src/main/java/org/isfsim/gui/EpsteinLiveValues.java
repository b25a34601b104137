package org.isfsim.gui;

import java.util.function.Supplier;
import org.isfsim.model.epstein.EpsteinModel;

/**
 * The Epstein run as it stands, as read-only bean properties for the Model tab: the step, the citizens
 * quiet, active and jailed, and the cops. Numeric, so MASON's property menu can chart or stream any of
 * them (the paper's figures plot the actives against time).
 */
public final class EpsteinLiveValues {
    private final Supplier<EpsteinModel> model;

    EpsteinLiveValues(Supplier<EpsteinModel> model) {
        this.model = model;
    }

    /** Steps completed since the start. */
    public int getStep() {
        return model.get().stepsCompleted();
    }

    public int getQuiet() {
        return model.get().quietCount();
    }

    public int getActive() {
        return model.get().activeCount();
    }

    public int getJailed() {
        return model.get().jailedCount();
    }

    public int getCops() {
        return model.get().copCount();
    }

    /** Actives as a share of the citizens on the grid (the CSV's active_civilians_share). */
    public double getActiveShare() {
        EpsteinModel m = model.get();
        int free = m.citizenCount() - m.jailedCount();
        return free == 0 ? 0 : (double) m.activeCount() / free;
    }
}
