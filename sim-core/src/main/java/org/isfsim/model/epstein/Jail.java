package org.isfsim.model.epstein;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Citizens arrested by Rule C, each with the step at whose start its term ends. Releases come from a ring of
 * lists by release step, not a scan of all citizens; a citizen due out when no cell is empty waits for a
 * later step.
 */
final class Jail implements Serializable {
    private static final long serialVersionUID = 1L;

    private int[] releaseStep;
    /** Jailed citizens by release step modulo its length: the first of each list, or −1. */
    private final int[] releaseLists;
    /** The next citizen in the same release list, or −1. */
    private int[] nextInList;
    /** Citizens due out this step; its first {@link #waiting} are due from earlier steps but found no cell. */
    private int[] due;
    private int waiting;
    private int jailed;

    /** An empty jail for this many citizens (it grows with them) and terms of 0 .. maxJailTerm steps. */
    Jail(int citizens, int maxJailTerm) {
        releaseStep = new int[citizens];
        nextInList = new int[citizens];
        due = new int[citizens];
        releaseLists = new int[maxJailTerm + 2];
        Arrays.fill(releaseLists, -1);
    }

    /** Makes room for citizens numbered below {@code capacity}. */
    void grow(int capacity) {
        releaseStep = Arrays.copyOf(releaseStep, capacity);
        nextInList = Arrays.copyOf(nextInList, capacity);
        due = Arrays.copyOf(due, capacity);
    }

    /** Locks the citizen up until the start of step {@code release}. */
    void lockUp(int citizen, int release) {
        releaseStep[citizen] = release;
        int list = release % releaseLists.length;
        nextInList[citizen] = releaseLists[list];
        releaseLists[list] = citizen;
        jailed++;
    }

    /**
     * Gathers the citizens due out at the start of this step, those still waiting first, and returns how many
     * (read them with {@link #due(int)}). When they are more than the {@code room} there is, they are sorted,
     * so that the lowest-numbered go first.
     */
    int collectDue(int step, int room) {
        int list = step % releaseLists.length;
        int n = waiting;
        for (int c = releaseLists[list]; c >= 0; c = nextInList[c]) {
            due[n++] = c;
        }
        releaseLists[list] = -1;
        if (n > room) {
            Arrays.sort(due, 0, n);
        }
        return n;
    }

    /** The k-th citizen gathered by {@link #collectDue}. */
    int due(int k) {
        return due[k];
    }

    /** Frees the first {@code released} of the {@code n} gathered; the rest wait for a later step. */
    void release(int released, int n) {
        jailed -= released;
        waiting = n - released;
        System.arraycopy(due, released, due, 0, waiting);
    }

    /** The step at whose start a jailed citizen is due out. */
    int releaseStep(int citizen) {
        return releaseStep[citizen];
    }

    int count() {
        return jailed;
    }
}
