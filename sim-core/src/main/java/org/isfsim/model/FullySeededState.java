package org.isfsim.model;

import sim.engine.SimState;

/**
 * A MASON model seeded with all 64 bits of its seed. MASON seeds its generator from the low 32 bits of a
 * long only; isf-sim's run seeds use all 64, so that two runs of a large sweep cannot share a stream.
 */
public abstract class FullySeededState extends SimState {
    private static final long serialVersionUID = 1L;

    protected FullySeededState(long seed) {
        super(seed);
        seedFully(seed);
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        seedFully(seed);
    }

    private void seedFully(long seed) {
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
    }
}
