package org.isfsim.model.params;

import java.io.Serializable;

/**
 * The civilian population: how many people live in the strip and how many each civilian agent
 * stands for.
 *
 * @param residents the number of people in the strip
 * @param peoplePerAgent how many people one civilian agent represents (1 = every person)
 * @param shelterPeoplePerKm2 the most people an unheld km² takes in, its own residents included, when the
 *     people of the held zone are displaced on day 0 (the map's initial placement)
 */
public record PopulationParameters(
        @Source("docs/sources.md#geography Population (end 2025): ~2.13 million (PCBS)") long residents,
        @Slider(min = 1, max = 1000) @Source("docs/sources.md#design-scale: 1:100 by default; 1 = every person") int peoplePerAgent,
        @Slider(min = 10_000, max = 100_000) @Source("docs/sources.md#geography Shelter density (al-Mawasi): 30,000-34,000 per km² (OCHA, 2024); the upper figure; range 30,000-100,000") double shelterPeoplePerKm2) implements Serializable {

    public PopulationParameters {
        Check.range("population.residents", residents, 0L, 10_000_000L);
        Check.range("population.peoplePerAgent", peoplePerAgent, 1, 100_000);
        Check.range("population.shelterPeoplePerKm2", shelterPeoplePerKm2, 1_000.0, 1_000_000.0);
    }

    public static PopulationParameters defaults() {
        return new PopulationParameters(2_130_000L, 100, 34_000.0);
    }
}
