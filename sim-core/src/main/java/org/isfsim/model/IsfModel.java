package org.isfsim.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.aid.AidSystem;
import org.isfsim.model.ceasefire.Ceasefire;
import org.isfsim.model.coordination.CoordinationCentre;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ForceGeneration;
import org.isfsim.model.force.ForceRoster;
import org.isfsim.model.insurgency.Combat;
import org.isfsim.model.insurgency.Insurgency;
import org.isfsim.model.israel.Israel;
import org.isfsim.model.israel.WithdrawalReach;
import org.isfsim.model.legitimacy.LegitimacyField;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.police.PoliceRoster;
import org.isfsim.model.police.PoliceTraining;
import org.isfsim.model.police.PoliceUnit;
import org.isfsim.model.population.CivilianPopulation;
import org.isfsim.model.security.SecurityPresence;
import sim.engine.Steppable;
import sim.field.grid.SparseGrid2D;

/**
 * The isf-sim model: the Gaza Strip after the October 2025 ceasefire, one step a day from day 0
 * (2025-10-10). {@link #start()} rebuilds the world from the current parameters, so a change made
 * between runs takes effect on the next one. Each day runs in the {@link DayPhase} order, one named
 * phase each; the rules live in their domain packages, and this class only builds and wires the parts.
 */
public class IsfModel extends FullySeededState {
    private static final long serialVersionUID = 1L;

    private Parameters parameters;
    private GazaMap map;
    private SparseGrid2D units;
    private Mandate mandate;
    private Ceasefire ceasefire;
    private Israel israel;
    private ForceGeneration forceGeneration;
    private ForceRoster forceRoster;
    private CoordinationCentre coordinationCentre;
    private PoliceTraining policeTraining;
    private PoliceRoster policeRoster;
    private Insurgency insurgency;
    private Combat combat;
    private LegitimacyField legitimacy;
    private CivilianPopulation civilians;
    private AidSystem aid;
    private SecurityPresence presence;
    private DayEvents events;
    private DeploymentAdapter deploymentConditions;
    private MetricsTable metrics;

    /**
     * Runs the model under MASON's own command line ({@code -for N -seed S -repeat R -parallel P
     * -docheckpoint D -checkpoint FILE -quiet}), for users who drive MASON models with {@code doLoop}.
     */
    public static void main(String[] args) {
        doLoop(IsfModel.class, args);
        System.exit(0);
    }

    /** A model with the default parameters, as MASON's {@code doLoop} and Console make it. */
    public IsfModel(long seed) {
        this(seed, Parameters.defaults());
    }

    public IsfModel(long seed, Parameters parameters) {
        super(seed);
        this.parameters = parameters;
    }

    /**
     * Refuses, as bad input, a parameter set whose withdrawal milestones the permitted actors cannot meet on
     * its map ({@link WithdrawalReach}); nothing to check in the Epstein reference mode.
     *
     * @throws org.isfsim.InvalidInputException naming the stage, what it needs and what is reachable
     */
    public static void checkReachable(Parameters parameters) {
        if (parameters.epstein().enabled()) {
            return;
        }
        boolean isfMayDemolish = parameters.force().pledges().stream().anyMatch(p -> p.mayDisarm() && p.troops() > 0);
        WithdrawalReach.check(GazaMaps.get(parameters.map(), parameters.population()), parameters.israel(),
                parameters.insurgency().tunnelKm(), isfMayDemolish);
    }

