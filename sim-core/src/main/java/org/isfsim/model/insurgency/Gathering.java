package org.isfsim.model.insurgency;

import java.io.Serializable;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.ArmedGroupStrategyParameters;
import org.isfsim.model.params.InsurgencyParameters;
import org.isfsim.model.space.Movement;

/**
 * Where a group moves: towards a disarmament operation within its gathering radius (unless it tolerates the
 * force) while the fighters within reach of it are fewer than an assault there needs ({@code attackOdds}
 * times the security strength within reach); else towards the ground within that radius where armed control
 * fell most today, or, where it fell nowhere, the ground it has lost (the lowest control below
 * {@code authorityControl}) to retake it (docs/sources.md#hamas: militants redeployed to reassert control);
 * only ground outside the IDF-held zone with fewer than {@code fightersToHold} fighters within reach, and
 * beyond the group's own reach, draws it; it moves {@code moveKmPerDay} a day, never into the IDF-held zone.
 * Groups that gather near the same place add up in the fighters within reach, and so combine for an assault.
 */
public final class Gathering implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Insurgency insurgency;
    private final int radiusCells;
    private final int stepsPerDay;

    public Gathering(Insurgency insurgency) {
        this.insurgency = insurgency;
        ArmedGroupStrategyParameters strategy = insurgency.parameters().strategy();
        int cellMeters = insurgency.map().cellSizeMeters();
        this.radiusCells = (int) Math.round(strategy.gatherRadiusKm() * 1000.0 / cellMeters);
        this.stepsPerDay = Movement.cellsPerDay(strategy.moveKmPerDay(), cellMeters);
    }

    /** Moves a group one day towards where it is needed, if anywhere; returns where it is. */
    public GridCell move(ArmedGroupCell group) {
        GridCell target = target(group);
        if (target == null) {
            return group.getCell();
        }
        GazaMap map = insurgency.map();
        GridCell at = group.getCell();
        for (int i = 0; i < stepsPerDay && !insurgency.withinReach(at, target); i++) {
            GridCell next = Movement.stepToward(map, at, target);
            if (next.equals(at) || insurgency.isHeld(next.x(), next.y())) {
                break;
            }
            at = next;
        }
        group.moveTo(at);
        return at;
    }

    /** Where the group is needed: an operation, else the ground it is losing most; null when nowhere beyond its reach. */
    GridCell target(ArmedGroupCell group) {
        GridCell at = group.getCell();
        if (group.getPosture() != Posture.TOLERATE) {
            GridCell nearest = null;
            long best = Long.MAX_VALUE;
            List<GridCell> operations = insurgency.operationsToday();
            for (GridCell op : operations) {
                long dx = op.x() - at.x();
                long dy = op.y() - at.y();
                if (Math.max(Math.abs(dx), Math.abs(dy)) <= radiusCells && dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    nearest = op;
                }
            }
            if (nearest != null) {
                InsurgencyParameters p = insurgency.parameters();
                double needed = p.attackOdds() * p.isfStrengthPerTroop()
                        * insurgency.securityWithinReach(nearest.x(), nearest.y());
                boolean wanted = insurgency.fightersWithinReach(nearest.x(), nearest.y()) < needed;
                return wanted && !insurgency.withinReach(at, nearest) ? nearest : null;
            }
        }
        GazaMap map = insurgency.map();
        InsurgencyParameters p = insurgency.parameters();
        double most = 0;
        int bestX = -1;
        int bestY = -1;
        double lowest = p.authorityControl();
        int lostX = -1;
        int lostY = -1;
        for (int y = Math.max(0, at.y() - radiusCells); y <= Math.min(map.height() - 1, at.y() + radiusCells); y++) {
            for (int x = Math.max(0, at.x() - radiusCells); x <= Math.min(map.width() - 1, at.x() + radiusCells); x++) {
                if (!map.inside(x, y) || insurgency.isHeld(x, y)
                        || insurgency.fightersWithinReach(x, y) >= p.fightersToHold()) {
                    continue;
                }
                double fall = insurgency.controlFallAt(x, y);
                if (fall > most) {
                    most = fall;
                    bestX = x;
                    bestY = y;
                }
                double control = insurgency.controlAt(x, y);
                if (control < lowest) {
                    lowest = control;
                    lostX = x;
                    lostY = y;
                }
            }
        }
        if (bestX < 0) {
            bestX = lostX;
            bestY = lostY;
        }
        if (bestX < 0) {
            return null;
        }
        GridCell losing = new GridCell(bestX, bestY);
        return insurgency.withinReach(at, losing) ? null : losing;
    }
}
