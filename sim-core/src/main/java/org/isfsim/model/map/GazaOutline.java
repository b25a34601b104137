package org.isfsim.model.map;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The embedded outline of the Gaza Strip in a local flat km frame (x east, y north), with its coast,
 * Israeli and Egyptian borders and the five governorate cut lines; {@link GazaMap} rasterises it.
 *
 * <p>The outline is the Gaza ring of the Palestine polygon in the thematicmapping.org World Borders
 * dataset (TM_WORLD_BORDERS-0.3), as published in {@code data/pse.geo.json} of the public GitHub
 * repository {@code mledoze/countries}; the 23 vertices are kept verbatim in {@link #LON_LAT}. They are
 * projected equirectangularly at 31.4°N: x = (lon − 34.2)·111.32·cos 31.4°, y = (lat − 31.2)·110.57.
 * Checked against docs/sources.md#geography "Area" (365 km²; the ring gives 374 km², +2.6 %), "Length / width"
 * (41 km; 6–12 km) and "Borders" (Egypt 11 km southwest, Israel east and north, sea to the west).
 *
 * <p>The real governorate boundaries were not found as public coordinates, so the governorates are cut
 * across the strip, perpendicular to its long axis (the principal axis of the polygon, bearing ≈ 36°),
 * at positions where each slice's area is proportional to its cited area (docs/sources.md#geography "Governorate
 * areas"). This is an approximation of the real, roughly cross-strip boundaries.
 */
public final class GazaOutline implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longitude of the frame origin (x = 0), degrees east. */
    public static final double ORIGIN_LONGITUDE = 34.2;
    /** Latitude of the frame origin (y = 0), degrees north. */
    public static final double ORIGIN_LATITUDE = 31.2;
    /** Latitude at which the equirectangular projection is true to scale, degrees north. */
    public static final double REFERENCE_LATITUDE = 31.4;
    /** Kilometres per degree of latitude. */
    public static final double KM_PER_DEGREE_LATITUDE = 110.57;
    /** Kilometres per degree of longitude at {@link #REFERENCE_LATITUDE}. */
    public static final double KM_PER_DEGREE_LONGITUDE = 111.32 * Math.cos(Math.toRadians(REFERENCE_LATITUDE));

    /**
     * The Gaza ring, {lon, lat} in degrees, verbatim from TM_WORLD_BORDERS-0.3 via mledoze/countries
     * {@code data/pse.geo.json}; clockwise, not closed (the source repeats vertex 0 at the end).
     * Comments give the projected km (x, y) and the role of each vertex.
     */
    private static final double[][] LON_LAT = {
        {34.33416, 31.25972},   //  0 (12.75, 6.60) south-east border, north-east of Kerem Shalom
        {34.267578, 31.216541}, //  1 ( 6.42, 1.83) southern tip: Gaza-Israel-Egypt tripoint
        {34.23917, 31.29472},   //  2 ( 3.72,10.47) Egyptian border, Rafah
        {34.21666, 31.32333},   //  3 ( 1.58,13.64) coast at the Egyptian border
        {34.248055, 31.34972},  //  4 ( 4.57,16.55) coast, al-Mawasi
        {34.276108, 31.373886}, //  5 ( 7.23,19.23) coast, Khan Younis
        {34.401108, 31.489166}, //  6 (19.11,31.97) coast, south of Gaza City
        {34.455826, 31.549721}, //  7 (24.31,38.67) coast, Gaza City / Beach camp
        {34.477219, 31.574997}, //  8 (26.34,41.46) coast, Beit Lahia
        {34.48805, 31.59111},   //  9 (27.37,43.25) coast
        {34.490547, 31.596096}, // 10 (27.61,43.80) coast at the northern border (Zikim side)
        {34.559166, 31.546944}, // 11 (34.13,38.36) north-east corner, Beit Hanoun
        {34.558609, 31.533054}, // 12 (34.07,36.83) eastern border
        {34.539993, 31.514721}, // 13 (32.31,34.80) eastern border
        {34.513329, 31.498608}, // 14 (29.77,33.02) eastern border, east of Gaza City
        {34.478607, 31.471107}, // 15 (26.47,29.98) eastern border, near Nahal Oz
        {34.388885, 31.394722}, // 16 (17.95,21.53) eastern border, Kissufim area
        {34.364166, 31.360832}, // 17 (15.60,17.78) eastern border, east of Khan Younis
        {34.364998, 31.34777},  // 18 (15.68,16.34) eastern border
        {34.373604, 31.31444},  // 19 (16.50,12.65) eastern border
        {34.373055, 31.29972},  // 20 (16.44,11.03) eastern border
        {34.37055, 31.29472},   // 21 (16.21,10.47) eastern border
        {34.367775, 31.291111}, // 22 (15.94,10.07) eastern border, south-east
    };
    /** Index of the Gaza-Israel-Egypt tripoint at the southern tip. */
    private static final int TRIPOINT = 1;
    /** Index of the coastal end of the Egyptian border. */
    private static final int EGYPT_COAST = 3;
    /** Index of the coastal end of the northern (Israeli) border. */
    private static final int NORTH_COAST = 10;

    private static final int BISECTION_STEPS = 100;
    private static final GazaOutline STANDARD = new GazaOutline();

    private final double[] xs;
    private final double[] ys;
    private final double areaKm2;
    /** Unit vector of the long axis, pointing north-north-east along the strip. */
    private final double axisX;
    private final double axisY;
    private final double alongMin;
    private final double alongMax;
    /** Along-axis positions of the four cuts, north to south (N|G, G|DB, DB|KY, KY|R). */
    private final double[] cuts;

    private GazaOutline() {
        int n = LON_LAT.length;
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xKmOfLongitude(LON_LAT[i][0]);
            ys[i] = yKmOfLatitude(LON_LAT[i][1]);
        }
        double signed = signedArea(xs, ys);
        areaKm2 = Math.abs(signed);
        double[] axis = principalAxis(xs, ys, signed);
        axisX = axis[0];
        axisY = axis[1];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = along(xs[i], ys[i]);
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        alongMin = lo;
        alongMax = hi;
        cuts = computeCuts();
    }

    /** @return the shared outline instance */
    public static GazaOutline standard() {
        return STANDARD;
    }

    /**
     * Projects a longitude to the km frame.
     *
     * @param longitude degrees east
     * @return x in km east of {@link #ORIGIN_LONGITUDE}
     */
    public static double xKmOfLongitude(double longitude) {
        return (longitude - ORIGIN_LONGITUDE) * KM_PER_DEGREE_LONGITUDE;
    }

    /**
     * Projects a latitude to the km frame.
     *
     * @param latitude degrees north
     * @return y in km north of {@link #ORIGIN_LATITUDE}
     */
    public static double yKmOfLatitude(double latitude) {
        return (latitude - ORIGIN_LATITUDE) * KM_PER_DEGREE_LATITUDE;
    }

    /** @return the outline's vertices as fresh {x, y} km pairs, clockwise, not closed */
    public List<double[]> verticesKm() {
        return polyline(0, xs.length - 1);
    }

    /** @return the Mediterranean coast, from the Egyptian border north to the northern border, {x, y} km */
    public List<double[]> coastKm() {
        return polyline(EGYPT_COAST, NORTH_COAST);
    }

    /** @return the land border with Israel, from the coast in the north round to the tripoint, {x, y} km */
    public List<double[]> israelBorderKm() {
        List<double[]> out = new ArrayList<>(polyline(NORTH_COAST, xs.length - 1));
        out.addAll(polyline(0, TRIPOINT));
        return Collections.unmodifiableList(out);
    }

    /** @return the border with Egypt, from the tripoint to the coast, {x, y} km */
    public List<double[]> egyptBorderKm() {
        return polyline(TRIPOINT, EGYPT_COAST);
    }

    /**
     * The four governorate boundaries as segments clipped to the outline, north to south
     * (North Gaza|Gaza, Gaza|Deir al-Balah, Deir al-Balah|Khan Younis, Khan Younis|Rafah).
     *
     * @return fresh {x1, y1, x2, y2} km arrays
     */
    public List<double[]> governorateBoundariesKm() {
        List<double[]> out = new ArrayList<>();
        double perpX = -axisY;
        double perpY = axisX;
        for (double c : cuts) {
            double wMin = Double.POSITIVE_INFINITY;
            double wMax = Double.NEGATIVE_INFINITY;
            int n = xs.length;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double sa = along(xs[i], ys[i]) - c;
                double sb = along(xs[j], ys[j]) - c;
                if ((sa >= 0) != (sb >= 0)) {
                    double f = sa / (sa - sb);
                    double px = xs[i] + f * (xs[j] - xs[i]);
                    double py = ys[i] + f * (ys[j] - ys[i]);
                    double w = px * perpX + py * perpY;
                    wMin = Math.min(wMin, w);
                    wMax = Math.max(wMax, w);
                }
            }
            out.add(new double[] {
                c * axisX + wMin * perpX, c * axisY + wMin * perpY,
                c * axisX + wMax * perpX, c * axisY + wMax * perpY});
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the polygon's area in km² (374 km² for the embedded ring; docs/sources.md cites 365) */
    public double areaKm2() {
        return areaKm2;
    }

    /** @return the compass bearing of the strip's long axis in degrees (≈ 36°, i.e. SW–NE) */
    public double axisBearingDegrees() {
        return Math.toDegrees(Math.atan2(axisX, axisY));
    }

    /** @return the smallest x of the outline, km */
    public double minXKm() {
        return min(xs);
    }

    /** @return the largest x of the outline, km */
    public double maxXKm() {
        return -min(negate(xs));
    }

    /** @return the smallest y of the outline, km */
    public double minYKm() {
        return min(ys);
    }

    /** @return the largest y of the outline, km */
    public double maxYKm() {
        return -min(negate(ys));
    }

    /**
     * Even-odd point-in-polygon test.
     *
     * @param xKm x in km
     * @param yKm y in km
     * @return true if the point lies inside the strip
     */
    public boolean contains(double xKm, double yKm) {
        boolean in = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > yKm) != (ys[j] > yKm)
                    && xKm < (xs[j] - xs[i]) * (yKm - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                in = !in;
            }
        }
        return in;
    }

    /**
     * The governorate a point falls in, by its position along the strip (cuts across the long axis).
     * The point is not checked against the outline.
     *
     * @param xKm x in km
     * @param yKm y in km
     * @return the governorate of that slice of the strip
     */
    public Governorate governorateAt(double xKm, double yKm) {
        double s = along(xKm, yKm);
        Governorate[] all = Governorate.values();
        for (int i = 0; i < cuts.length; i++) {
            if (s >= cuts[i]) {
                return all[i];
            }
        }
        return all[all.length - 1];
    }

    /**
     * @param xKm x in km
     * @param yKm y in km
     * @return the distance in km to the land border with Israel (northern and eastern borders)
     */
    public double distanceToIsraelBorderKm(double xKm, double yKm) {
        double d = distanceToChain(xKm, yKm, NORTH_COAST, xs.length - 1);
        d = Math.min(d, distanceToSegment(xKm, yKm, xs.length - 1, 0));
        return Math.min(d, distanceToChain(xKm, yKm, 0, TRIPOINT));
    }

    /**
     * @param xKm x in km
     * @param yKm y in km
     * @return the distance in km to the border with Egypt (the Philadelphi corridor line)
     */
    public double distanceToEgyptBorderKm(double xKm, double yKm) {
        return distanceToChain(xKm, yKm, TRIPOINT, EGYPT_COAST);
    }

    /** @return the position of a point along the strip's long axis, km (larger is further north-east) */
    double along(double xKm, double yKm) {
        return xKm * axisX + yKm * axisY;
    }

    /** @return the along-axis position of the middle of a governorate's slice */
    double middleAlong(Governorate g) {
        int i = g.ordinal();
        double north = i == 0 ? alongMax : cuts[i - 1];
        double south = i == cuts.length ? alongMin : cuts[i];
        return (north + south) / 2.0;
    }

    private Object readResolve() throws ObjectStreamException {
        return STANDARD;
    }

    private double[] computeCuts() {
        Governorate[] all = Governorate.values();
        double totalCited = Governorate.totalCitedAreaKm2();
        double[] out = new double[all.length - 1];
        double cumulative = 0.0;
        for (int i = 0; i < out.length; i++) {
            cumulative += all[i].citedAreaKm2();
            double target = cumulative / totalCited * areaKm2;
            double lo = alongMin;
            double hi = alongMax;
            for (int step = 0; step < BISECTION_STEPS; step++) {
                double mid = (lo + hi) / 2.0;
                if (areaBeyond(mid) > target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            out[i] = (lo + hi) / 2.0;
        }
        return out;
    }

    /** Area of the part of the polygon with along-axis position at least {@code c} (half-plane clip). */
    private double areaBeyond(double c) {
        int n = xs.length;
        double[] cx = new double[2 * n];
        double[] cy = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double sa = along(xs[i], ys[i]) - c;
            double sb = along(xs[j], ys[j]) - c;
            if (sa >= 0) {
                cx[m] = xs[i];
                cy[m] = ys[i];
                m++;
            }
            if ((sa >= 0) != (sb >= 0)) {
                double f = sa / (sa - sb);
                cx[m] = xs[i] + f * (xs[j] - xs[i]);
                cy[m] = ys[i] + f * (ys[j] - ys[i]);
                m++;
            }
        }
        if (m < 3) {
            return 0.0;
        }
        double[] px = new double[m];
        double[] py = new double[m];
        System.arraycopy(cx, 0, px, 0, m);
        System.arraycopy(cy, 0, py, 0, m);
        return Math.abs(signedArea(px, py));
    }

    private List<double[]> polyline(int from, int to) {
        List<double[]> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(new double[] {xs[i], ys[i]});
        }
        return Collections.unmodifiableList(out);
    }

    private double distanceToChain(double px, double py, int from, int to) {
        double d = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            d = Math.min(d, distanceToSegment(px, py, i, i + 1));
        }
        return d;
    }

    private double distanceToSegment(double px, double py, int a, int b) {
        double dx = xs[b] - xs[a];
        double dy = ys[b] - ys[a];
        double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((px - xs[a]) * dx + (py - ys[a]) * dy) / len2 : 0.0;
        t = Math.max(0.0, Math.min(1.0, t));
        return Math.hypot(px - xs[a] - t * dx, py - ys[a] - t * dy);
    }

    private static double signedArea(double[] x, double[] y) {
        double twice = 0.0;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += x[i] * y[j] - x[j] * y[i];
        }
        return twice / 2.0;
    }

    /**
     * The major principal axis of the polygon's area (second moments about its centroid), oriented so
     * that it points north.
     */
    private static double[] principalAxis(double[] x, double[] y, double signedArea) {
        int n = x.length;
        double cx = 0.0;
        double cy = 0.0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = x[i] * y[j] - x[j] * y[i];
            cx += (x[i] + x[j]) * cross;
            cy += (y[i] + y[j]) * cross;
        }
        cx /= 6.0 * signedArea;
        cy /= 6.0 * signedArea;
        double sxx = 0.0; // integral of (x - cx)^2
        double syy = 0.0; // integral of (y - cy)^2
        double sxy = 0.0; // integral of (x - cx)(y - cy)
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x1 = x[i] - cx;
            double y1 = y[i] - cy;
            double x2 = x[j] - cx;
            double y2 = y[j] - cy;
            double cross = x1 * y2 - x2 * y1;
            sxx += (x1 * x1 + x1 * x2 + x2 * x2) * cross;
            syy += (y1 * y1 + y1 * y2 + y2 * y2) * cross;
            sxy += (x1 * y2 + 2 * x1 * y1 + 2 * x2 * y2 + x2 * y1) * cross;
        }
        double sign = Math.signum(signedArea);
        sxx *= sign / 12.0;
        syy *= sign / 12.0;
        sxy *= sign / 24.0;
        double theta = 0.5 * Math.atan2(2.0 * sxy, sxx - syy);
        double ux = Math.cos(theta);
        double uy = Math.sin(theta);
        if (uy < 0) {
            ux = -ux;
            uy = -uy;
        }
        return new double[] {ux, uy};
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
