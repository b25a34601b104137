package org.isfsim.experiment.design;

/**
 * What a design point is within a block of the {@link SobolSaltelli} design: row j of matrix A,
 * row j of matrix B, or row j of AB<sup>(i)</sup> (A with column i taken from B). The sensitivity
 * estimators combine the outputs of these roles within a block (Saltelli et al. 2010).
 *
 * @param offset the point's position within its block: 0 for A, 1 for B, 2 + i for AB<sup>(i)</sup>
 */
public record SaltelliRole(int offset) {

    /** Row j of the first sample matrix. */
    public static final SaltelliRole A = new SaltelliRole(0);

    /** Row j of the second sample matrix. */
    public static final SaltelliRole B = new SaltelliRole(1);

    public SaltelliRole {
        if (offset < 0) {
            throw new IllegalArgumentException("a Saltelli role's offset is >= 0, got " + offset);
        }
    }

    /** Row j of AB<sup>(factor)</sup>: A with the column of {@code factor} (0-based) taken from B. */
    public static SaltelliRole ab(int factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor index must be >= 0, got " + factor);
        }
        return new SaltelliRole(2 + factor);
    }

    /** Whether this is an AB<sup>(i)</sup> row. */
    public boolean isAb() {
        return offset >= 2;
    }

    /** The 0-based factor whose column came from B, for an AB<sup>(i)</sup> row; -1 for A and B. */
    public int factor() {
        return offset >= 2 ? offset - 2 : -1;
    }

    /** A short label for output files: "A", "B", or "AB1", "AB2", … (factor numbered from 1). */
    public String label() {
        if (offset == 0) {
            return "A";
        }
        if (offset == 1) {
            return "B";
        }
        return "AB" + (offset - 1);
    }
}
