package org.isfsim.experiment;

import java.util.List;
import org.isfsim.model.params.Parameters;

/**
 * One combination of factor values in an experiment, with the parameters it resolves to; each
 * design point is run once per replication.
 */
public record DesignPoint(List<FactorValue> factors, Parameters parameters) {

    public DesignPoint {
        factors = List.copyOf(factors);
    }
}
