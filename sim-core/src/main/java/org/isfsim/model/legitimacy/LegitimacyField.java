package org.isfsim.model.legitimacy;

import java.io.Serializable;
import java.util.Arrays;
import org.isfsim.model.params.LegitimacyParameters;
import org.isfsim.model.space.SummedAreaTable;

/**
 * The legitimacy L each cell's civilians grant the order the ISF and police uphold, built daily from
 * what they can see within their vision (docs/sources.md#design-civilians; Epstein 2002 treats L as given):
 * L = base + policeWeight·police presence + isfWeight·ISF presence + aidWeight·aid relief
 * − casualtyWeight·remembered deaths − armedControlWeight·armed control (+ oversightWeight while the
 * mandate reports to the Security Council), clamped to [0, 1]. Presence saturates at
 * {@code presenceSaturation} personnel within vision; the memory of a death halves every
 * {@code casualtyMemoryDays}.
 */
public final class LegitimacyField implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LegitimacyParameters parameters;
    private final int width;
    private final int height;
    private final int visionCells;
    private final double decay;
    private final double[] legitimacy;
    private final double[] casualtyMemory;
    private final SummedAreaTable police;
    private final SummedAreaTable isf;
    private final SummedAreaTable casualties;

    public LegitimacyField(LegitimacyParameters parameters, int width, int height, int visionCells) {
        this.parameters = parameters;
        this.width = width;
        this.height = height;
        this.visionCells = visionCells;
        this.decay = Math.pow(0.5, 1.0 / parameters.casualtyMemoryDays());
        this.legitimacy = new double[width * height];
        this.casualtyMemory = new double[width * height];
        this.police = new SummedAreaTable(width, height);
        this.isf = new SummedAreaTable(width, height);
        this.casualties = new SummedAreaTable(width, height);
        Arrays.fill(legitimacy, parameters.base());
    }

    /** Remembers civilians killed in a cell today. */
    public void recordDeaths(int cell, double people) {
        casualtyMemory[cell] += people;
    }

    /**
     * Recomputes every cell's L.
     *
     * @param policePeople police on duty per cell, weighted by effectiveness
     * @param isfPeople ISF troops per cell
     * @param aidRelief per cell, 1 where aid keeps hardship at its floor, 0 where it is at its ceiling
     * @param armedControl armed-group control per cell, 0..1
     * @param oversight whether the mandate is in force with reports to the Security Council
     * @param inside which cells are in the strip (others are left at 0)
     */
    public void update(double[] policePeople, double[] isfPeople, double[] aidRelief, double[] armedControl,
            boolean oversight, boolean[] inside) {
        police.rebuild(policePeople);
        isf.rebuild(isfPeople);
        casualties.rebuild(casualtyMemory);
        double saturation = parameters.presenceSaturation();
        double constant = parameters.base() + (oversight ? parameters.oversightWeight() : 0.0);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!inside[i]) {
                    legitimacy[i] = 0;
                    continue;
                }
                double l = constant
                        + parameters.policeWeight() * Math.min(1.0, police.window(x, y, visionCells) / saturation)
                        + parameters.isfWeight() * Math.min(1.0, isf.window(x, y, visionCells) / saturation)
                        + parameters.aidWeight() * aidRelief[i]
                        - parameters.casualtyWeight() * casualties.window(x, y, visionCells)
                        - parameters.armedControlWeight() * armedControl[i];
                legitimacy[i] = Math.max(0.0, Math.min(1.0, l));
            }
        }
        for (int i = 0; i < casualtyMemory.length; i++) {
            casualtyMemory[i] *= decay;
        }
    }

    /** L per cell (the array is live; do not modify). */
    public double[] values() {
        return legitimacy;
    }

    public double at(int cell) {
        return legitimacy[cell];
    }
}
