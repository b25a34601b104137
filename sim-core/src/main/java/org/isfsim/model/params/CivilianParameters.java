package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The civilians of Gaza under Epstein's civil violence rule (Epstein 2002, PNAS 99 suppl. 3): a
 * civilian turns active when grievance H·(1−L) less net risk R·P exceeds a threshold, with arrest
 * probability P = 1 − exp(−k·⌊C/(A+1)⌋) from the security personnel C and actives A within vision.
 * Defaults are the paper's Run 1 values, with its lattice steps read as days and its cells as
 * 250 m map cells.
 *
 * @param visionKm how far a civilian sees, km (the half-side of the square window counted for C and A)
 * @param arrestConstant k in P = 1 − exp(−k·⌊C/(A+1)⌋)
 * @param threshold T: a civilian turns active when G − R·P > T
 * @param maxDetentionDays the longest detention, days (terms are uniform on 1..maxDetentionDays)
 * @param arrestsPerSecurityPersonDay actives one member of the security forces can detain in a day
 */
public record CivilianParameters(
        @Slider(min = 0, max = 5) @Source("Epstein 2002 Run 1: vision 7, as 7 cells of 250 m") double visionKm,
        @Slider(min = 0, max = 5) @Source("Epstein 2002: k = 2.3, so that P = 0.9 when C = 1 and A = 1") double arrestConstant,
        @Slider(min = -1, max = 1) @Source("Epstein 2002, Run 1: threshold 0.1") double threshold,
        @Slider(min = 1, max = 365) @Source("Epstein 2002, Run 1: maximum jail term 30, as days") int maxDetentionDays,
        @Source("Epstein 2002: a cop arrests one active within its vision per step") double arrestsPerSecurityPersonDay) implements Serializable {

    public CivilianParameters {
        Check.range("civilians.visionKm", visionKm, 0.0, 50.0);
        Check.range("civilians.arrestConstant", arrestConstant, 0.0, 100.0);
        Check.range("civilians.threshold", threshold, -1.0, 1.0);
        Check.range("civilians.maxDetentionDays", maxDetentionDays, 1, 100_000);
        Check.range("civilians.arrestsPerSecurityPersonDay", arrestsPerSecurityPersonDay, 0.0, 1_000.0);
    }

    public static CivilianParameters defaults() {
        return new CivilianParameters(1.75, 2.3, 0.1, 30, 1.0);
    }
}
