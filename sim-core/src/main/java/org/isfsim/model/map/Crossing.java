package org.isfsim.model.map;

/**
 * The five land crossings of the Gaza Strip, with approximate positions; aid and people enter the model
 * through them (docs/sources.md#geography rows "Zikim", "Erez / Beit Hanoun", "Kissufim", "Kerem Shalom (Karem Abu
 * Salem)" and "Rafah crossing").
 *
 * <p>Positions are approximate latitudes/longitudes placed on the embedded {@link GazaOutline} border
 * with the real relative layout: Zikim on the northern border near the coast, Erez on the northern
 * border near the north-east corner at Beit Hanoun, Kissufim on the eastern border east of the
 * Deir al-Balah/Khan Younis boundary, Kerem Shalom at the southern tip where Gaza, Israel and Egypt meet,
 * and Rafah on the Egyptian border about 3 km north-west of Kerem Shalom. docs/sources.md gives no coordinates,
 * so these are an assumption accurate to a few hundred metres; {@link GazaMap#crossing(Crossing)} snaps
 * each to the nearest inside cell.
 */
public enum Crossing {
    /** Zikim: Israel–northern Gaza, north-west, coastal; main entry for northern aid. */
    ZIKIM("Zikim", 31.5863, 34.5043),
    /** Erez / Beit Hanoun: Israel–northern Gaza crossing for people. */
    EREZ("Erez", 31.5590, 34.5430),
    /** Kissufim: Israel–central/southern Gaza, opened for aid Nov 2024. */
    KISSUFIM("Kissufim", 31.3780, 34.3770),
    /** Kerem Shalom (Karem Abu Salem): the main goods crossing at Gaza's southern tip. */
    KEREM_SHALOM("Kerem Shalom", 31.2286, 34.2844),
    /** Rafah: the Gaza–Egypt crossing, reopened for passengers 2 Feb 2026. */
    RAFAH("Rafah", 31.2470, 34.2580);

    private final String displayName;
    private final double latitude;
    private final double longitude;

    Crossing(String displayName, double latitude, double longitude) {
        this.displayName = displayName;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** @return the English name used in reports and the GUI */
    public String displayName() {
        return displayName;
    }

    /** @return the approximate latitude, degrees north */
    public double latitude() {
        return latitude;
    }

    /** @return the approximate longitude, degrees east */
    public double longitude() {
        return longitude;
    }

    /** @return the position's x in the {@link GazaOutline} km frame (east) */
    public double xKm() {
        return GazaOutline.xKmOfLongitude(longitude);
    }

    /** @return the position's y in the {@link GazaOutline} km frame (north) */
    public double yKm() {
        return GazaOutline.yKmOfLatitude(latitude);
    }
}
