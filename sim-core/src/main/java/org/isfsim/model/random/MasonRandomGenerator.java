package org.isfsim.model.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets commons-math3 distributions draw from the run's MASON {@link MersenneTwisterFast}, so all
 * randomness in a run comes from its one seeded stream (docs/sources.md#design-determinism).
 */
public final class MasonRandomGenerator extends AbstractRandomGenerator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final MersenneTwisterFast random;

    public MasonRandomGenerator(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the run's generator is seeded once, by the run");
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }
}
