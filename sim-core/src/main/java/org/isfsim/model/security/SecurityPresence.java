package org.isfsim.model.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.population.CivilianPopulation;
import org.isfsim.model.space.SummedAreaTable;

/**
 * Who is where today, cell by cell: ISF troops, police (weighted by effectiveness) and the two together,
 * as the armed groups, the civilians and legitimacy see them; and the recruitable civilians, summed over
 * windows for recruiting. Rebuilt once a day before the armed groups act.
 */
public final class SecurityPresence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final boolean[] inside;
    private final double[] isfPeople;
    private final double[] policePeople;
    private final double[] securityPeople;
    private final double[] recruitableAgents;
    private final SummedAreaTable recruitableWindow;

    public SecurityPresence(GazaMap map) {
        width = map.width();
        inside = map.insideMask();
        int cells = inside.length;
        isfPeople = new double[cells];
        policePeople = new double[cells];
        securityPeople = new double[cells];
        recruitableAgents = new double[cells];
        recruitableWindow = new SummedAreaTable(map.width(), map.height());
    }

    /**
     * Rebuilds the fields from the units on the ground, each list in roster order, and the civilians
     * recruitable now.
     */
    public void rebuild(List<? extends SecurityUnit> contingents, List<? extends SecurityUnit> policeUnits,
            CivilianPopulation civilians) {
        add(contingents, isfPeople);
        add(policeUnits, policePeople);
        for (int i = 0; i < securityPeople.length; i++) {
            securityPeople[i] = isfPeople[i] + policePeople[i];
            recruitableAgents[i] = inside[i] ? civilians.recruitableAgents(i) : 0;
        }
        recruitableWindow.rebuild(recruitableAgents);
    }

    private void add(List<? extends SecurityUnit> units, double[] people) {
        Arrays.fill(people, 0);
        for (SecurityUnit unit : units) {
            if (unit.isOnGround()) {
                GridCell at = unit.getPosition();
                people[at.y() * width + at.x()] += unit.securityPeople();
            }
        }
    }

    /** ISF troops per cell (indexed y * width + x; the array is live, do not modify). */
    public double[] isfPeople() {
        return isfPeople;
    }

    /** Police per cell, weighted by effectiveness (live, do not modify). */
    public double[] policePeople() {
        return policePeople;
    }

    /** ISF troops and weighted police per cell (live, do not modify). */
    public double[] securityPeople() {
        return securityPeople;
    }

    /** Recruitable civilian agents within {@code reach} cells of (x, y), as of the last rebuild. */
    public double recruitableAgentsWithin(int x, int y, int reach) {
        return recruitableWindow.window(x, y, reach);
    }
}
