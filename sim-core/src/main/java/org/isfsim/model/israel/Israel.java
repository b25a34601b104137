package org.isfsim.model.israel;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.insurgency.Engagement;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.IsraelParameters;

/**
 * Israel's decisions: the IDF holds the zone east of the yellow line and withdraws in stages
 * (53 % → 40 % → a 15 % perimeter, docs/sources.md#peace-plan) once demilitarisation and ISF-control milestones are
 * met (docs/sources.md#resolution-2803: withdrawal "based on standards, milestones and timeframes linked to
 * demilitarization"); it strikes and closes the crossings after violations, fires on people near the
 * line, approves or denies ISF tasks near it, and vetoes contributors it distrusts (docs/sources.md#isf-pledges).
 */
public final class Israel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Draws of a random cell before falling back to a fixed one: a search limit, not a model number. */
    private static final int LINE_CELL_TRIES = 1_000;

    private final GazaMap map;
    private final IsraelParameters parameters;
    private int stage;
    private HeldZone heldZone;
    private int closedFromDay = Integer.MAX_VALUE;
    private int closedUntilDay = -1;
    private final int deconflictionCells;

    public Israel(GazaMap map, IsraelParameters parameters, HeldZone initial) {
        this.map = map;
        this.parameters = parameters;
        this.heldZone = initial;
        this.deconflictionCells = (int) Math.ceil(parameters.deconflictionKm() * 1000.0 / map.cellSizeMeters());
    }

    /**
     * Withdraws to the next line when its milestones are met; returns true when the line moved today.
     *
     * @param destroyedShare share of day-0 infrastructure destroyed
     * @param securedShare share of the strip secured by the ISF and police
     */
    public boolean reviewWithdrawal(double destroyedShare, double securedShare) {
        if (stage + 1 >= parameters.withdrawalShares().size()) {
            return false;
        }
        if (destroyedShare >= parameters.stageInfrastructureDestroyed().get(stage)
                && securedShare >= parameters.stageSecuredShare().get(stage)) {
            stage++;
            heldZone = map.heldZone(parameters.withdrawalShares().get(stage));
            return true;
        }
        return false;
    }

    /** Whether Israel reviews its withdrawal milestones on a day (every {@code israel.withdrawalReviewDays}). */
    public boolean reviewsWithdrawalOn(int day) {
        return day % parameters.withdrawalReviewDays() == 0;
    }

    /** After an armed-group violation: whether Israel strikes; a closure of the crossings may follow. */
    public boolean respondToViolation(int day, MersenneTwisterFast random) {
        boolean strike = random.nextDouble() < parameters.strikeChanceAfterViolation();
        if (random.nextDouble() < parameters.closureChanceAfterViolation() && parameters.closureDays() > 0) {
            if (day > closedUntilDay) {
                closedFromDay = day;
            }
            closedUntilDay = Math.max(closedUntilDay, day + parameters.closureDays() - 1);
        }
        return strike;
    }

    /**
     * After an armed-group violation at a cell: Israel may strike (and may close the crossings, as
     * {@link #respondToViolation(int, MersenneTwisterFast)}); a strike is an incident that kills civilians
     * there. Returns the fighters the strike kills, 0 without a strike.
     */
    public int strikeAfterViolation(GridCell at, int day, IsraelWorld world, MersenneTwisterFast random) {
        if (!respondToViolation(day, random)) {
            return 0;
        }
        world.countIncident();
        int fighters = Engagement.poisson(parameters.fightersKilledPerStrike(), random);
        world.killCivilians(at, Engagement.poisson(parameters.civiliansKilledPerStrike(), random));
        return fighters;
    }

    /**
     * Fire on people approaching the yellow line (docs/sources.md#violations-and-aid: most post-ceasefire deaths are
     * near it); each
     * incident's toll may decay from the ceasefire's level to a floor ({@code israel.lineLethalityDecayDays}).
     */
    public void fireAtLine(int day, IsraelWorld world, MersenneTwisterFast random) {
        int incidents = Engagement.poisson(parameters.lineIncidentsPerDay(), random);
        world.countViolations(incidents);
        double lethality = parameters.civiliansKilledPerLineIncidentOn(day);
        for (int i = 0; i < incidents; i++) {
            int killed = Engagement.poisson(lethality, random);
            if (killed > 0) {
                world.killCivilians(nearLineCell(random), killed);
            }
        }
    }

    /** A random cell outside the held zone near the line (Gaza city's centre if none is found). */
    private GridCell nearLineCell(MersenneTwisterFast random) {
        for (int tries = 0; tries < LINE_CELL_TRIES; tries++) {
            int x = random.nextInt(map.width());
            int y = random.nextInt(map.height());
            if (map.inside(x, y) && !heldZone.isHeld(x, y) && nearLine(x, y)) {
                return new GridCell(x, y);
            }
        }
        return map.centroid(Governorate.GAZA);
    }

    /** Whether the crossings are closed today. */
    public boolean crossingsClosed(int day) {
        return day >= closedFromDay && day <= closedUntilDay;
    }

    /**
     * The IDF's answer to an ISF task at a cell: 0 extra days when the cell is away from the line,
     * {@code approvalDelayDays} when near it, or -1 when denied.
     */
    public int approve(int x, int y, MersenneTwisterFast random) {
        if (!nearLine(x, y)) {
            return 0;
        }
        return random.nextDouble() < parameters.approvalDenialChance() ? -1 : parameters.approvalDelayDays();
    }

    /** Whether a cell is within the deconfliction distance of the held zone (or in it). */
    public boolean nearLine(int x, int y) {
        for (int dy = -deconflictionCells; dy <= deconflictionCells; dy++) {
            for (int dx = -deconflictionCells; dx <= deconflictionCells; dx++) {
                if (map.inside(x + dx, y + dy) && heldZone.isHeld(x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether Israel keeps a nation's troops out. */
    public boolean vetoes(String nation) {
        return parameters.vetoes(nation);
    }

    /** The withdrawal stage: 1 at the yellow line, 2 at the second line, 3 at the perimeter. */
    public int stage() {
        return stage + 1;
    }

    public HeldZone heldZone() {
        return heldZone;
    }

    public IsraelParameters parameters() {
        return parameters;
    }
}
