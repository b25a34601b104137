package org.isfsim.model.israel;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.EnumSet;
import org.isfsim.model.ceasefire.Ceasefire;
import org.isfsim.model.insurgency.Engagement;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.params.CeasefireParameters;
import org.isfsim.model.params.IsraelParameters;
import org.isfsim.model.params.TimelineParameters;
import org.isfsim.model.space.SummedAreaTable;

/**
 * Israel's decisions: the IDF holds the zone east of the yellow line and withdraws in stages
 * (53 % → 40 % → a 15 % perimeter, docs/sources.md#peace-plan) once demilitarisation and ISF-control milestones are
 * met (docs/sources.md#resolution-2803: withdrawal "based on standards, milestones and timeframes linked to
 * demilitarization"); it strikes and closes the crossings after violations, fires on people near the
 * line, approves or denies ISF tasks near it, and vetoes contributors it distrusts (docs/sources.md#isf-pledges).
 *
 * <p>The line moves both ways. Once a stage's milestones are met, Israel hands the ground beyond the next
 * line over governorate by governorate ({@code handoverOrder}, Rafah first, one every {@code handoverDays}).
 * While the groups refuse to disarm and the ceasefire is strained or worse, the zone grows westward by
 * {@code extensionSharePerDay} up to {@code extensionCap} (docs/sources.md#later-israel-zone, the "orange
 * line"); the line is redrawn on review days. The IDF demolishes tunnel inside its zone. The ceasefire's
 * state sets its strike tempo, its fire at the line and closures.
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
    private final Ceasefire ceasefire;
    private final EnumSet<Governorate> handedOver = EnumSet.noneOf(Governorate.class);
    private boolean handingOver;
    private int handoverIndex;
    private int nextHandoverDay;
    /** Share added to every line by the extension, at most {@code extensionCap} − the first line's share. */
    private double extension;
    /** Extension accrued since the line was last redrawn. */
    private double extensionPending;
    private final int exposureCells;
    private final boolean[] exposed;
    private final double[] heldIndicator;
    private final SummedAreaTable heldWindow;
    private double exposedPeopleAtStart = -1;

    /** Israel under a ceasefire that always holds (its state never moves). */
    public Israel(GazaMap map, IsraelParameters parameters, HeldZone initial) {
        this(map, parameters, initial, new Ceasefire(CeasefireParameters.defaults(), TimelineParameters.defaults()));
    }

    public Israel(GazaMap map, IsraelParameters parameters, HeldZone initial, Ceasefire ceasefire) {
        this.map = map;
        this.parameters = parameters;
        this.heldZone = initial;
        this.ceasefire = ceasefire;
        this.deconflictionCells = (int) Math.ceil(parameters.deconflictionKm() * 1000.0 / map.cellSizeMeters());
        this.exposureCells = (int) Math.round(parameters.lineExposureKm() * 1000.0 / map.cellSizeMeters());
        this.exposed = new boolean[map.width() * map.height()];
        this.heldIndicator = new double[map.width() * map.height()];
        this.heldWindow = new SummedAreaTable(map.width(), map.height());
        markExposed();
    }

    /**
     * Begins the withdrawal to the next line when its milestones are met (and no handover is under way):
     * the first governorate of {@code handoverOrder} is handed over at once, the others follow with
     * {@link #continueHandover(int)}. Returns true when a stage began today.
     *
     * @param destroyedShare share of day-0 infrastructure destroyed
     * @param securedShare share of the strip secured by the ISF and police
     */
    public boolean reviewWithdrawal(double destroyedShare, double securedShare) {
        return reviewWithdrawal(0, destroyedShare, securedShare);
    }

    /** {@link #reviewWithdrawal(double, double)} on a given day (the handover's clock starts then). */
    public boolean reviewWithdrawal(int day, double destroyedShare, double securedShare) {
        if (handingOver || stage + 1 >= parameters.withdrawalShares().size()) {
            return false;
        }
        if (destroyedShare >= parameters.stageInfrastructureDestroyed().get(stage)
                && securedShare >= parameters.stageSecuredShare().get(stage)) {
            stage++;
            handingOver = true;
            handoverIndex = 0;
            handedOver.clear();
            nextHandoverDay = day;
            continueHandover(day);
            return true;
        }
        return false;
    }

    /**
     * Hands the next governorate's ground over when it is due; once the listed governorates are done, the
     * rest go together and the stage's line is reached. Returns true when the zone changed.
     */
    public boolean continueHandover(int day) {
        if (!handingOver || day < nextHandoverDay) {
            return false;
        }
        if (handoverIndex < parameters.handoverOrder().size()) {
            handedOver.add(parameters.handoverOrder().get(handoverIndex++));
        } else {
            handedOver.addAll(EnumSet.allOf(Governorate.class));
        }
        if (handedOver.size() == Governorate.values().length) {
            handingOver = false;
            handedOver.clear();
        }
        nextHandoverDay = day + parameters.handoverDays();
        redraw();
        return true;
    }

    /** Whether a handover to the next line is under way. */
    public boolean isHandingOver() {
        return handingOver;
    }

    /** Governorates whose ground has been handed over in the handover under way. */
    public java.util.Set<Governorate> handedOver() {
        return java.util.Collections.unmodifiableSet(handedOver);
    }

    /**
     * The extension's daily accrual: while the groups refuse to disarm and the ceasefire is strained or
     * worse, the zone is to grow by {@code extensionSharePerDay}, never beyond {@code extensionCap}.
     */
    public void accrueExtension(boolean groupsRefuseDisarmament) {
        if (!groupsRefuseDisarmament || !ceasefire.isStrained()) {
            return;
        }
        double room = Math.max(0.0, parameters.extensionCap() - parameters.withdrawalShares().get(0))
                - extension - extensionPending;
        extensionPending += Math.max(0.0, Math.min(room, parameters.extensionSharePerDay()));
    }

    /** Redraws the line with the extension accrued so far; returns true when the zone changed. */
    public boolean applyExtension() {
        if (extensionPending <= 0.0) {
            return false;
        }
        extension += extensionPending;
        extensionPending = 0.0;
        int before = heldZone.heldCellCount();
        redraw();
        return heldZone.heldCellCount() != before;
    }

    /** The share each line is extended by so far. */
    public double extension() {
        return extension;
    }

    /** The held share of line k with the extension, capped. */
    private double lineShare(int k) {
        double base = parameters.withdrawalShares().get(k);
        return Math.min(1.0, base + extension);
    }

    private void redraw() {
        heldZone = handingOver ? map.heldZone(lineShare(stage - 1), handedOver, lineShare(stage))
                : map.heldZone(lineShare(stage));
        markExposed();
    }

    /** Marks the cells outside the zone within {@code lineExposureKm} of it. */
    private void markExposed() {
        int width = map.width();
        for (int i = 0; i < heldIndicator.length; i++) {
            heldIndicator[i] = heldZone.isHeld(i) ? 1.0 : 0.0;
        }
        heldWindow.rebuild(heldIndicator);
        for (int i = 0; i < exposed.length; i++) {
            int x = i % width;
            int y = i / width;
            exposed[i] = map.inside(x, y) && !heldZone.isHeld(i) && heldWindow.window(x, y, exposureCells) > 0;
        }
    }

    /** The IDF demolishes tunnel inside its zone ({@code idfDemolitionKmPerDay}); returns the km destroyed. */
    public double demolishInZone(IsraelWorld world) {
        if (parameters.idfDemolitionKmPerDay() <= 0.0) {
            return 0.0;
        }
        return world.demolishTunnels(heldZone, parameters.idfDemolitionKmPerDay());
    }

    /**
     * Strikes on Israel's own initiative, as the ceasefire's state sets their number (none while it holds;
     * a round of them in escalation, war tempo after a collapse), each at an armed group's position.
     */
    public void strikeOnInitiative(IsraelWorld world, MersenneTwisterFast random) {
        int strikes = Engagement.poisson(ceasefire.strikesPerDay(), random);
        for (int i = 0; i < strikes; i++) {
            GridCell target = world.strikeTarget(random);
            if (target == null) {
                return;
            }
            strike(target, world, random);
        }
    }

    /** In escalation or war Israel may close the crossings for {@code closureDays}. */
    public void considerClosure(int day, MersenneTwisterFast random) {
        double chance = ceasefire.closureChancePerDay();
        if (chance > 0.0 && random.nextDouble() < chance) {
            close(day);
        }
    }

    private void close(int day) {
        if (parameters.closureDays() <= 0) {
            return;
        }
        if (day > closedUntilDay) {
            closedFromDay = day;
        }
        closedUntilDay = Math.max(closedUntilDay, day + parameters.closureDays() - 1);
    }

    /** One strike at a cell: an incident, civilians killed (scaled by the state), fighters killed. */
    private int strike(GridCell at, IsraelWorld world, MersenneTwisterFast random) {
        world.countStrike();
        world.countIncident();
        int fighters = Engagement.poisson(parameters.fightersKilledPerStrike(), random);
        world.killCivilians(at, Engagement.poisson(parameters.civiliansKilledPerStrike()
                * ceasefire.strikeLethalityFactor(), random));
        world.killFighters(at, fighters);
        return fighters;
    }

    /** Whether Israel reviews its withdrawal milestones on a day (every {@code israel.withdrawalReviewDays}). */
    public boolean reviewsWithdrawalOn(int day) {
        return day % parameters.withdrawalReviewDays() == 0;
    }

    /** After an armed-group violation: whether Israel strikes; a closure of the crossings may follow. */
    public boolean respondToViolation(int day, MersenneTwisterFast random) {
        boolean strike = random.nextDouble() < Math.min(1.0,
                parameters.strikeChanceAfterViolation() * ceasefire.strikeChanceFactor());
        if (random.nextDouble() < parameters.closureChanceAfterViolation()) {
            close(day);
        }
        return strike;
    }

    /**
     * After an armed-group violation at a cell: the group's fire may kill an IDF soldier
     * ({@code idfKilledChancePerViolation}); Israel may strike (and may close the crossings, as
     * {@link #respondToViolation(int, MersenneTwisterFast)}); a strike is an incident that kills civilians
     * there (more the worse the ceasefire) and fighters of the group.
     */
    public void strikeAfterViolation(GridCell at, int day, IsraelWorld world, MersenneTwisterFast random) {
        if (random.nextDouble() < parameters.idfKilledChancePerViolation()) {
            world.countIdfKilled(1);
        }
        if (!respondToViolation(day, random)) {
            return;
        }
        strike(at, world, random);
    }

    /**
     * Fire on people approaching the yellow line (docs/sources.md#violations-and-aid: most post-ceasefire deaths are
     * near it); each
     * incident's toll may decay from the ceasefire's level to a floor ({@code israel.lineLethalityDecayDays}).
     */
    public void fireAtLine(int day, IsraelWorld world, MersenneTwisterFast random) {
        int incidents = Engagement.poisson(parameters.lineIncidentsPerDay() * ceasefire.lineFireFactor()
                * exposureRatio(world), random);
        world.countViolations(incidents);
        double lethality = parameters.civiliansKilledPerLineIncidentOn(day);
        for (int i = 0; i < incidents; i++) {
            int killed = Engagement.poisson(lethality, random);
            if (killed > 0) {
                world.killCivilians(nearLineCell(random), killed);
            }
        }
    }

    /**
     * The people living within {@code lineExposureKm} of the line today over those on the first day Israel
     * fired: the cited incident rate holds for the people near the line at the ceasefire, and incidents
     * follow where people are (1 when nobody lived near the line then).
     */
    private double exposureRatio(IsraelWorld world) {
        double people = 0;
        for (int i = 0; i < exposed.length; i++) {
            if (exposed[i]) {
                people += world.peopleAt(i);
            }
        }
        if (exposedPeopleAtStart < 0) {
            exposedPeopleAtStart = people;
        }
        return exposedPeopleAtStart <= 0 ? 1.0 : people / exposedPeopleAtStart;
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

    /** The ceasefire whose state sets Israel's tempo. */
    public Ceasefire ceasefire() {
        return ceasefire;
    }
}
