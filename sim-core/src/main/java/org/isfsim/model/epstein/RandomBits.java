package org.isfsim.model.epstein;

import java.io.Serializable;
import sim.engine.SimState;

/**
 * The run's random numbers, cut a few bits at a time: bytes are drawn from the state's generator ahead of use,
 * {@link #BYTES} at a time (the generator's {@code nextLong} is too large to be inlined into a sweep, so it is
 * called in a tight loop instead), eight to a long, lowest first, and read from any byte: 2 for a uniform
 * integer below 2^16, up to 8 for a move's eight tries. Bounded integers use Lemire's unbiased
 * multiply-and-reject (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)).
 *
 * <p>The sweep's order has a stock of its own, read two bytes at a time ({@link #slot}), so that its draws
 * never wait on a move's. The generator is read from the state at each refill, since MASON's
 * {@code setSeed} replaces it.
 */
final class RandomBits implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Bytes of randomness drawn from the generator at a time. */
    static final int BYTES = 4096;

    private final SimState state;
    /** The stock, one long more than it fills, so that reading across the last long never reads past it. */
    private final long[] bytes = new long[BYTES / 8 + 1];
    /** The next unused byte of {@link #bytes}. */
    private int at = BYTES;
    private final long[] shuffleBytes = new long[BYTES / 8];
    private int shuffleAt = BYTES;

    RandomBits(SimState state) {
        this.state = state;
    }

    /** A uniform integer in [0, n), n &gt; 0. */
    int uniform(int n) {
        return n <= 0x10000 ? bounded16(n) : bounded32(n);
    }

    /**
     * A uniform integer in [0, n), 0 &lt; n ≤ 2^16, from 16 random bits almost always (no division unless the
     * draw falls in the thin band Lemire's method must reject from).
     */
    int bounded16(int n) {
        int m = random16() * n;
        int low = m & 0xFFFF;
        if (low < n) {
            int reject = (0x10000 - n) % n;
            while (low < reject) {
                m = random16() * n;
                low = m & 0xFFFF;
            }
        }
        return m >>> 16;
    }

    /** A uniform integer in [0, n), n &gt; 0, from 32 random bits. */
    int bounded32(int n) {
        long m = (random32() & 0xFFFFFFFFL) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long reject = (0x100000000L - n) % n;
            while (low < reject) {
                m = (random32() & 0xFFFFFFFFL) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * A uniformly random slot in [i, n) for the sweep's shuffle, from the shuffle's own bytes (a redraw, in the
     * rare band Lemire's method rejects, takes the main stock's).
     */
    int slot(int i, int n) {
        int left = n - i;
        if (left > 0x10000) {
            return i + bounded32(left);
        }
        int next = shuffleAt;
        if (next > BYTES - 2) {
            fill(shuffleBytes);
            shuffleAt = 0;
            next = 0;
        }
        int m = ((int) (shuffleBytes[next >>> 3] >>> ((next & 7) << 3)) & 0xFFFF) * left;
        shuffleAt = next + 2;
        if ((m & 0xFFFF) < left) {
            int reject = (0x10000 - left) % left;
            while ((m & 0xFFFF) < reject) {
                m = random16() * left;
            }
        }
        return i + (m >>> 16);
    }

    /** The next 16 random bits. */
    int random16() {
        int bits = (int) peek64() & 0xFFFF;
        at += 2;
        return bits;
    }

    /** The next 32 random bits. */
    int random32() {
        int bits = (int) peek64();
        at += 4;
        return bits;
    }

    /** The next 64 random bits, not yet taken: the caller takes as many bytes of them as it uses. */
    long peek64() {
        reserve(0);
        return peekReserved();
    }

    /**
     * Makes sure the next 8 + {@code extra} bytes are in stock, refilling it (dropping what is left) if not,
     * so that that many bytes can be read with {@link #peekReserved} and {@link #skip} without a check each.
     */
    void reserve(int extra) {
        if (at > BYTES - 8 - extra) {
            fill(bytes);
            at = 0;
        }
    }

    /** The next 64 random bits, not yet taken, from a stock made sure of by {@link #reserve}. */
    long peekReserved() {
        int word = at >>> 3;
        int shift = (at & 7) << 3;
        return (bytes[word] >>> shift) | ((bytes[word + 1] << 1) << (63 - shift));
    }

    /** Takes the next {@code count} bytes, as read by {@link #peekReserved}. */
    void skip(int count) {
        at += count;
    }

    /** Refills a stock from the state's generator (any bytes left unused are dropped). */
    private void fill(long[] stock) {
        for (int k = 0; k < BYTES / 8; k++) {
            stock[k] = state.random.nextLong();
        }
    }
}
