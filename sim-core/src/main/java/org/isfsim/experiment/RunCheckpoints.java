package org.isfsim.experiment;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isfsim.InvalidInputException;
import org.isfsim.model.metrics.MetricsTable;
import sim.engine.SimState;

/**
 * MASON checkpoints of long single runs: every {@code n} days the whole model is written, with the
 * run it belongs to, to {@code run-<i>.checkpoint} (replaced atomically), and a run can be continued
 * from such a file to the same end, byte for byte, as if it had never stopped.
 */
public final class RunCheckpoints {
    private RunCheckpoints() {
    }

    /** The checkpoint file of a run in a folder. */
    public static Path fileFor(Path folder, int run) {
        return folder.resolve("run-" + run + ".checkpoint");
    }

    /** What a checkpoint says about its run: the run itself and the experiment's base seed. */
    private record Header(RunSpec spec, long baseSeed) implements Serializable {
    }

    /** A run continued from a checkpoint, with the base seed of the experiment it came from. */
    public record Resumed(RunResult result, long baseSeed) {
    }

    /** A run function that checkpoints every {@code everyDays} days into {@code folder}. */
    public static RunFunction every(int everyDays, Path folder, long baseSeed) {
        return spec -> Simulation.run(spec.parameters(), spec.seed(), (model, day) -> {
            if (day > 0 && day % everyDays == 0 && day < spec.parameters().timeline().days()) {
                write(fileFor(folder, spec.run()), new Header(spec, baseSeed), model);
            }
        });
    }

    /** Writes the run and its model (MASON's own checkpoint format after the run's description). */
    private static void write(Path file, Header header, SimState model) {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream specBytes = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(specBytes)) {
                objects.writeObject(header);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(specBytes.size());
                specBytes.writeTo(data);
                data.flush();
                model.writeToCheckpoint(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /**
     * A run continued from a checkpoint to its last day.
     *
     * @throws InvalidInputException when the file is missing or not an isf-sim checkpoint
     */
    public static Resumed resume(Path file) {
        Header header;
        SimState model;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            int length = data.readInt();
            if (length <= 0 || length > 100_000_000) {
                throw new IOException("bad header");
            }
            byte[] specBytes = new byte[length];
            data.readFully(specBytes);
            try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(specBytes))) {
                header = (Header) objects.readObject();
            }
            model = SimState.readFromCheckpoint(in);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new InvalidInputException(file + ": not an isf-sim run checkpoint (" + e.getMessage()
                    + "); allowed: a run-<i>.checkpoint written by 'isf-sim run --checkpoint-every'", e);
        }
        if (model == null) {
            throw new InvalidInputException(file + ": the checkpoint could not be read; allowed: a run-<i>.checkpoint"
                    + " written by 'isf-sim run --checkpoint-every' with this version");
        }
        RunSpec spec = header.spec();
        MetricsTable metrics = Simulation.continueRun(model, spec.parameters().timeline().days(),
                Simulation.DayHook.NONE);
        return new Resumed(RunResult.ok(spec, metrics), header.baseSeed());
    }
}
