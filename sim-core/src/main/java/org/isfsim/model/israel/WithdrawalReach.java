package org.isfsim.model.israel;

import java.util.Locale;
import org.isfsim.InvalidInputException;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.IsraelParameters;

/**
 * Whether each withdrawal stage's tunnel milestone can be met by the actors a parameter set permits: the
 * IDF demolishes inside the zone it holds ({@code israel.idfDemolitionKmPerDay} > 0), contingents that may
 * disarm demolish outside it. Tunnel is placed with probability proportional to each governorate's
 * pre-war density (as {@code Insurgency} places it), so the tunnel expected inside a zone follows from the
 * map alone, whatever the seed. A stage whose milestone exceeds what is reachable is refused.
 */
public final class WithdrawalReach {
    private WithdrawalReach() {
    }

    /**
     * Refuses a parameter set whose withdrawal milestones the permitted actors cannot meet.
     *
     * @param map the map the model is built on
     * @param israel Israel's parameters (lines, milestones, the IDF's demolition rate)
     * @param tunnelKm tunnel intact at day 0
     * @param isfMayDemolish whether some contingent with troops may disarm
     * @throws InvalidInputException naming {@code israel.stageInfrastructureDestroyed}, the stage, what it
     *     needs and what is reachable
     */
    public static void check(GazaMap map, IsraelParameters israel, double tunnelKm, boolean isfMayDemolish) {
        boolean idfDemolishes = israel.idfDemolitionKmPerDay() > 0;
        for (int k = 0; k + 1 < israel.withdrawalShares().size(); k++) {
            double needed = israel.stageInfrastructureDestroyed().get(k);
            double inside = insideShare(map, map.heldZone(israel.withdrawalShares().get(k)));
            double reachable = (idfDemolishes ? inside : 0.0) + (isfMayDemolish ? 1.0 - inside : 0.0);
            if (needed > reachable + 1e-9) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "israel.stageInfrastructureDestroyed: stage %d (the line at %.0f %%) needs %.0f %% of the "
                                + "tunnel destroyed (%.0f of %.0f km), but only %.0f km (%.1f %%) are reachable: %s and "
                                + "%s; allowed: at most %.3f%s",
                        k + 2, 100 * israel.withdrawalShares().get(k + 1), 100 * needed, needed * tunnelKm, tunnelKm,
                        reachable * tunnelKm, 100 * reachable,
                        idfDemolishes ? "the IDF inside its " + percent(israel.withdrawalShares().get(k)) + " zone"
                                : "the IDF demolishes nothing",
                        isfMayDemolish ? "contingents that may disarm outside it" : "no contingent may disarm",
                        Math.floor(reachable * 1000) / 1000, more(idfDemolishes, isfMayDemolish)),
                        "israel.stageInfrastructureDestroyed", null);
            }
        }
    }

    /** What else would make more tunnel reachable. */
    private static String more(boolean idfDemolishes, boolean isfMayDemolish) {
        if (!idfDemolishes && !isfMayDemolish) {
            return ", or israel.idfDemolitionKmPerDay above 0 or a pledge with mayDisarm";
        }
        return !idfDemolishes ? ", or israel.idfDemolitionKmPerDay above 0"
                : !isfMayDemolish ? ", or a pledge with troops and mayDisarm" : "";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** The share of the tunnel expected inside a zone: density-weighted share of its inside cells. */
    static double insideShare(GazaMap map, HeldZone zone) {
        double all = 0;
        double in = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                Governorate g = map.governorate(x, y);
                if (g == null) {
                    continue;
                }
                double w = g.preWarPopulation() / g.citedAreaKm2();
                all += w;
                if (zone.isHeld(x, y)) {
                    in += w;
                }
            }
        }
        return all == 0 ? 0 : in / all;
    }
}
