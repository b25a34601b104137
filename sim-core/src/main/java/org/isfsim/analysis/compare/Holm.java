package org.isfsim.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (Holm 1979, Scandinavian Journal
 * of Statistics 6(2):65–70): with the m p-values in ascending order p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted
 * p₍ᵢ₎ is max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎) — the same as R's {@code p.adjust(p, "holm")}. It
 * controls the family-wise error rate without assuming independence. NaN p-values are left out of
 * the family and stay NaN; equal p-values keep their input order, so the result is deterministic.
 */
public final class Holm {
    private Holm() {
    }

    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            adjusted[i] = Double.NaN;
            if (!Double.isNaN(p[i])) {
                if (p[i] < 0 || p[i] > 1) {
                    throw new IllegalArgumentException("p-value " + i + " is outside [0, 1]: " + p[i]);
                }
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        int m = order.size();
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order.get(rank);
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
