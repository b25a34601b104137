package org.isfsim.model;

import java.io.Serializable;
import org.isfsim.model.ceasefire.CeasefireWorld;

/**
 * The ceasefire's view of the world: the tally of the day before (read before it is cleared) and the
 * armed groups' declared stance on disarmament.
 */
final class CeasefireAdapter implements CeasefireWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;

    CeasefireAdapter(IsfModel model) {
        this.model = model;
    }

    @Override
    public int violationsByArmedGroups() {
        return model.events().armedGroupViolations();
    }

    @Override
    public int idfSoldiersKilled() {
        return model.events().idfKilled();
    }

    @Override
    public int isfSoldiersKilled() {
        return model.events().isfCasualties();
    }

    @Override
    public int israeliStrikes() {
        return model.events().idfStrikes();
    }

    @Override
    public boolean armedGroupsRefuseDisarmament() {
        return model.insurgency().refusesDisarmament();
    }
}
