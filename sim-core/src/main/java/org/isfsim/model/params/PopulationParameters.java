package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The civilian population: how many people live in the strip and how many each civilian agent
 * stands for.
 *
 * @param residents the number of people in the strip
 * @param peoplePerAgent how many people one civilian agent represents (1 = every person)
 */
public record PopulationParameters(
        @Source("docs/sources.md#geography Population (end 2025): ~2.13 million (PCBS)") long residents,
        @Slider(min = 1, max = 1000) @Source("docs/sources.md#design-scale: 1:100 by default; 1 = every person") int peoplePerAgent) implements Serializable {

    public PopulationParameters {
        Check.range("population.residents", residents, 0L, 10_000_000L);
        Check.range("population.peoplePerAgent", peoplePerAgent, 1, 100_000);
    }

    public static PopulationParameters defaults() {
        return new PopulationParameters(2_130_000L, 100);
    }
}
