package org.isfsim.model.epstein;

/**
 * What a cell of the engine's grid holds, in one byte: its occupant's code in the low two bits and, for a
 * citizen, its quiet class above them (its least quiet ratio, see {@link QuietRatios}), so that the citizen's
 * rule travels with it and an activation reads little beyond its own neighbourhood.
 */
final class CellByte {
    /** Nobody; a cell byte of 0 is an empty cell. */
    static final int EMPTY = 0;
    /** A quiet citizen. */
    static final int QUIET = 1;
    /** An active citizen. */
    static final int ACTIVE = 2;
    /** A cop. */
    static final int COP = 3;

    /** The bits of a cell byte that hold its code. */
    static final int CODE = 3;
    /** Quiet class of a citizen active whatever it sees. */
    static final int ALWAYS_ACTIVE = 62;
    /** Quiet class of a citizen whose least quiet ratio must be looked up (too large for a class, or −1). */
    static final int LOOK_UP = 63;

    private CellByte() {
    }

    /**
     * The cell byte of a citizen with this code and least quiet ratio q, out of {@code ratios} ratios
     * (q = ratios for a citizen active at every ratio, −1 for one whose rule is evaluated as written).
     */
    static byte citizen(int code, int q, int ratios) {
        int quietClass = q >= ratios ? ALWAYS_ACTIVE : q >= 0 && q < ALWAYS_ACTIVE ? q : LOOK_UP;
        return (byte) (quietClass << 2 | code);
    }
}
