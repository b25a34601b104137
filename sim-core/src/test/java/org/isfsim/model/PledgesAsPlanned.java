package org.isfsim.model;

import java.util.List;
import org.isfsim.model.params.Parameters;

/**
 * Test parameters whose pledges arrive as planned: no nation waits for disarmament, each decides on its planned
 * day with no lead time, and no shock holds it (docs/sources.md#design-force-politics). For claims about what
 * troops do once there, not about whether politics lets them come.
 */
public final class PledgesAsPlanned {
    private PledgesAsPlanned() {
    }

    /** {@code base} with the deployment rules set so that every pledge arrives on its dates. */
    public static Parameters of(Parameters base) {
        return base.with("deployment.waitForDisarmament", List.of()).with("deployment.decisionChancePerDay", 1.0)
                .with("deployment.leadDays", 0).with("deployment.shocks", List.of());
    }
}
