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
 * fell most today, while fewer fighters than {@code fightersToHold} are within reach of it. Only ground
 * beyond the group's own reach draws it; it moves {@code moveKmPerDay} a day, never into the IDF-held zone.
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
        double most = 0;
        int bestX = -1;
        int bestY = -1;
        for (int y = Math.max(0, at.y() - radiusCells); y <= Math.min(map.height() - 1, at.y() + radiusCells); y++) {
            for (int x = Math.max(0, at.x() - radiusCells); x <= Math.min(map.width() - 1, at.x() + radiusCells); x++) {
                double fall = insurgency.controlFallAt(x, y);
                if (fall > most) {
                    most = fall;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        if (bestX < 0 || insurgency.fightersWithinReach(bestX, bestY) >= insurgency.parameters().fightersToHold()) {
            return null;
        }
        GridCell losing = new GridCell(bestX, bestY);
        return insurgency.withinReach(at, losing) ? null : losing;
    }
}
