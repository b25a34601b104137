package org.isfsim.model.insurgency;

import java.io.Serializable;
import org.isfsim.model.map.GridCell;

/**
 * A unit of an armed group (Hamas or another faction): fighters with weapons, hidden in
 * infrastructure at one place (docs/sources.md#hamas). It reasserts authority around it, recruits among
 * active civilians, attacks security forces when the local odds favour it and breaks the ceasefire.
 */
public final class ArmedGroupCell implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final GridCell cell;
    private int fighters;
    private int losses;
    private int recruits;
    private int attacks;

    public ArmedGroupCell(int id, GridCell cell, int fighters) {
        this.id = id;
        this.cell = cell;
        this.fighters = fighters;
    }

    /** Removes up to {@code count} fighters killed; returns how many were removed. */
    public int lose(int count) {
        int lost = Math.min(count, fighters);
        fighters -= lost;
        losses += lost;
        return lost;
    }

    /** Adds recruits. */
    public void recruit(int count) {
        fighters += count;
        recruits += count;
    }

    /** Counts one attack made by the group. */
    public void countAttack() {
        attacks++;
    }

    public int getId() {
        return id;
    }

    public GridCell getCell() {
        return cell;
    }

    public int getFighters() {
        return fighters;
    }

    public int getLosses() {
        return losses;
    }

    public int getRecruits() {
        return recruits;
    }

    public int getAttacks() {
        return attacks;
    }

    @Override
    public String toString() {
        return "armed group " + id + " at " + cell + " (" + fighters + " fighters)";
    }
}
