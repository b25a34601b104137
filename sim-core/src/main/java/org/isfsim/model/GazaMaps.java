package org.isfsim.model;

import java.util.concurrent.ConcurrentHashMap;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.MapParameters;
import org.isfsim.model.params.PopulationParameters;

/**
 * Builds each distinct map once per JVM: a {@link GazaMap} is immutable, so the runs of a sweep
 * share it instead of rasterising the strip again for every run.
 */
final class GazaMaps {
    private record Key(int cellSizeMeters, double idfHeldShare, long residents, double shelterPeoplePerKm2) {
    }

    private static final ConcurrentHashMap<Key, GazaMap> CACHE = new ConcurrentHashMap<>();

    private GazaMaps() {
    }

    static GazaMap get(MapParameters map, PopulationParameters population) {
        Key key = new Key(map.cellSizeMeters(), map.idfHeldShare(), population.residents(),
                population.shelterPeoplePerKm2());
        return CACHE.computeIfAbsent(key, k -> GazaMap.build(k.cellSizeMeters(), k.idfHeldShare(), k.residents(),
                k.shelterPeoplePerKm2()));
    }
}
