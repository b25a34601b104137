package org.isfsim.model.population;

import java.io.Serializable;

/**
 * What the civilians see on a day, cell by cell ({@code y * width + x}), filled by the model before
 * {@link CivilianPopulation#step}: the order's ISF troops and police, the armed groups' fighters and control,
 * aid relief and hardship, and the two strip-wide broken promises of the day. Allocated once and refilled, so
 * the daily loop allocates nothing.
 */
public final class CivilianDay implements Serializable {
    private static final long serialVersionUID = 1L;

    /** ISF troops and (effectiveness-weighted) police per cell, people: the order's enforcers. */
    public final double[] securityPeople;
    /** ISF troops per cell, people. */
    public final double[] isfPeople;
    /** Police per cell, people. */
    public final double[] policePeople;
    /** Armed-group fighters per cell, people: the groups' enforcers. */
    public final double[] fighterPeople;
    /** Armed-group control per cell, 0..1: the groups' presence as an authority. */
    public final double[] armedControl;
    /** Aid relief per cell, 0..1: 1 where aid keeps hardship at its floor, 0 at its ceiling. */
    public final double[] aidRelief;
    /** Hardship level per cell, ≥ 0: 1 is Epstein's baseline H ~ U(0, 1). */
    public final double[] hardshipLevel;
    /** Today's shortfall of the aid trucks against the agreed volume, 0..1. */
    private double aidShortfall;
    /** Disarmament deadlines missed today. */
    private int deadlinesMissed;

    public CivilianDay(int cells) {
        securityPeople = new double[cells];
        isfPeople = new double[cells];
        policePeople = new double[cells];
        fighterPeople = new double[cells];
        armedControl = new double[cells];
        aidRelief = new double[cells];
        hardshipLevel = new double[cells];
    }

    /**
     * A day as benchmarks and tests use it: security (800 people) in one cell in 97, fighters (100) in one
     * in 31, armed control 0.6, aid relief 0.5 and hardship level 1 inside the strip, the agreed aid met.
     */
    public static CivilianDay typical(org.isfsim.model.map.GazaMap map) {
        CivilianDay day = new CivilianDay(map.width() * map.height());
        for (int i = 0; i < day.cells(); i++) {
            boolean in = map.inside(i % map.width(), i / map.width());
            day.securityPeople[i] = in && i % 97 == 0 ? 800 : 0;
            day.isfPeople[i] = day.securityPeople[i];
            day.fighterPeople[i] = in && i % 31 == 0 ? 100 : 0;
            day.armedControl[i] = in ? 0.6 : 0;
            day.aidRelief[i] = in ? 0.5 : 0;
            day.hardshipLevel[i] = 1.0;
        }
        return day;
    }

    public int cells() {
        return securityPeople.length;
    }

    public double aidShortfall() {
        return aidShortfall;
    }

    /** @param value the shortfall of trucks against the agreed volume, 0..1 */
    public void setAidShortfall(double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("aidShortfall must be in [0, 1]: " + value);
        }
        aidShortfall = value;
    }

    public int deadlinesMissed() {
        return deadlinesMissed;
    }

    /** @param value disarmament deadlines missed today, ≥ 0 */
    public void setDeadlinesMissed(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("deadlinesMissed must be >= 0: " + value);
        }
        deadlinesMissed = value;
    }
}
