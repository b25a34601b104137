package org.isfsim.model.police;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isfsim.model.IsfModel;
import org.isfsim.model.coordination.ReportStatus;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.coordination.UnitReport;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.FixedStrip;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.PoliceParameters;
import org.isfsim.model.params.PopulationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Palestinian police units (docs/sources.md#design-police; docs/sources.md#resolution-2803: the ISF "trains and
 * supports" the
 * vetted police). Defaults: initial effectiveness 0.3, +0.002 a day on duty, twice as fast (mentoringFactor
 * 2) where ISF troops are on station in the same governorate.
 */
class PoliceUnitTest {
    private static final double EPS = 1e-9;

    /** The defaults with one 800-troop contingent that needs no UN mandate arriving on day 1. */
    private static Parameters earlyContingent(int days) {
        Parameters d = org.isfsim.model.PledgesAsPlanned.of(Parameters.defaults().withDays(days));
        LocalDate day1 = d.timeline().dateOf(1);
        return d.with("force.pledges", List.of(Map.of("nation", "Testland", "troops", 800, "firstArrival", day1,
                "fullStrength", day1, "requiresUnMandate", false, "mayDisarm", true, "casualtyTolerance", 0.05,
                "source", "assumption")));
    }

    private static final GazaMap MAP = GazaMap.build(250, 0.53, 2_130_000,

            PopulationParameters.defaults().shelterPeoplePerKm2());

    /** The strip as a police unit sees it: ISF troops on station where the test says, and hidden sites to reveal. */
    private static final class FakeWorld extends FixedStrip implements PoliceWorld {
        final Set<Governorate> isfOnStation = EnumSet.noneOf(Governorate.class);
        final List<UnitReport> reports = new ArrayList<>();
        final PoliceParameters police;
        double legitimacy = 0.5;
        int hiddenSites;
        int revealed;

        FakeWorld(PoliceParameters police, Governorate... withIsf) {
            super(MAP);
            this.police = police;
            isfOnStation.addAll(List.of(withIsf));
        }

        FakeWorld(Governorate... withIsf) {
            this(PoliceParameters.defaults(), withIsf);
        }

        @Override
        public PoliceParameters police() {
            return police;
        }

        @Override
        public boolean isfOnStationIn(Governorate g) {
            return isfOnStation.contains(g);
        }

        @Override
        public double legitimacyAt(GridCell cell) {
            return legitimacy;
        }

        @Override
        public boolean revealHiddenSiteIn(Governorate g) {
            if (hiddenSites == 0) {
                return false;
            }
            hiddenSites--;
            revealed++;
            return true;
        }

        @Override
        public void place(PoliceUnit unit, GridCell cell) {
        }

        @Override
        public void report(UnitReport report) {
            reports.add(report);
        }
    }

    private final MersenneTwisterFast random = new MersenneTwisterFast(1);
    private int day;

    private static PoliceUnit unit(int id, int officers, int infiltrators) {
        return new PoliceUnit(id, "Egypt", officers, infiltrators, 0, 0.3);
    }

    private void deploy(PoliceUnit unit, FakeWorld world, Governorate g) {
        unit.post(g, day, 0);
        unit.step(day, world, random);
        assertEquals(PoliceUnitStatus.DEPLOYED, unit.getStatus());
    }

    private void step(PoliceUnit unit, FakeWorld world) {
        unit.step(day, world, random);
    }

    /** 50 days on duty: 0.3 + 50·0.004 = 0.5 with mentoring in Rafah, 0.3 + 50·0.002 = 0.4 without in North Gaza. */
    @Test
    void effectivenessGrowsTwiceAsFastWithIsfMentoring() {
        FakeWorld world = new FakeWorld(Governorate.RAFAH);
        PoliceUnit mentored = unit(900, 500, 0);
        PoliceUnit alone = unit(901, 500, 0);
        deploy(mentored, world, Governorate.RAFAH);
        deploy(alone, world, Governorate.NORTH_GAZA);
        for (day = 1; day < 50; day++) {
            step(mentored, world);
            step(alone, world);
        }
        assertEquals(50, mentored.getDaysOnDuty());
        assertEquals(50, alone.getDaysOnDuty());
        assertEquals(0.5, mentored.getEffectiveness(), EPS);
        assertEquals(0.4, alone.getEffectiveness(), EPS);
        assertEquals(Governorate.RAFAH, MAP.governorate(mentored.getPosition().x(),
                mentored.getPosition().y()), "a unit stays in its governorate");
        assertFalse(MAP.heldZone().isHeld(mentored.getPosition().x(), mentored.getPosition().y()));
    }

