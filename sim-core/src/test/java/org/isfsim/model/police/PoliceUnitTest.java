package org.isfsim.model.police;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.isfsim.model.IsfModel;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Pledge;
import org.isfsim.model.params.PoliceParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Palestinian police units (DESIGN.md "Palestinian police"; facts.md §1: the ISF "trains and supports" the
 * vetted police). Defaults: initial effectiveness 0.3, +0.002 a day on duty, twice as fast (mentoringFactor
 * 2) where ISF troops are on station in the same governorate.
 */
class PoliceUnitTest {
    private static final double EPS = 1e-9;

    /** The defaults with one 800-troop contingent that needs no UN mandate arriving on day 1. */
    private static Parameters earlyContingent(int days) {
        Parameters d = Parameters.defaults().withDays(days);
        ForceParameters f = d.force();
        LocalDate day1 = d.timeline().dateOf(1);
        return d.withForce(new ForceParameters(f.battalionSize(), f.entryCrossing(), f.moveKmPerDay(),
                f.patrolKmPerDay(), f.troopsPerSector(), f.sectorOrder(), f.demolitionKmPerDay(),
                f.patrolDiscoveryChance(),
                List.of(new Pledge("Testland", 800, day1, day1, false, true, 0.05, "assumption"))));
    }

    /** A model stepped until ISF troops patrol Rafah (the first sector), and nowhere else. */
    private static IsfModel modelWithIsfInRafah(long seed) {
        IsfModel model = new IsfModel(seed, earlyContingent(120));
        model.start();
        for (int day = 0; day < 120 && !model.isfOnStationIn(Governorate.RAFAH); day++) {
            model.schedule.step(model);
        }
        assertTrue(model.isfOnStationIn(Governorate.RAFAH), "no ISF on station in Rafah by day " + model.day());
        assertFalse(model.isfOnStationIn(Governorate.NORTH_GAZA));
        return model;
    }

    private static PoliceUnit unit(int id, int officers, int infiltrators) {
        return new PoliceUnit(id, "Egypt", officers, infiltrators, 0, 0.3);
    }

    private static void deploy(PoliceUnit unit, IsfModel model, Governorate g) {
        unit.post(g, model.day(), 0);
        unit.step(model);
        assertEquals(PoliceUnitStatus.DEPLOYED, unit.getStatus());
    }

    /** 50 days on duty: 0.3 + 50·0.004 = 0.5 with mentoring in Rafah, 0.3 + 50·0.002 = 0.4 without in North Gaza. */
    @Test
    void effectivenessGrowsTwiceAsFastWithIsfMentoring() {
        IsfModel model = modelWithIsfInRafah(1);
        PoliceUnit mentored = unit(900, 500, 0);
        PoliceUnit alone = unit(901, 500, 0);
        deploy(mentored, model, Governorate.RAFAH);
        deploy(alone, model, Governorate.NORTH_GAZA);
        for (int day = 1; day < 50; day++) {
            mentored.step(model);
            alone.step(model);
        }
        assertEquals(50, mentored.getDaysOnDuty());
        assertEquals(50, alone.getDaysOnDuty());
        assertEquals(0.5, mentored.getEffectiveness(), EPS);
        assertEquals(0.4, alone.getEffectiveness(), EPS);
        assertEquals(Governorate.RAFAH, model.map().governorate(mentored.getPosition().x(),
                mentored.getPosition().y()), "a unit stays in its governorate");
        assertFalse(model.heldZone().isHeld(mentored.getPosition().x(), mentored.getPosition().y()));
    }

    @Test
    void effectivenessIsCappedAtOne() {
        IsfModel model = modelWithIsfInRafah(2);
        PoliceUnit unit = unit(900, 500, 0);
        deploy(unit, model, Governorate.RAFAH);
        double previous = unit.getEffectiveness();
        for (int day = 1; day < 250; day++) {
            unit.step(model);
            assertTrue(unit.getEffectiveness() >= previous && unit.getEffectiveness() <= 1.0);
            previous = unit.getEffectiveness();
        }
        assertEquals(1.0, unit.getEffectiveness());
        assertEquals(500.0, unit.securityPeople(), EPS);
    }

