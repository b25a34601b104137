package org.isfsim.model;

import java.io.Serializable;
import org.isfsim.model.aid.AidConvoy;
import org.isfsim.model.coordination.CoordinationWorld;
import org.isfsim.model.coordination.Tasking;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;

/** What the coordination centre sees of, and does to, the world, from the model's parts. */
final class CoordinationAdapter implements CoordinationWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;

    CoordinationAdapter(IsfModel model) {
        this.model = model;
    }

    @Override
    public void deliver(Tasking tasking) {
        switch (tasking.kind()) {
            case SECTOR -> model.forceRoster().get(tasking.unitId()).assignSector(tasking.sector(),
                    model.map().centroid(tasking.sector()));
            case POSTING -> model.policeRoster().get(tasking.unitId()).post(tasking.sector(), model.day(),
                    model.parameters().police().travelDays());
            case DEMOLITION -> startDemolition(model.forceRoster().get(tasking.unitId()),
                    model.insurgency().sites().get(tasking.objectId()));
            case ESCORT -> {
                for (AidConvoy convoy : model.aid().convoys()) {
                    if (convoy.getId() == tasking.objectId()) {
                        convoy.setEscorted(true);
                    }
                }
            }
        }
    }

    /** A contingent takes on a demolition; the site's group may first move its weapons, sooner if tipped off. */
    private void startDemolition(Contingent contingent, InfrastructureSite site) {
        if (!contingent.availableForDemolition() || site.isDestroyed()) {
            return;
        }
        Governorate g = model.map().governorate(site.getCell().x(), site.getCell().y());
        model.insurgency().braceForDemolition(site, model.policeRoster().leaksIn(g), model.random);
        contingent.assignDemolition(site);
    }

    @Override
    public int demolitionTarget(GridCell from, Governorate sector, boolean[] targeted) {
        return model.insurgency().demolitionTarget(from, sector, model.heldZone(), targeted);
    }

    @Override
    public int siteCount() {
        return model.insurgency().sites().size();
    }

    @Override
    public int approvalDelay(int siteId) {
        GridCell c = model.insurgency().sites().get(siteId).getCell();
        return model.israel().approve(c.x(), c.y(), model.random);
    }

    @Override
    public int[] convoysAwaitingEscort() {
        return model.aid().convoys().stream().filter(c -> !c.isEscorted()).mapToInt(AidConvoy::getId).toArray();
    }

    @Override
    public double fightersIn(Governorate sector) {
        return model.insurgency().fightersIn(sector);
    }

    @Override
    public boolean revealByIntelligence() {
        return model.insurgency().revealHiddenOutside(model.heldZone(), model.day(), model.random);
    }
}
