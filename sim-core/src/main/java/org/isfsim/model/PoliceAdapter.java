package org.isfsim.model;

import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.police.PoliceUnit;
import org.isfsim.model.police.PoliceWorld;

/** The strip as the police units see it, from the model's parts. */
final class PoliceAdapter extends StripAdapter implements PoliceWorld {
    private static final long serialVersionUID = 1L;

    PoliceAdapter(IsfModel model) {
        super(model);
    }

    @Override
    public PoliceParameters police() {
        return model.parameters().police();
    }

    @Override
    public boolean isfOnStationIn(Governorate g) {
        return model.forceRoster().onStationIn(g);
    }

    @Override
    public double legitimacyAt(GridCell cell) {
        return model.legitimacy().at(cell.y() * model.map().width() + cell.x());
    }

    @Override
    public boolean revealHiddenSiteIn(Governorate g) {
        return model.insurgency().revealHiddenIn(g, model.day(), model.random);
    }

    @Override
    public void place(PoliceUnit unit, GridCell cell) {
        model.units().setObjectLocation(unit, cell.x(), cell.y());
    }

    @Override
    public void report(UnitReport report) {
        model.coordinationCentre().receive(report);
    }
}
