package org.isfsim.model.insurgency;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.ArmedGroupStrategyParameters;
import org.isfsim.model.params.InsurgencyParameters;

/**
 * Fighters and weapons as flows, group by group. In: recruits from the recruitable civilians within reach
 * (eligible and willing, docs/sources.md#design-recruitment), at {@code recruitsPerRecruitablePersonDay} each, scaled down where the group has lost its own cell (after
 * Kalyvas 2006: recruits follow control); a recruit counts as a fighter only when armed, so those beyond
 * the spare weapons stay civilians. Out, besides the killed: desertion (more where the group lost its
 * cell), the plan's amnesty with the weapon handed over and exile (point 6), both rising for a tolerating
 * group while a disarmament process is under way; and, when the group tolerates the force, its leadership
 * does not refuse disarmament and a process is under way, a share of its spare weapons handed over (point
 * 13). Fighters who leave do not return to the civilian agents (they stay counted as recruited there).
 */
public final class FighterFlows implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Insurgency insurgency;
    private final InsurgencyParameters parameters;
    private final ArmedGroupStrategyParameters strategy;

    public FighterFlows(Insurgency insurgency) {
        this.insurgency = insurgency;
        this.parameters = insurgency.parameters();
        this.strategy = parameters.strategy();
    }

    /**
     * Recruitable civilians within reach may join the group (docs/sources.md#design-recruitment): Poisson with
     * mean recruitsPerRecruitablePersonDay × recruitable people within reach × the
     * group's hold on its cell (its control over {@code authorityControl}, at most 1), as many as there are
     * spare weapons for; whole civilian agents leave the population, so people are conserved. Returns the
     * fighters who joined.
     */
    public int recruit(ArmedGroupCell group, ArmedGroupWorld world, MersenneTwisterFast random) {
        GridCell at = group.getCell();
        int reach = insurgency.reachCells();
        double hold = parameters.authorityControl() <= 0 ? 1.0
                : Math.min(1.0, insurgency.controlAt(at) / parameters.authorityControl());
        double recruitablePeople = world.recruitablePeopleWithin(at, reach);
        int wanted = Engagement.poisson(parameters.recruitsPerRecruitablePersonDay() * recruitablePeople * hold,
                random);
        int joined = world.recruitCivilians(at, reach, wanted, insurgency.spareWeapons(), random);
        if (joined > 0) {
            joined = insurgency.recruit(group, joined);
            world.fightersRecruited(joined);
        }
        return joined;
    }

    /**
     * Fighters who leave alive and weapons handed over, in this order: desertion, amnesty, exile, the
     * hand-over; returns the fighters who left.
     */
    public int exits(ArmedGroupCell group, boolean processUnderway, ArmedGroupWorld world, MersenneTwisterFast random) {
        int fighters = group.getFighters();
        boolean holds = insurgency.holdsItsCell(group);
        boolean tolerating = group.getPosture() == Posture.TOLERATE;
        double rise = processUnderway && tolerating ? strategy.processExitMultiplier() : 1.0;
        int deserters = Engagement.poisson(
                (strategy.desertionPerDay() + (holds ? 0 : strategy.lostGroundDesertionPerDay())) * fighters, random);
        int amnestied = Engagement.poisson(strategy.amnestyPerDay() * rise * fighters, random);
        int exiled = Engagement.poisson(strategy.exilePerDay() * rise * fighters, random);
        int before = group.getExits();
        group.leave(deserters);
        int handed = insurgency.amnesty(group, amnestied);
        group.leave(exiled);
        if (processUnderway && tolerating && !insurgency.refusesDisarmament()) {
            handed += insurgency.handOver(Engagement.poisson(strategy.handoverPerDay() * insurgency.spareWeaponsOf(group),
                    random));
        }
        if (handed > 0) {
            world.weaponsHandedOver(handed);
        }
        return group.getExits() - before;
    }
}
