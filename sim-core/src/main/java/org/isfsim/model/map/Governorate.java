package org.isfsim.model.map;

/**
 * The five governorates of the Gaza Strip, in their real north-to-south order; they give the model its
 * sectors and split the population.
 *
 * <p>Areas are the figures in docs/sources.md#geography "Governorate areas" (Wikipedia, older version: 61, 70, 56, 108
 * and 65 km², total 360 km²). Pre-war populations are docs/sources.md#geography rows "North Gaza pop. (pre-war)" and
 * "Gaza governorate pop. (pre-war)" (PCBS, eve of the war, via maannews.net), "Deir al-Balah pop." (PCBS
 * mid-2022 projection), "Khan Yunis pop." (PCBS mid-2022) and "Rafah pop." (a derived figure: PCBS pre-war
 * density 4,360/km² × 63.1 km²). They are used only as relative weights; {@link GazaMap} rescales them to
 * the scenario's total population.
 */
public enum Governorate {
    /** North Gaza (Beit Hanoun, Beit Lahia, Jabalia). */
    NORTH_GAZA("North Gaza", 61.0, 448_000L),
    /** Gaza governorate (Gaza City). */
    GAZA("Gaza", 70.0, 754_000L),
    /** Deir al-Balah, the central governorate. */
    DEIR_AL_BALAH("Deir al-Balah", 56.0, 310_820L),
    /** Khan Younis. */
    KHAN_YOUNIS("Khan Younis", 108.0, 426_056L),
    /** Rafah, on the Egyptian border. */
    RAFAH("Rafah", 65.0, 275_000L);

    private final String displayName;
    private final double citedAreaKm2;
    private final long preWarPopulation;

    Governorate(String displayName, double citedAreaKm2, long preWarPopulation) {
        this.displayName = displayName;
        this.citedAreaKm2 = citedAreaKm2;
        this.preWarPopulation = preWarPopulation;
    }

    /** @return the English name used in reports and the GUI, e.g. "Deir al-Balah" */
    public String displayName() {
        return displayName;
    }

    /** @return the cited area in km² (docs/sources.md#geography "Governorate areas") */
    public double citedAreaKm2() {
        return citedAreaKm2;
    }

    /** @return the cited pre-war population (docs/sources.md#geography, one row per governorate; Rafah is derived) */
    public long preWarPopulation() {
        return preWarPopulation;
    }

    /** @return the sum of the five cited areas, 360 km² */
    static double totalCitedAreaKm2() {
        double sum = 0.0;
        for (Governorate g : values()) {
            sum += g.citedAreaKm2;
        }
        return sum;
    }
}
