package org.isfsim.model.force;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.params.DeploymentParameters;
import org.isfsim.model.params.ForceParameters;
import org.isfsim.model.params.NationDecision;
import org.isfsim.model.params.Pledge;
import org.isfsim.model.params.Shock;
import org.isfsim.model.params.TimelineParameters;

/**
 * Turns the nations' pledges into contingents entering Gaza, through politics (docs/sources.md#design-force-politics):
 * from its planned date (the pledge's first arrival) a pledge is a {@link Deployment} whose nation decides with a
 * daily chance while its conditions hold — the mandate (if it requires one), Israel's approval, the armed groups'
 * stance (for the nations that wait for disarmament), a violence level below the threshold ({@link ViolenceGauge}),
 * and no dated shock — then needs a lead time, run while the conditions hold, before its battalions enter, spread
 * as the pledge spreads them (docs/sources.md#isf-pledges: Indonesia's 1,000 in April and ~8,000 by June 2026).
 * While its conditions fail a nation may suspend; a suspended nation may resume. Dated decisions are inputs.
 * Reviews of the mandate add reinforcements only from a limited pool of willing contributors, under the same
 * conditions.
 */
public final class ForceGeneration implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The name under which review reinforcements serve. */
    public static final String REINFORCEMENTS = "Reinforcements";

    private final int battalionSize;
    private final int reinforcementLeadDays;
    private final int reinforcementSpreadDays;
    private final double reinforcementCasualtyTolerance;
    private final DeploymentParameters politics;
    private final ViolenceGauge violence;
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<Arrival> pending = new ArrayList<>();
    private int poolLeft;
    private int reinforcementsGranted;

    public ForceGeneration(ForceParameters force, DeploymentParameters politics, TimelineParameters timeline) {
        this.battalionSize = force.battalionSize();
        this.reinforcementLeadDays = force.reinforcementLeadDays();
        this.reinforcementSpreadDays = force.reinforcementSpreadDays();
        this.reinforcementCasualtyTolerance = force.reinforcementCasualtyTolerance();
        this.politics = politics;
        this.violence = new ViolenceGauge(politics.violenceWindowDays(), politics.violenceThresholdKilledPerDay());
        this.poolLeft = politics.reinforcementPoolTroops();
        for (Pledge pledge : force.pledges()) {
            if (pledge.troops() == 0) {
                continue;
            }
            int first = Math.max(0, timeline.dayOf(pledge.firstArrival()));
            int spread = (int) ChronoUnit.DAYS.between(pledge.firstArrival(), pledge.fullStrength());
            deployments.add(new Deployment(pledge.nation(), pledge.troops(), first, spread, politics.leadDays(),
                    pledge.requiresUnMandate(), pledge.mayDisarm(), pledge.casualtyTolerance(),
                    politics.waitsForDisarmament(pledge.nation())));
        }
    }

    /**
     * The day's politics, before the day's arrivals: dated decisions take effect, then each open deployment in
     * order (pledges, then reinforcements as reviews added them) draws what its status calls for. Nothing is drawn
     * for a deployment before its planned day; a nation that committed earlier (a dated decision) runs its lead
     * time from the decision, and its troops enter on its planned day at the earliest.
     */
    public void step(int day, LocalDate today, DeploymentConditions conditions, MersenneTwisterFast random) {
        applyDecisions(today, false);
        boolean shock = shockOn(today);
        boolean violent = violence.tooViolent();
        for (Deployment d : deployments) {
            if (!d.open()) {
                continue;
            }
            if (conditions.nationWithdrawn(d.nation())) {
                d.withdraw();
                continue;
            }
            boolean early = day < d.plannedDay();
            if (early && d.status() != DeploymentStatus.DECIDED) {
                continue;
            }
            boolean hold = !shock && !violent && conditionsHold(d, today, conditions);
            switch (d.status()) {
                case WAITING -> {
                    if (hold) {
                        if (random.nextDouble() < politics.decisionChancePerDay()) {
                            d.decide();
                            enterIfReady(d, day, false);
                        }
                    } else if (random.nextDouble() < politics.suspensionChancePerDay()) {
                        d.suspend();
                    }
                }
                case DECIDED -> {
                    if (hold) {
                        enterIfReady(d, day, true);
                    } else if (!early && random.nextDouble() < politics.suspensionChancePerDay()) {
                        d.suspend();
                    }
                }
                case SUSPENDED -> {
                    if (hold && random.nextDouble() < politics.resumptionChancePerDay()) {
                        d.resume();
                    }
                }
                default -> throw new IllegalStateException(d.status().toString());
            }
        }
        applyDecisions(today, true);
    }

    /**
     * The day's dated decisions: suspensions and resumptions before the day's draws, commitments after them (the
     * lead time counts from the next day, as after a drawn decision).
     */
    private void applyDecisions(LocalDate today, boolean commitments) {
        for (NationDecision decision : politics.decisions()) {
            if (decision.date().equals(today)
                    && (decision.action() == NationDecision.Action.COMMIT) == commitments) {
                apply(decision);
            }
        }
    }

    /** Whether a deployment's own conditions hold: the mandate, Israel's approval, the armed groups' stance. */
    static boolean conditionsHold(Deployment d, LocalDate today, DeploymentConditions conditions) {
        return (!d.requiresUnMandate() || conditions.mandateInForce(today)) && conditions.israelApproves(d.nation())
                && !(d.waitsForDisarmament() && conditions.armedGroupsRefuseDisarmament());
    }

    private void enterIfReady(Deployment d, int day, boolean runDay) {
        boolean ready = runDay ? d.leadTimeRun() : d.leadDaysLeft() == 0;
        if (ready && day >= d.plannedDay()) {
            d.enter();
            pending.addAll(battalions(d.nation(), d.troops(), battalionSize, day, day + d.spreadDays(),
                    d.requiresUnMandate(), d.mayDisarm(), d.casualtyTolerance()));
            pending.sort(Comparator.comparingInt(Arrival::day));
        }
    }

    private void apply(NationDecision decision) {
        for (Deployment d : deployments) {
            if (!d.nation().equals(decision.nation()) || !d.open()) {
                continue;
            }
            switch (decision.action()) {
                case SUSPEND -> d.suspend();
                case RESUME -> {
                    if (d.status() == DeploymentStatus.SUSPENDED) {
                        d.resume();
                    }
                }
                case COMMIT -> {
                    if (d.status() != DeploymentStatus.DECIDED) {
                        d.decide();
                    }
                }
                default -> throw new IllegalStateException(decision.action().toString());
            }
        }
    }

    private boolean shockOn(LocalDate today) {
        for (Shock shock : politics.shocks()) {
            if (shock.holdsOn(today)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole pledged timetable as it would be if every nation decided on its planned day with no lead time,
     * ordered by day, then pledge, then battalion: what the pledges promise, not what politics delivers.
     */
    public static List<Arrival> timetable(ForceParameters force, TimelineParameters timeline, Mandate mandate) {
        List<Arrival> arrivals = new ArrayList<>();
        int mandateStart = timeline.dayOf(mandate.authorisedDate());
        int mandateEnd = timeline.dayOf(mandate.endDate());
        for (Pledge pledge : force.pledges()) {
            int first = timeline.dayOf(pledge.firstArrival());
            int last = timeline.dayOf(pledge.fullStrength());
            for (Arrival arrival : battalions(pledge.nation(), pledge.troops(), force.battalionSize(), first, last,
                    pledge.requiresUnMandate(), pledge.mayDisarm(), pledge.casualtyTolerance())) {
                int day = arrival.day();
                if (pledge.requiresUnMandate()) {
                    if (day > mandateEnd) {
                        continue;
                    }
                    day = Math.max(day, mandateStart);
                }
                arrivals.add(new Arrival(arrival.nation(), arrival.troops(), Math.max(0, day),
                        arrival.requiresUnMandate(), arrival.mayDisarm(), arrival.casualtyTolerance()));
            }
        }
        arrivals.sort(Comparator.comparingInt(Arrival::day));
        return List.copyOf(arrivals);
    }

    /** Splits troops into battalions of about {@code battalionSize}, evenly spaced from {@code first} to {@code last}.
     * */
    static List<Arrival> battalions(String nation, int troops, int battalionSize, int first, int last,
            boolean requiresUnMandate, boolean mayDisarm, double casualtyTolerance) {
        List<Arrival> arrivals = new ArrayList<>();
        if (troops == 0) {
            return arrivals;
        }
        int count = (troops + battalionSize - 1) / battalionSize;
        for (int k = 0; k < count; k++) {
            int size = troops / count + (k < troops % count ? 1 : 0);
            int day = count == 1 ? first : first + (int) Math.round((double) k * (last - first) / (count - 1));
            arrivals.add(new Arrival(nation, size, day, requiresUnMandate, mayDisarm, casualtyTolerance));
        }
        return arrivals;
    }

    /**
     * A mandate review on {@code reviewDay} asks for {@code requested} more troops: willing contributors give what
     * is left of {@code deployment.reinforcementPoolTroops}, at most the request, as a new deployment planned for
     * the review day, with {@code force.reinforcementLeadDays} of lead time and its battalions spread over
     * {@code force.reinforcementSpreadDays}, under the same conditions as a pledge. Returns the troops granted.
     */
    public int reinforceAfterReview(int requested, int reviewDay) {
        int troops = Math.min(requested, poolLeft);
        if (troops <= 0) {
            return 0;
        }
        poolLeft -= troops;
        reinforcementsGranted += troops;
        deployments.add(new Deployment(REINFORCEMENTS, troops, reviewDay, reinforcementSpreadDays,
                reinforcementLeadDays, true, false, reinforcementCasualtyTolerance,
                politics.waitsForDisarmament(REINFORCEMENTS)));
        return troops;
    }

    /** The arrivals due today (and any earlier ones not yet taken), in timetable order. */
    public List<Arrival> arrivalsDue(int day) {
        List<Arrival> due = new ArrayList<>();
        while (!pending.isEmpty() && pending.get(0).day() <= day) {
            due.add(pending.remove(0));
        }
        return due;
    }

    /** Arrivals scheduled (their deployment entered) and not yet due. */
    public List<Arrival> pending() {
        return List.copyOf(pending);
    }

    /** Every deployment: the pledges with troops, in order, then the reinforcements reviews granted. */
    public List<Deployment> deployments() {
        return Collections.unmodifiableList(deployments);
    }

    /** Deployments currently suspended. */
    public int suspended() {
        int n = 0;
        for (Deployment d : deployments) {
            if (d.status() == DeploymentStatus.SUSPENDED) {
                n++;
            }
        }
        return n;
    }

    /** The violence level nations watch; the composition root feeds it each day's civilians killed. */
    public ViolenceGauge violence() {
        return violence;
    }

    /** Troops willing contributors have granted to reviews so far. */
    public int reinforcementsGranted() {
        return reinforcementsGranted;
    }

    /** Troops left in the pool of willing contributors. */
    public int reinforcementPoolLeft() {
        return poolLeft;
    }
}
