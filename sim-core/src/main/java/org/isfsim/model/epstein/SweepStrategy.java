package org.isfsim.model.epstein;

import java.io.Serializable;

/**
 * How one step's random-sequential sweep finds what an agent sees: on bitboards ({@link BitboardSweep}) when
 * the vision is a square that fits them, else along the {@link Vision} offsets ({@link VisionSweep}). Chosen
 * once per run, in {@link EpsteinModel#start()}; both give the rule the same answers, in the same random order.
 *
 * <p>The sweep is a Fisher–Yates shuffle run forwards, each agent activated as soon as its place is drawn:
 * it moves (Rule M: to a random empty cell in vision), then a citizen decides (Rule A) and a cop arrests
 * (Rule C: one active in vision, at random), each seeing the moves and states of those activated before it.
 */
interface SweepStrategy extends Serializable {

    /** One sweep of every agent on the grid, on step {@code today}. */
    void sweep(int today);

    /**
     * Rule M for the agent at {@code xy}, entry {@code agent} of the sweep's list: to a random empty cell within
     * its vision, if any. Returns its new position (the caller records it).
     */
    int move(int xy, int agent);

    /** Rule A, where the citizen stands: active if G − R·P > T. */
    void decide(int citizen);

    /** Rule C for the cop at {@code xy}: arrests one active citizen in vision, chosen at random, if any. */
    void arrest(int xy, int today);

    /** Notes an agent just placed at (x, y) with this cell code, outside a sweep. */
    void placed(int x, int y, int code);
}
