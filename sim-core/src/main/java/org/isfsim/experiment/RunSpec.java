package org.isfsim.experiment;

import java.io.Serializable;
import java.util.List;
import org.isfsim.model.params.Parameters;

/**
 * Everything one run needs: its number in the experiment, the scenario and replication it belongs
 * to, its seed, the factor values of its design point and the resolved parameters.
 */
public record RunSpec(int run, String scenario, int replication, long seed, List<FactorValue> factors,
        Parameters parameters) implements Serializable {

    public RunSpec {
        factors = List.copyOf(factors);
    }
}