    /**
     * Whole runs: 90 days with the early contingent and police posted only where the ISF is, versus no
     * contingent and police posted anyway. Without any ISF every deployed unit gains exactly 0.002 a day on
     * duty; with it, the units mentored in Rafah gain more (up to 0.004).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void inWholeRunsMentoredUnitsGrowFasterThanUnmentoredOnes(long seed) {
        IsfModel withIsf = new IsfModel(seed, earlyContingent(90));
        withIsf.start();
        Parameters noIsfParameters = earlyContingent(90);
        ForceParameters f = noIsfParameters.force();
        PoliceParameters p = noIsfParameters.police();
        noIsfParameters = noIsfParameters
                .withForce(new ForceParameters(f.battalionSize(), f.entryCrossing(), f.moveKmPerDay(),
                        f.patrolKmPerDay(), f.troopsPerSector(), f.sectorOrder(), f.demolitionKmPerDay(),
                        f.patrolDiscoveryChance(), List.of()))
                .withPolice(new PoliceParameters(p.targetOfficers(), p.initialGraduates(), p.vettingDays(),
                        p.vettingPassRate(), p.travelDays(), false, p.infiltratorShare(), p.initialEffectiveness(),
                        p.effectivenessGainPerDay(), p.mentoringFactor(), p.tipsPerOfficerDay(), p.trainingSites()));
        IsfModel noIsf = new IsfModel(seed, noIsfParameters);
        noIsf.start();
        for (int day = 0; day <= 90; day++) {
            withIsf.schedule.step(withIsf);
            noIsf.schedule.step(noIsf);
        }
        int mentoredUnits = 0;
        for (PoliceUnit unit : withIsf.policeUnits()) {
            if (unit.getDaysOnDuty() > 0) {
                mentoredUnits++;
                double perDay = (unit.getEffectiveness() - 0.3) / unit.getDaysOnDuty();
                assertTrue(perDay > 0.002 + 1e-9 && perDay <= 0.004 + 1e-9, unit + ": " + perDay + " a day");
            }
        }
        int unmentoredUnits = 0;
        for (PoliceUnit unit : noIsf.policeUnits()) {
            if (unit.getDaysOnDuty() > 0) {
                unmentoredUnits++;
                assertEquals(0.3 + 0.002 * unit.getDaysOnDuty(), unit.getEffectiveness(), EPS, unit.toString());
            }
        }
        assertTrue(mentoredUnits > 0, "no unit on duty with the ISF");
        assertTrue(unmentoredUnits > 0, "no unit on duty without the ISF");
    }

    @Test
    void onlyADeployedUnitWithInfiltratorsLeaks() {
        IsfModel model = modelWithIsfInRafah(3);
        PoliceUnit infiltrated = unit(900, 500, 3);
        PoliceUnit clean = unit(901, 500, 0);
        assertEquals(PoliceUnitStatus.AWAITING_POSTING, infiltrated.getStatus());
        assertFalse(infiltrated.leaks(), "abroad, awaiting posting");

        infiltrated.post(Governorate.RAFAH, model.day(), 2);
        infiltrated.step(model);
        assertEquals(PoliceUnitStatus.TRAVELLING, infiltrated.getStatus());
        assertFalse(infiltrated.isOnGround());
        assertNull(infiltrated.getPosition());
        assertFalse(infiltrated.leaks(), "travelling");

        deploy(infiltrated, model, Governorate.RAFAH);
        deploy(clean, model, Governorate.RAFAH);
        assertNotNull(infiltrated.getPosition());
        assertTrue(infiltrated.leaks());
        assertFalse(clean.leaks());

        infiltrated.takeCasualties(500);
        assertFalse(infiltrated.isOnGround());
        assertFalse(infiltrated.leaks(), "a unit with no officers left is not on duty");
    }

    @Test
    void casualtiesReduceOfficers() {
        IsfModel model = modelWithIsfInRafah(4);
        PoliceUnit unit = unit(900, 500, 0);
        assertEquals(0.0, unit.securityPeople(), "not on duty yet");
        deploy(unit, model, Governorate.RAFAH);
        assertEquals(500 * 0.304, unit.securityPeople(), EPS);

        assertEquals(0, unit.takeCasualties(0));
        assertEquals(120, unit.takeCasualties(120));
        assertEquals(380, unit.getOfficers());
        assertEquals(380, unit.strength());
        assertEquals(120, unit.getCasualties());
        assertEquals(380 * 0.304, unit.securityPeople(), EPS);

        assertEquals(380, unit.takeCasualties(1_000));
        assertEquals(0, unit.getOfficers());
        assertEquals(500, unit.getCasualties());
        assertFalse(unit.isOnGround());
        assertEquals(0.0, unit.securityPeople());
        assertEquals(0, unit.takeCasualties(1));
    }
}
