package org.isfsim.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.isfsim.model.force.DeploymentConditions;

/** The force generation's view of the world: the mandate, Israel's veto, the armed groups' stance, withdrawals. */
final class DeploymentAdapter implements DeploymentConditions, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;

    DeploymentAdapter(IsfModel model) {
        this.model = model;
    }

    @Override
    public boolean mandateInForce(LocalDate date) {
        return model.mandate().isActive(date);
    }

    @Override
    public boolean israelApproves(String nation) {
        return !model.israel().vetoes(nation);
    }

    @Override
    public boolean armedGroupsRefuseDisarmament() {
        return model.insurgency().refusesDisarmament();
    }

    @Override
    public boolean nationWithdrawn(String nation) {
        return model.forceRoster().hasWithdrawn(nation);
    }
}
