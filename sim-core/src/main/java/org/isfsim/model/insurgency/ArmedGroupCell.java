package org.isfsim.model.insurgency;

import java.io.Serializable;
import org.isfsim.model.map.GridCell;

/**
 * A unit of an armed group (Hamas or another faction): fighters with weapons, based in infrastructure at
 * one place (docs/sources.md#hamas). It reasserts authority around it, recruits among active civilians,
 * loses fighters who are killed or leave, takes a posture towards the force from the grievance its
 * provocations leave, attacks, moves where an operation needs it and breaks the ceasefire.
 */
public final class ArmedGroupCell implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private GridCell cell;
    private int fighters;
    private int losses;
    private int recruits;
    private int exits;
    private int attacks;
    private Posture posture = Posture.OBSTRUCT;
    private double grievance;
    private double provocations;

    public ArmedGroupCell(int id, GridCell cell, int fighters) {
        this.id = id;
        this.cell = cell;
        this.fighters = fighters;
    }

    /** Sets the day-0 stance. */
    public void startWith(Posture initialPosture, double initialGrievance) {
        posture = initialPosture;
        grievance = initialGrievance;
    }

    /** Fighters who leave alive (desertion, amnesty, exile); returns how many left. */
    public int leave(int count) {
        int left = Math.min(count, fighters);
        fighters -= left;
        exits += left;
        return left;
    }

    /** A provocation today (a demolition or raid within reach, a strike on it): adds to the grievance at the next update. */
    public void provoke(double weight) {
        provocations += weight;
    }

    /** Takes today's provocations into the grievance and moves the posture by the rule. */
    public void updatePosture(PostureRule rule, double standing) {
        grievance = rule.grievance(grievance, provocations + standing);
        provocations = 0;
        posture = rule.next(posture, grievance);
    }

    /** The group moves its base (and fighters) to a cell. */
    public void moveTo(GridCell to) {
        cell = to;
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

    /** Fighters who left alive so far. */
    public int getExits() {
        return exits;
    }

    public Posture getPosture() {
        return posture;
    }

    public double getGrievance() {
        return grievance;
    }

    @Override
    public String toString() {
        return "armed group " + id + " at " + cell + " (" + fighters + " fighters)";
    }
}
