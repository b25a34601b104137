package org.isfsim.model.params;

import java.io.Serializable;
import org.isfsim.InvalidInputException;

/**
 * The Epstein reference mode: the civil violence model of Epstein (2002, PNAS 99 suppl. 3, "Model I"
 * and "Model II" with legitimacy) run alone on a torus, one agent per cell, so the civilian rule can be
 * checked against published results. When {@code enabled}, a run ignores the Gaza map and every other
 * section.
 *
 * @param enabled whether runs use the reference mode instead of the Gaza model
 * @param width torus width in cells
 * @param height torus height in cells
 * @param citizenDensity share of cells holding a citizen at the start
 * @param copDensity share of cells holding a cop
 * @param vision how far an agent sees, in cells
 * @param neighbourhood the shape of vision: the paper's von Neumann or the square Moore window
 * @param legitimacy the regime's legitimacy L, the same for all citizens
 * @param maxJailTerm the longest jail term, in steps (terms are uniform on 0..maxJailTerm)
 * @param arrestConstant k in P = 1 − exp(−k·⌊C/(A+1)⌋)
 * @param threshold T: a citizen rebels when G − R·P > T
 */
public record EpsteinParameters(
        @Source("assumption: the Gaza model is the default; the scenario epstein-civil-violence enables this") boolean enabled,
        @Slider(min = 10, max = 400) @Source("Epstein 2002: a 40 x 40 torus") int width,
        @Slider(min = 10, max = 400) @Source("Epstein 2002: a 40 x 40 torus") int height,
        @Slider(min = 0, max = 0.95) @Source("Epstein 2002, Run 1: initial agent density 0.7") double citizenDensity,
        @Slider(min = 0, max = 0.05) @Source("Epstein 2002, Run 1: initial cop density 0.04") double copDensity,
        @Slider(min = 1, max = 20) @Source("Epstein 2002, Run 1: agent and cop vision 7") int vision,
        @Source("Epstein 2002: vision is the lattice positions north, south, east and west (von Neumann)") Neighbourhood neighbourhood,
        @Slider(min = 0, max = 1) @Source("Epstein 2002, Run 1: legitimacy 0.82") double legitimacy,
        @Slider(min = 0, max = 1000) @Source("Epstein 2002, Run 1: maximum jail term 30") int maxJailTerm,
        @Slider(min = 0, max = 5) @Source("Epstein 2002: k = 2.3, so that P = 0.9 when C = 1 and A = 1") double arrestConstant,
        @Slider(min = -1, max = 1) @Source("Epstein 2002, Run 1: threshold 0.1") double threshold) implements Serializable {

    /** The shape of an agent's vision. */
    public enum Neighbourhood {
        /** The cells within {@code vision} steps north, south, east and west (the paper's definition). */
        VON_NEUMANN,
        /** The (2·vision + 1)² square around the agent, used by many replications (NetLogo, Mesa). */
        MOORE
    }

    public EpsteinParameters {
        Check.range("epstein.width", width, 2, 10_000);
        Check.range("epstein.height", height, 2, 10_000);
        Check.range("epstein.citizenDensity", citizenDensity, 0.0, 1.0);
        Check.range("epstein.copDensity", copDensity, 0.0, 1.0);
        if (citizenDensity + copDensity > 1.0) {
            throw new InvalidInputException("epstein.citizenDensity + epstein.copDensity: "
                    + (citizenDensity + copDensity) + " is more than the grid holds; allowed: at most 1");
        }
        Check.range("epstein.vision", vision, 1, 1_000);
        Check.present("epstein.neighbourhood", neighbourhood);
        Check.range("epstein.legitimacy", legitimacy, 0.0, 1.0);
        Check.range("epstein.maxJailTerm", maxJailTerm, 0, 100_000);
        Check.range("epstein.arrestConstant", arrestConstant, 0.0, 100.0);
        Check.range("epstein.threshold", threshold, -1.0, 1.0);
    }

    public static EpsteinParameters defaults() {
        return new EpsteinParameters(false, 40, 40, 0.7, 0.04, 7, Neighbourhood.VON_NEUMANN, 0.82, 30, 2.3, 0.1);
    }
}
