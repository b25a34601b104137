package org.isfsim.model;

import java.io.Serializable;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ContingentWorld;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.ForceParameters;

/** The strip as the contingents see it, from the model's parts. */
final class ContingentAdapter implements ContingentWorld, Serializable {
    private static final long serialVersionUID = 1L;

    private final IsfModel model;
    private final ArmedGroupAdapter armedGroups;

    ContingentAdapter(IsfModel model) {
        this.model = model;
        this.armedGroups = new ArmedGroupAdapter(model);
    }

    @Override
    public GazaMap map() {
        return model.map();
    }

    @Override
    public HeldZone heldZone() {
        return model.heldZone();
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
