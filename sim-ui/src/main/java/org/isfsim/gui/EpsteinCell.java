package org.isfsim.gui;

import java.util.function.Supplier;
import org.isfsim.model.epstein.EpsteinModel;

/**
 * One cell of the Epstein torus as the inspector shows it: who is there and, for a citizen, the
 * quantities of Rule A (hardship H, risk aversion R, grievance G = H·(1 − L)). Read live from the model,
 * so an inspected cell follows the run; when its citizen moves away the cell shows its next occupant.
 */
public final class EpsteinCell {
    private final Supplier<EpsteinModel> model;
    private final int x;
    private final int y;

    EpsteinCell(Supplier<EpsteinModel> model, int x, int y) {
        this.model = model;
        this.x = x;
        this.y = y;
    }

    public String getOccupant() {
        return switch (model.get().stateAt(x, y)) {
            case EpsteinModel.QUIET -> "quiet citizen";
            case EpsteinModel.ACTIVE -> "active citizen";
            case EpsteinModel.COP -> "cop";
            default -> "nobody";
        };
    }

    /** The citizen's number, or −1 when no citizen is here. */
    public int getCitizen() {
        return model.get().citizenAt(x, y);
    }

    /** H, or NaN when no citizen is here. */
    public double getHardship() {
        int citizen = getCitizen();
        return citizen < 0 ? Double.NaN : model.get().hardship(citizen);
    }

    /** R, or NaN when no citizen is here. */
    public double getRiskAversion() {
        int citizen = getCitizen();
        return citizen < 0 ? Double.NaN : model.get().riskAversion(citizen);
    }

    /** G = H·(1 − L), or NaN when no citizen is here. */
    public double getGrievance() {
        return model.get().grievanceAt(x, y);
    }
}
