package org.isfsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A set of runs to make: design points of one scenario, each replicated, with seeds from one base
 * seed. Run numbers go from 1 through the design points in order, replications innermost.
 *
 * @param scenario the scenario's name
 * @param design how the design points were made, as written to the manifest
 * @param points the design points
 * @param replications runs per design point
 * @param baseSeed the seed every run's seed is derived from ({@link Seeds})
 * @param output which metric columns and days are written
 */
public record Experiment(String scenario, Map<String, Object> design, List<DesignPoint> points, int replications,
        long baseSeed, OutputOptions output) {

    public Experiment {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one design point");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1: " + replications);
        }
        design = Map.copyOf(design);
        if (output == null) {
            output = OutputOptions.all();
        }
        points = List.copyOf(points);
    }

    /** An experiment writing every metric every day. */
    public Experiment(String scenario, Map<String, Object> design, List<DesignPoint> points, int replications,
            long baseSeed) {
        this(scenario, design, points, replications, baseSeed, OutputOptions.all());
    }

    /** The factor columns, from the first design point (all points share them). */
    public List<String> factorKeys() {
        return points.get(0).factors().stream().map(FactorValue::key).toList();
    }

    public int runCount() {
        return points.size() * replications;
    }

    /** Every run, in run order. */
    public List<RunSpec> runs() {
        List<RunSpec> runs = new ArrayList<>(runCount());
        int run = 1;
        for (DesignPoint point : points) {
            for (int replication = 1; replication <= replications; replication++) {
                runs.add(new RunSpec(run, scenario, replication, Seeds.forRun(baseSeed, run), point.factors(),
                        point.parameters()));
                run++;
            }
        }
        return runs;
    }
}
