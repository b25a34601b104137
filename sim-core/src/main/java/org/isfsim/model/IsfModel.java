package org.isfsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isfsim.model.coordination.CoordinationCentre;
import org.isfsim.model.coordination.Tasking;
import org.isfsim.model.coordination.UnitKind;
import org.isfsim.model.force.Arrival;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.force.ForceGeneration;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.map.HeldZone;
import org.isfsim.model.mandate.Mandate;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.police.PoliceTraining;
import org.isfsim.model.police.PoliceUnit;
import org.isfsim.model.police.PoliceUnitStatus;
import org.isfsim.model.police.TrainingCohort;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.grid.SparseGrid2D;

/**
 * The isf-sim model: the Gaza Strip after the October 2025 ceasefire, one step a day from day 0
 * (2025-10-10). {@link #start()} rebuilds the world from the current parameters, so a change made
 * between runs takes effect on the next one. Each day runs in the {@link DayPhase} order.
 */
public class IsfModel extends SimState {
    private static final long serialVersionUID = 1L;

    private Parameters parameters;
    private GazaMap map;
    private HeldZone heldZone;
    private SparseGrid2D units;
    private Mandate mandate;
    private ForceGeneration forceGeneration;
    private CoordinationCentre coordinationCentre;
    private PoliceTraining policeTraining;
    private final List<Contingent> contingents = new ArrayList<>();
    private final List<PoliceUnit> policeUnits = new ArrayList<>();
    private MetricsTable metrics;

    /** A model with the default parameters, as MASON's {@code doLoop} and Console make it. */
    public IsfModel(long seed) {
        this(seed, Parameters.defaults());
    }

    public IsfModel(long seed, Parameters parameters) {
        super(seed);
        seedFully(seed);
        this.parameters = parameters;
    }

    /**
     * MASON seeds its generator from the low 32 bits of a long only; isf-sim's run seeds use all
     * 64, so that two runs of a large sweep cannot share a stream.
     */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        seedFully(seed);
    }

    private void seedFully(long seed) {
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    @Override
    public void start() {
        super.start();
        map = GazaMaps.get(parameters.map(), parameters.population());
        heldZone = map.heldZone();
        units = new SparseGrid2D(map.width(), map.height());
        mandate = new Mandate(parameters.mandate());
        forceGeneration = new ForceGeneration(parameters.force(), parameters.timeline(), mandate);
        Map<Governorate, Long> residents = new EnumMap<>(Governorate.class);
        for (Governorate g : Governorate.values()) {
            residents.put(g, map.population(g));
        }
        coordinationCentre = new CoordinationCentre(parameters.coordination(), parameters.force().sectorOrder(),
                parameters.force().troopsPerSector(), residents, parameters.police().deployOnlyWithIsf());
        policeTraining = new PoliceTraining(parameters.police(), parameters.timeline());
        contingents.clear();
        policeUnits.clear();
        metrics = new MetricsTable(parameters.timeline().days());
        if (policeTraining.initialGraduates() > 0) {
            policeUnits.add(new PoliceUnit(0, parameters.police().trainingSites().isEmpty() ? "abroad"
                    : parameters.police().trainingSites().get(0).name(), policeTraining.initialGraduates(), 0));
        }

        schedule.scheduleRepeating(0.0, DayPhase.MANDATE_AND_POLICY.ordering(), (Steppable) s -> arriveContingents(),
                1.0);
        schedule.scheduleRepeating(0.0, DayPhase.COORDINATION.ordering(),
                (Steppable) s -> coordinationCentre.step(day(), this::deliver), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.CONTINGENTS.ordering(), (Steppable) s -> stepContingents(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.POLICE.ordering(), (Steppable) s -> stepPolice(), 1.0);
        schedule.scheduleRepeating(0.0, DayPhase.METRICS.ordering(), (Steppable) s -> recordMetrics(), 1.0);
    }

    private void arriveContingents() {
        GridCell entry = map.crossing(parameters.force().entryCrossing());
        for (Arrival arrival : forceGeneration.arrivalsDue(day())) {
            Contingent contingent = new Contingent(contingents.size(), arrival.nation(), arrival.troops(), day(),
                    entry);
            contingents.add(contingent);
            placeUnit(contingent, entry);
        }
    }

    private void deliver(Tasking tasking) {
        if (tasking.kind() == UnitKind.CONTINGENT) {
            contingents.get(tasking.unitId()).assignSector(tasking.sector(), map.centroid(tasking.sector()));
        } else {
            policeUnits.get(tasking.unitId()).post(tasking.sector(), day(), parameters.police().travelDays());
        }
    }

    private void stepContingents() {
        for (Contingent contingent : contingents) {
            contingent.step(this);
        }
    }

    private void stepPolice() {
        policeTraining.recruit(day(), random);
        for (TrainingCohort cohort : policeTraining.graduating(day())) {
            policeUnits.add(new PoliceUnit(policeUnits.size(), cohort.site(), cohort.recruits(), day()));
        }
        for (PoliceUnit unit : policeUnits) {
            unit.step(this);
        }
    }

    private void recordMetrics() {
        double[] row = metrics.rowFor(day());
        int troops = 0;
        for (Contingent contingent : contingents) {
            troops += contingent.getTroops();
        }
        int deployed = 0;
        for (PoliceUnit unit : policeUnits) {
            if (unit.getStatus() == PoliceUnitStatus.DEPLOYED) {
                deployed += unit.getOfficers();
            }
        }
        row[Metric.ISF_TROOPS.ordinal()] = troops;
        row[Metric.ISF_CONTINGENTS.ordinal()] = contingents.size();
        row[Metric.POLICE_IN_TRAINING.ordinal()] = policeTraining.inTraining(day());
        row[Metric.POLICE_DEPLOYED.ordinal()] = deployed;
        row[Metric.COORDINATION_LATENCY_DAYS.ordinal()] = coordinationCentre.expectedLatencyDays();
        row[Metric.MANDATE_ACTIVE.ordinal()] = mandate.isActive(date()) ? 1 : 0;
        row[Metric.ACTIVE_CIVILIANS_SHARE.ordinal()] = Double.NaN;
        row[Metric.DETAINED_SHARE.ordinal()] = Double.NaN;
    }

    /** Puts a unit at a cell of the units grid (drawn by the GUI). */
    public void placeUnit(Object unit, GridCell cell) {
        units.setObjectLocation(unit, cell.x(), cell.y());
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

    public HeldZone heldZone() {
        return heldZone;
    }

    public SparseGrid2D units() {
        return units;
    }

    public Mandate mandate() {
        return mandate;
    }

    public CoordinationCentre coordinationCentre() {
        return coordinationCentre;
    }

    public PoliceTraining policeTraining() {
        return policeTraining;
    }

    public List<Contingent> contingents() {
        return Collections.unmodifiableList(contingents);
    }

    public List<PoliceUnit> policeUnits() {
        return Collections.unmodifiableList(policeUnits);
    }

    public MetricsTable metrics() {
        return metrics;
    }
}
