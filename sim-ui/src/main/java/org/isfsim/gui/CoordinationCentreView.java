package org.isfsim.gui;

import java.util.StringJoiner;
import java.util.function.Supplier;
import org.isfsim.model.IsfModel;
import org.isfsim.model.coordination.CoordinationCentre;
import org.isfsim.model.map.Governorate;

/**
 * The coordination centre at Kiryat Gat as its inspector shows it: bean properties read live from
 * the running model's {@link CoordinationCentre}, whose own accessors are not bean-named.
 */
public final class CoordinationCentreView {
    private final Supplier<IsfModel> model;

    CoordinationCentreView(Supplier<IsfModel> model) {
        this.model = model;
    }

    private CoordinationCentre centre() {
        IsfModel m = model.get();
        return m == null ? null : m.coordinationCentre();
    }

    /** Whether the centre has opened (2025-10-17, docs/sources.md#cmcc). */
    public boolean isOpen() {
        CoordinationCentre c = centre();
        return c != null && c.isOpen();
    }

    /** States and organisations represented today. */
    public int getMembers() {
        CoordinationCentre c = centre();
        return c == null ? 0 : c.members();
    }

    /** Requests waiting for a decision. */
    public int getBacklog() {
        CoordinationCentre c = centre();
        return c == null ? 0 : c.backlog();
    }

    /** Days a unit reporting today would wait for its tasking. */
    public double getLatencyDays() {
        CoordinationCentre c = centre();
        return c == null ? 0 : c.expectedLatencyDays();
    }

    /** Taskings decided since the start. */
    public int getTaskingsDecided() {
        CoordinationCentre c = centre();
        return c == null ? 0 : c.taskings().size();
    }

    /** Demolitions the IDF denied. */
    public int getDeniedDemolitions() {
        CoordinationCentre c = centre();
        return c == null ? 0 : c.deniedTasks();
    }

    /** Troops assigned to each sector, as the centre counts them. */
    public String getAssignedTroops() {
        return perSector(Kind.TROOPS);
    }

    /** Police officers posted to each sector. */
    public String getAssignedOfficers() {
        return perSector(Kind.OFFICERS);
    }

    /** The centre's noisy estimate of fighters in each sector. */
    public String getEstimatedFighters() {
        return perSector(Kind.FIGHTERS);
    }

    /** What is counted per sector. */
    enum Kind { TROOPS, OFFICERS, FIGHTERS }

    private String perSector(Kind kind) {
        CoordinationCentre c = centre();
        if (c == null) {
            return "";
        }
        StringJoiner out = new StringJoiner(", ");
        for (Governorate g : Governorate.values()) {
            out.add(g.displayName() + " " + inSector(c, g, kind));
        }
        return out.toString();
    }

    /** The count over all sectors. */
    long total(Kind kind) {
        CoordinationCentre c = centre();
        long sum = 0;
        for (Governorate g : Governorate.values()) {
            sum += c == null ? 0 : inSector(c, g, kind);
        }
        return sum;
    }

    private static long inSector(CoordinationCentre c, Governorate g, Kind kind) {
        return switch (kind) {
            case TROOPS -> c.assignedTroops(g);
            case OFFICERS -> c.assignedOfficers(g);
            case FIGHTERS -> Math.round(c.estimatedFighters(g));
        };
    }

    @Override
    public String toString() {
        return "Coordination centre, Kiryat Gat";
    }
}
