package org.isfsim.model;

import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ContingentWorld;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.ForceParameters;

/** The strip as the contingents see it, from the model's parts. */
final class ContingentAdapter extends StripAdapter implements ContingentWorld {
    private static final long serialVersionUID = 1L;

    private final ArmedGroupAdapter armedGroups;

    ContingentAdapter(IsfModel model) {
        super(model);
        this.armedGroups = new ArmedGroupAdapter(model);
    }

    @Override
    public ForceParameters force() {
        return model.parameters().force();
    }

    @Override
    public void place(Contingent contingent, GridCell cell) {
        model.forceRoster().place(contingent, cell);
    }

    @Override
    public int discoverNear(GridCell cell, double chance) {
        return model.insurgency().discoverNear(cell, chance, model.day(), model.random);
    }

    @Override
    public void demolish(InfrastructureSite site, double km) {
        model.insurgency().demolish(site, km);
    }

    @Override
    public void clashAtDemolition(Contingent contingent) {
        model.combat().clashAtDemolition(contingent, armedGroups, model.random);
    }

    @Override
    public void report(UnitReport report) {
        model.coordinationCentre().receive(report);
    }
}
