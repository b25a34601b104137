package org.isfsim.model.insurgency;

import java.io.Serializable;
import org.isfsim.model.map.GridCell;

/**
 * One piece of military infrastructure: a tunnel segment or a weapons cache, hidden until
 * discovered (by patrols, police tips or the coordination centre's intelligence) and destroyed only
 * by contingents whose nation accepts the disarmament role (docs/sources.md#resolution-2803 Demilitarization detail).
 */
public final class InfrastructureSite implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final SiteKind kind;
    private GridCell cell;
    private double tunnelKm;
    private int weapons;
    private boolean discovered;
    private int discoveredDay = -1;

    public InfrastructureSite(int id, SiteKind kind, GridCell cell, double tunnelKm, int weapons) {
        this.id = id;
        this.kind = kind;
        this.cell = cell;
        this.tunnelKm = tunnelKm;
        this.weapons = weapons;
    }

    /** Marks the site as known to the force (once). */
    public void discover(int day) {
        if (!discovered) {
            discovered = true;
            discoveredDay = day;
        }
    }

    /** Destroys up to {@code km} of a tunnel segment; returns the km destroyed. */
    public double demolishTunnel(double km) {
        double done = Math.min(km, tunnelKm);
        tunnelKm -= done;
        return done;
    }

    /** Destroys the cache and its weapons; returns the weapons destroyed. */
    public int destroyCache() {
        int destroyed = weapons;
        weapons = 0;
        return destroyed;
    }

    /** Takes all weapons out of the cache (moved elsewhere before demolition); returns them. */
    public int removeWeapons() {
        int moved = weapons;
        weapons = 0;
        return moved;
    }

    /** Stores weapons in the cache. */
    public void addWeapons(int count) {
        weapons += count;
    }

    /** Whether nothing is left to destroy. */
    public boolean isDestroyed() {
        return kind == SiteKind.TUNNEL_SEGMENT ? tunnelKm <= 1e-9 : weapons == 0;
    }

    public int getId() {
        return id;
    }

    public SiteKind getKind() {
        return kind;
    }

    public GridCell getCell() {
        return cell;
    }

    public double getTunnelKm() {
        return tunnelKm;
    }

    public int getWeapons() {
        return weapons;
    }

    public boolean isDiscovered() {
        return discovered;
    }

    public int getDiscoveredDay() {
        return discoveredDay;
    }

    @Override
    public String toString() {
        return kind + " " + id + " at " + cell + (discovered ? " (discovered)" : " (hidden)");
    }
}