    @Override
    public void start() {
        super.start();
        checkReachable(parameters);
        map = GazaMaps.get(parameters.map(), parameters.population());
        units = new SparseGrid2D(map.width(), map.height());
        mandate = new Mandate(parameters.mandate());
        ceasefire = new Ceasefire(parameters.ceasefire(), parameters.timeline());
        israel = new Israel(map, parameters.israel(), map.heldZone(), ceasefire);
        forceGeneration = new ForceGeneration(parameters.force(), parameters.deployment(), parameters.timeline());
        Map<Governorate, Long> residents = new EnumMap<>(Governorate.class);
        for (Governorate g : Governorate.values()) {
            residents.put(g, map.population(g));
        }
        coordinationCentre = new CoordinationCentre(parameters.coordination(), parameters.force().sectorOrder(),
                parameters.force().troopsPerThousandResidents(), residents, parameters.police().deployOnlyWithIsf());
        policeTraining = new PoliceTraining(parameters.police(), parameters.timeline());
        insurgency = new Insurgency(map, parameters.insurgency(), map.heldZone(), random);
        civilians = new CivilianPopulation(map, parameters.population().peoplePerAgent(), parameters.civilians(),
                random);
        legitimacy = new LegitimacyField(parameters.legitimacy(), map.width(), map.height(),
                civilians.visionRadiusCells());
        aid = new AidSystem(map, parameters.aid(), parameters.timeline());
        forceRoster = new ForceRoster(parameters.force(), units);
        policeRoster = new PoliceRoster(parameters.police(), policeTraining);
        combat = new Combat(insurgency);
        presence = new SecurityPresence(map);
        events = new DayEvents(this);
        deploymentConditions = new DeploymentAdapter(this);
        metrics = new MetricsTable(parameters.timeline().days());

        schedule(DayPhase.MANDATE_AND_POLICY, new PolicyPhase(this));
        schedule(DayPhase.COORDINATION, new CoordinationPhase(this));
        schedule(DayPhase.CONTINGENTS, new ContingentsPhase(this));
        schedule(DayPhase.POLICE, new PolicePhase(this));
        schedule(DayPhase.ARMED_GROUPS, new ArmedGroupsPhase(this));
        schedule(DayPhase.CIVILIANS, new CiviliansPhase(map));
        schedule(DayPhase.AID, new AidPhase());
        schedule(DayPhase.METRICS, new MetricsPhase());
    }

    private void schedule(DayPhase phase, Steppable step) {
        schedule.scheduleRepeating(0.0, phase.ordering(), step, 1.0);
    }

    /** Today's day number (0 = 2025-10-10). */
    public int day() {
        return (int) schedule.getTime();
    }

    /** Today's date. */
    public LocalDate date() {
        return parameters.timeline().dateOf(day());
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Sets the parameters the next {@link #start()} builds the world from. */
    public void setParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    public GazaMap map() {
        return map;
    }

    /** The zone the IDF holds today. */
    public HeldZone heldZone() {
        return israel.heldZone();
    }

    /** Where the contingents and police units are, for drawing. */
    public SparseGrid2D units() {
        return units;
    }

    public Mandate mandate() {
        return mandate;
    }

    public Israel israel() {
        return israel;
    }

    /** The ceasefire's state and tension. */
    public Ceasefire ceasefire() {
        return ceasefire;
    }

    /** The pledges on their way to Gaza, the reinforcements reviews have added, and the arrivals scheduled. */
    public ForceGeneration forceGeneration() {
        return forceGeneration;
    }

    /** The contingents admitted so far and each nation's losses. */
    public ForceRoster forceRoster() {
        return forceRoster;
    }

    public CoordinationCentre coordinationCentre() {
        return coordinationCentre;
    }

    public PoliceTraining policeTraining() {
        return policeTraining;
    }

    /** The police units graduated so far. */
    public PoliceRoster policeRoster() {
        return policeRoster;
    }

    public Insurgency insurgency() {
        return insurgency;
    }

    public LegitimacyField legitimacy() {
        return legitimacy;
    }

    public CivilianPopulation civilians() {
        return civilians;
    }

    public AidSystem aid() {
        return aid;
    }

    /** Security personnel and active civilians per cell, as the armed groups last saw them. */
    public SecurityPresence presence() {
        return presence;
    }

    public List<Contingent> contingents() {
        return forceRoster.contingents();
    }

    public List<PoliceUnit> policeUnits() {
        return policeRoster.units();
    }

    public MetricsTable metrics() {
        return metrics;
    }

    Combat combat() {
        return combat;
    }

    DayEvents events() {
        return events;
    }

    DeploymentAdapter deploymentConditions() {
        return deploymentConditions;
    }
}
