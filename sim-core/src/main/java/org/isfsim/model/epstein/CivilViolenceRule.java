package org.isfsim.model.epstein;

import java.io.Serializable;
import org.isfsim.model.params.EpsteinParameters;

/**
 * Rule A of Epstein's civil violence model, as the paper writes it (Epstein 2002, "Modeling civil violence:
 * An agent-based computational approach", PNAS 99 suppl. 3, Model I): a citizen with hardship H and risk
 * aversion R, under a regime of legitimacy L, has grievance {@code G = H·(1 − L)}, estimates its arrest
 * probability {@code P = 1 − exp(−k·⌊C/(A+1)⌋)} from the C cops and A other actives in its vision (the floor
 * is NetLogo Rebellion's, see {@link #arrestProbability(double, int, int)}), and is active iff
 * {@code G − N > T}, with net risk {@code N = R·P} and threshold T.
 *
 * <p>This is the rule a reader should check first; the engine ({@link EpsteinModel}'s sweeps) decides the same
 * thing faster, and {@code EpsteinShortcutsTest} checks that it agrees with this class.
 *
 * @param legitimacy L, the regime's legitimacy in [0, 1]
 * @param arrestConstant k, chosen by Epstein as 2.3 so that P = 0.9 when C = 1 and A = 0
 * @param threshold T, the net grievance a citizen needs before it goes active
 */
public record CivilViolenceRule(double legitimacy, double arrestConstant, double threshold) implements Serializable {

    /** The rule under the given parameters' legitimacy, arrest constant and threshold. */
    public static CivilViolenceRule of(EpsteinParameters parameters) {
        return new CivilViolenceRule(parameters.legitimacy(), parameters.arrestConstant(), parameters.threshold());
    }

    /** Grievance {@code G = H·(1 − L)}: hardship the citizen blames on an illegitimate regime. */
    public double grievance(double hardship) {
        return hardship * (1 - legitimacy);
    }

    /** The citizen's estimated arrest probability if it goes active, seeing these cops and other actives. */
    public double arrestProbability(int copsInVision, int otherActivesInVision) {
        return arrestProbability(arrestConstant, copsInVision, otherActivesInVision);
    }

    /**
     * The citizen's estimate of its arrest probability if it goes active, P = 1 − exp(−k·⌊C/(A+1)⌋), where
     * C is the cops and A the other actives in vision, the "+1" being the citizen itself (Epstein 2002 chose
     * k = 2.3 so that P = 0.9 for one cop and one active, itself). The floor is not in the paper's formula; it
     * is NetLogo Rebellion's, whose authors found the model shows no punctuated equilibrium without it (Mesa
     * rounds instead). It makes P zero whenever actives outnumber cops.
     */
    public static double arrestProbability(double k, int copsInVision, int otherActivesInVision) {
        return 1 - Math.exp(-k * (copsInVision / (otherActivesInVision + 1)));
    }

    /** P for a cop-to-active ratio {@code ⌊C/(A+1)⌋} already taken: the same expression, for the engine's table. */
    public double arrestProbabilityAtRatio(int ratio) {
        return 1 - Math.exp(-arrestConstant * ratio);
    }

    /**
     * Whether a citizen of this grievance and risk aversion, facing this arrest probability, is active:
     * G − N &gt; T, with net risk N = R·P.
     */
    public boolean rebels(double grievance, double riskAversion, double arrestProbability) {
        return grievance - riskAversion * arrestProbability > threshold;
    }

    /** Rule A in full, for a citizen who sees these cops and other actives. */
    public boolean rebels(double grievance, double riskAversion, int copsInVision, int otherActivesInVision) {
        return rebels(grievance, riskAversion, arrestProbability(copsInVision, otherActivesInVision));
    }
}
