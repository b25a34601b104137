package org.isfsim.gui;

import java.time.LocalDate;
import org.isfsim.model.IsfModel;
import org.isfsim.model.aid.AidConvoy;
import org.isfsim.model.aid.ConvoyStatus;
import org.isfsim.model.insurgency.ArmedGroupCell;
import org.isfsim.model.insurgency.InfrastructureSite;
import org.isfsim.model.map.Crossing;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CrossingSchedule;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.field.grid.SparseGrid2D;

/**
 * What the map shows of a run, as MASON fields the portrayals can draw: copied from the model
 * after each day by the GUI (never by the model), so the model keeps its own compact arrays and
 * knows nothing of drawing. Contingents and police are drawn from the model's own units grid;
 * everything else the model keeps in lists or flat arrays, and is laid out here.
 */
public final class MapFields {
    /** Held-zone levels (see {@link Palette#heldZoneMap()}). */
    static final int NOT_HELD = 0;
    static final int HELD = 1;
    static final int YELLOW_LINE = 2;

    private final GazaMap map;
    private final IntGrid2D governorates;
    private final IntGrid2D heldZone;
    private final DoubleGrid2D activeShare;
    private final DoubleGrid2D armedControl;
    private final DoubleGrid2D secured;
    private final SparseGrid2D discoveredSites;
    private final SparseGrid2D hiddenSites;
    private final SparseGrid2D armedGroups;
    private final SparseGrid2D convoys;
    private final SparseGrid2D crossings;
    private final CrossingMarker[] crossingMarkers = new CrossingMarker[Crossing.values().length];
    private HeldZone drawnZone;
    private int day = -1;
    private LocalDate date;

    /** Fields sized for the model's map; call {@link #refresh} to fill them. */
    public MapFields(IsfModel model) {
        this.map = model.map();
        int w = map.width();
        int h = map.height();
        governorates = new IntGrid2D(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Governorate g = map.governorate(x, y);
                governorates.field[x][y] = g == null ? 0 : g.ordinal() + 1;
            }
        }
        heldZone = new IntGrid2D(w, h);
        activeShare = new DoubleGrid2D(w, h);
        armedControl = new DoubleGrid2D(w, h);
        secured = new DoubleGrid2D(w, h);
        discoveredSites = new SparseGrid2D(w, h);
        hiddenSites = new SparseGrid2D(w, h);
        armedGroups = new SparseGrid2D(w, h);
        convoys = new SparseGrid2D(w, h);
        crossings = new SparseGrid2D(w, h);
        for (Crossing c : Crossing.values()) {
            crossingMarkers[c.ordinal()] = new CrossingMarker(c);
            GridCell cell = map.crossing(c);
            crossings.setObjectLocation(crossingMarkers[c.ordinal()], cell.x(), cell.y());
        }
    }

    /** Copies the model's state as it stands now (after the day just stepped, or before day 0). */
    public void refresh(IsfModel model) {
        day = model.day();
        date = day < 0 ? model.parameters().timeline().startDate() : model.date();
        int w = map.width();
        int h = map.height();
        if (model.heldZone() != drawnZone) {
            drawnZone = model.heldZone();
            drawHeldZone(drawnZone);
        }
        double[] control = model.insurgency().control();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean in = map.inside(x, y);
                activeShare.field[x][y] = in ? model.civilians().activeShareIn(i) : 0;
                armedControl.field[x][y] = in ? control[i] : 0;
                secured.field[x][y] = model.insurgency().isSecured(model.heldZone(), x, y) ? 1 : 0;
            }
        }
        discoveredSites.clear();
        hiddenSites.clear();
        for (InfrastructureSite site : model.insurgency().sites()) {
            if (!site.isDestroyed()) {
                GridCell c = site.getCell();
                (site.isDiscovered() ? discoveredSites : hiddenSites).setObjectLocation(site, c.x(), c.y());
            }
        }
        armedGroups.clear();
        for (ArmedGroupCell group : model.insurgency().groups()) {
            if (group.getFighters() > 0) {
                armedGroups.setObjectLocation(group, group.getCell().x(), group.getCell().y());
            }
        }
        convoys.clear();
        for (AidConvoy convoy : model.aid().convoys()) {
            if (convoy.getStatus() == ConvoyStatus.EN_ROUTE) {
                convoys.setObjectLocation(convoy, convoy.getPosition().x(), convoy.getPosition().y());
            }
        }
        boolean closedByIsrael = day >= 0 && model.israel().crossingsClosed(day);
        for (CrossingMarker marker : crossingMarkers) {
            boolean scheduled = false;
            double share = 0;
            for (CrossingSchedule period : model.parameters().aid().crossingSchedule()) {
                if (period.crossing() == marker.crossing() && period.openOn(date)) {
                    scheduled = true;
                    share = period.truckShare();
                }
            }
            marker.update(scheduled, closedByIsrael, share, day >= 0 ? model.aid().trucksEnteredToday(marker.crossing()) : 0);
        }
    }

    /** Held cells; those with an unheld inside neighbour (4-neighbourhood) form the yellow line. */
    private void drawHeldZone(HeldZone zone) {
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                int level = NOT_HELD;
                if (zone.isHeld(x, y)) {
                    level = onLine(zone, x, y) ? YELLOW_LINE : HELD;
                }
                heldZone.field[x][y] = level;
            }
        }
    }

    private boolean onLine(HeldZone zone, int x, int y) {
        return unheldInside(zone, x - 1, y) || unheldInside(zone, x + 1, y) || unheldInside(zone, x, y - 1)
                || unheldInside(zone, x, y + 1);
    }

    private boolean unheldInside(HeldZone zone, int x, int y) {
        return map.inside(x, y) && !zone.isHeld(x, y);
    }

    public GazaMap map() {
        return map;
    }

    /** Governorate of each cell: 0 outside the strip, else ordinal + 1. */
    public IntGrid2D governorates() {
        return governorates;
    }

    /** 0 not held, 1 held, 2 held and on the yellow line. */
    public IntGrid2D heldZone() {
        return heldZone;
    }

    /** Share of the free civilians in each cell who are active (Epstein's rule). */
    public DoubleGrid2D activeShare() {
        return activeShare;
    }

    /** 1 where the ISF and police have secured the cell (the cells {@code secured_share} counts), else 0. */
    public DoubleGrid2D secured() {
        return secured;
    }

    /** Armed-group control C of each cell, in [0, 1]. */
    public DoubleGrid2D armedControl() {
        return armedControl;
    }

    /** Infrastructure sites the force knows of and has not destroyed. */
    public SparseGrid2D discoveredSites() {
        return discoveredSites;
    }

    /** Infrastructure sites still hidden from the force. */
    public SparseGrid2D hiddenSites() {
        return hiddenSites;
    }

    /** Armed-group cells with fighters left. */
    public SparseGrid2D armedGroups() {
        return armedGroups;
    }

    /** Aid convoys on the road. */
    public SparseGrid2D convoys() {
        return convoys;
    }

    /** The five crossings, each a {@link CrossingMarker}. */
    public SparseGrid2D crossings() {
        return crossings;
    }

    /** The day last copied (-1 before day 0 has been stepped). */
    public int day() {
        return day;
    }

    /** The date last copied. */
    public LocalDate date() {
        return date;
    }
}
