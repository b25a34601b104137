package org.isfsim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.aid.AidConvoy;
import org.isfsim.model.coordination.CoordinationWorld;
import org.isfsim.model.coordination.Tasking;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.insurgency.ArmedGroupCell;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GazaMap;
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
        GazaMap map = model.map();
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (InfrastructureSite site : model.insurgency().sites()) {
            GridCell c = site.getCell();
            if (!site.isDiscovered() || site.isDestroyed() || targeted[site.getId()]
                    || model.heldZone().isHeld(c.x(), c.y())) {
                continue;
            }
            long dx = c.x() - from.x();
            long dy = c.y() - from.y();
            long distance = dx * dx + dy * dy + (map.governorate(c.x(), c.y()) == sector ? 0 : 1_000_000L);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = site.getId();
            }
        }
        return best;
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
        double fighters = 0;
        for (ArmedGroupCell group : model.insurgency().groups()) {
            if (model.map().governorate(group.getCell().x(), group.getCell().y()) == sector) {
                fighters += group.getFighters();
            }
        }
        return fighters;
    }

    @Override
    public boolean revealByIntelligence() {
        List<InfrastructureSite> hidden = new ArrayList<>();
        for (InfrastructureSite site : model.insurgency().sites()) {
            GridCell c = site.getCell();
            if (!site.isDiscovered() && !site.isDestroyed() && !model.heldZone().isHeld(c.x(), c.y())) {
                hidden.add(site);
            }
        }
        if (hidden.isEmpty()) {
            return false;
        }
        hidden.get(model.random.nextInt(hidden.size())).discover(model.day());
        return true;
    }
}