    @Test
    void effectivenessIsCappedAtOne() {
        FakeWorld world = new FakeWorld(Governorate.RAFAH);
        PoliceUnit unit = unit(900, 500, 0);
        deploy(unit, world, Governorate.RAFAH);
        double previous = unit.getEffectiveness();
        for (day = 1; day < 250; day++) {
            step(unit, world);
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
        // Without any contingent nobody may disarm: Israel keeps its line (no milestone nobody can meet).
        Parameters noIsfParameters = earlyContingent(90).with("force.pledges", List.of())
                .with("police.deployOnlyWithIsf", false).with("israel", Map.of("withdrawalShares", List.of(0.53),
                        "stageInfrastructureDestroyed", List.of(), "stageSecuredShare", List.of()));
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
        FakeWorld world = new FakeWorld(Governorate.RAFAH);
        PoliceUnit infiltrated = unit(900, 500, 3);
        PoliceUnit clean = unit(901, 500, 0);
        assertEquals(PoliceUnitStatus.AWAITING_POSTING, infiltrated.getStatus());
        assertFalse(infiltrated.leaks(), "abroad, awaiting posting");

        infiltrated.post(Governorate.RAFAH, day, 2);
        step(infiltrated, world);
        assertEquals(PoliceUnitStatus.TRAVELLING, infiltrated.getStatus());
        assertFalse(infiltrated.isOnGround());
        assertNull(infiltrated.getPosition());
        assertFalse(infiltrated.leaks(), "travelling");

        deploy(infiltrated, world, Governorate.RAFAH);
        deploy(clean, world, Governorate.RAFAH);
        assertNotNull(infiltrated.getPosition());
        assertTrue(infiltrated.leaks());
        assertFalse(clean.leaks());

        infiltrated.takeCasualties(500);
        assertFalse(infiltrated.isOnGround());
        assertFalse(infiltrated.leaks(), "a unit with no officers left is not on duty");
    }

    @Test
    void casualtiesReduceOfficers() {
        FakeWorld world = new FakeWorld(Governorate.RAFAH);
        PoliceUnit unit = unit(900, 500, 0);
        assertEquals(0.0, unit.securityPeople(), "not on duty yet");
        deploy(unit, world, Governorate.RAFAH);
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

    /**
     * Through its port: a unit travels, then takes up a duty station in its governorate outside the held
     * zone, reports every day, and its tips (mean tipsPerOfficerDay × officers × effectiveness × legitimacy)
     * reveal hidden sites until none is left.
     */
    @Test
    void itServesReportsAndBringsTipsThroughItsPort() {
        PoliceParameters talkative = Parameters.defaults().with("police.tipsPerOfficerDay", 0.01).police();
        FakeWorld world = new FakeWorld(talkative);
        world.legitimacy = 1.0;
        world.hiddenSites = 3;
        PoliceUnit unit = unit(4, 500, 0);
        unit.post(Governorate.KHAN_YOUNIS, day, 2);
        step(unit, world);
        assertEquals(ReportStatus.EN_ROUTE, world.reports.get(0).status());
        assertEquals(UnitKind.POLICE_UNIT, world.reports.get(0).kind());
        assertEquals(4, world.reports.get(0).unitId());
        day = 2;
        step(unit, world);
        assertEquals(PoliceUnitStatus.DEPLOYED, unit.getStatus());
        GridCell at = unit.getPosition();
        assertEquals(Governorate.KHAN_YOUNIS, MAP.governorate(at.x(), at.y()));
        assertFalse(MAP.heldZone().isHeld(at.x(), at.y()));
        assertEquals(ReportStatus.ON_STATION, world.reports.get(1).status());
        for (day = 3; day < 10; day++) {
            step(unit, world);
        }
        assertEquals(3, world.revealed, "about 1.5 tips a day: every hidden site is found within the week");
        assertEquals(3, unit.getTips());
        assertEquals(10 - 2, unit.getDaysOnDuty());
    }
}
