package org.isfsim.analysis.compare;

/**
 * One set's daily mean of one metric across its runs with the 95% band of that mean,
 * mean ± t(0.975, n−1)·sd/√n per day ({@link SampleSummary}); days in ascending order. The band is
 * NaN on a day with fewer than two values.
 */
public record DailyBand(String set, String metric, int[] days, long[] n, double[] mean, double[] low, double[] high) {
    public DailyBand {
        int length = days.length;
        if (n.length != length || mean.length != length || low.length != length || high.length != length) {
            throw new IllegalArgumentException("arrays of different lengths for " + set + " / " + metric);
        }
        days = days.clone();
        n = n.clone();
        mean = mean.clone();
        low = low.clone();
        high = high.clone();
    }

    public int size() {
        return days.length;
    }

    @Override
    public int[] days() {
        return days.clone();
    }

    @Override
    public long[] n() {
        return n.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }
}
