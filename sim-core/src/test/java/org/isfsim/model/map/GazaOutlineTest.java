package org.isfsim.model.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazaOutlineTest {
    private final GazaOutline outline = GazaOutline.standard();

    @Test
    void outlineMatchesTheCitedDimensions() {
        assertEquals(365.0, outline.areaKm2(), 0.05 * 365.0);
        int n = outline.verticesKm().size();
        assertTrue(n >= 20 && n <= 60, n + " vertices");
        double egypt = length(outline.egyptBorderKm());
        assertEquals(11.0, egypt, 2.5, "Egyptian border " + egypt);
        double coast = length(outline.coastKm());
        assertTrue(coast > 38 && coast < 46, "coast " + coast);
        double bearing = outline.axisBearingDegrees();
        assertTrue(bearing > 20 && bearing < 50, "strip runs SW-NE, bearing " + bearing);
    }

    @Test
    void governorateBoundariesCrossTheStripInOrder() {
        List<double[]> cuts = outline.governorateBoundariesKm();
        assertEquals(4, cuts.size());
        double previous = Double.POSITIVE_INFINITY;
        for (double[] c : cuts) {
            double width = Math.hypot(c[2] - c[0], c[3] - c[1]);
            assertTrue(width > 5.0 && width < 14.0, "width across the strip " + width);
            double midY = (c[1] + c[3]) / 2;
            assertTrue(midY < previous);
            previous = midY;
        }
    }

    @Test
    void knownPlacesFallInTheRightGovernorate() {
        assertEquals(Governorate.NORTH_GAZA, at(31.545, 34.52)); // Beit Lahia/Beit Hanoun
        assertEquals(Governorate.GAZA, at(31.50, 34.45)); // Gaza City
        assertEquals(Governorate.DEIR_AL_BALAH, at(31.418, 34.35)); // Deir al-Balah town
        assertEquals(Governorate.KHAN_YOUNIS, at(31.345, 34.305)); // Khan Younis city
        assertEquals(Governorate.RAFAH, at(31.285, 34.25)); // Rafah city
        assertTrue(outline.contains(GazaOutline.xKmOfLongitude(34.45), GazaOutline.yKmOfLatitude(31.50)));
        assertFalse(outline.contains(GazaOutline.xKmOfLongitude(34.30), GazaOutline.yKmOfLatitude(31.50)));
    }

    private Governorate at(double lat, double lon) {
        double x = GazaOutline.xKmOfLongitude(lon);
        double y = GazaOutline.yKmOfLatitude(lat);
        assertTrue(outline.contains(x, y), lat + "," + lon + " outside");
        return outline.governorateAt(x, y);
    }

    private static double length(List<double[]> line) {
        double sum = 0;
        for (int i = 1; i < line.size(); i++) {
            sum += Math.hypot(line.get(i)[0] - line.get(i - 1)[0], line.get(i)[1] - line.get(i - 1)[1]);
        }
        return sum;
    }
}
