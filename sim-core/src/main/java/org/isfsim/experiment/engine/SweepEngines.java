package org.isfsim.experiment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.isfsim.InvalidInputException;

/**
 * Finds a {@link SweepEngine} by name: {@code local} always, others (e.g. {@code spark}) when their
 * module is on the class path, through {@link ServiceLoader}.
 */
public final class SweepEngines {
    /** The engines isf-sim knows of, whether or not they are on the class path. */
    public static final List<String> KNOWN = List.of(LocalSweepEngine.NAME, "spark");

    private SweepEngines() {
    }

    /**
     * The engine called {@code name}.
     *
     * @throws InvalidInputException when no engine of that name is known or on the class path
     */
    public static SweepEngine find(String name) {
        return find(name, SweepEngines.class.getClassLoader());
    }

    /** As {@link #find(String)}, looking for engines with {@code loader}. */
    public static SweepEngine find(String name, ClassLoader loader) {
        if (LocalSweepEngine.NAME.equals(name)) {
            return new LocalSweepEngine();
        }
        List<String> found = new ArrayList<>(List.of(LocalSweepEngine.NAME));
        for (SweepEngine engine : ServiceLoader.load(SweepEngine.class, loader)) {
            if (engine.name().equals(name)) {
                return engine;
            }
            found.add(engine.name());
        }
        if (KNOWN.contains(name)) {
            throw new InvalidInputException("--engine " + name + ": not on the class path; run through ./isf-sim, "
                    + "which adds sim-" + name);
        }
        List<String> allowed = new ArrayList<>(KNOWN);
        found.stream().filter(n -> !allowed.contains(n)).forEach(allowed::add);
        throw new InvalidInputException("--engine " + name + ": unknown; allowed: " + String.join(", ", allowed));
    }
}
