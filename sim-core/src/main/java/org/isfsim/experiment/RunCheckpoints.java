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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.isfsim.InvalidInputException;
import org.isfsim.ToolVersion;
import org.isfsim.model.metrics.MetricsTable;
import sim.engine.SimState;

/**
 * MASON checkpoints of long single runs: every {@code n} days the whole model is written, with the
 * run it belongs to, to {@code run-<i>.checkpoint} (replaced atomically), and a run can be continued
 * from such a file to the same end, byte for byte, as if it had never stopped.
 *
 * <p>The file wraps MASON's own checkpoint ({@link SimState#writeToCheckpoint}, unchanged, so the model
 * still saves and loads in MASON's Console and {@code doLoop} as before): first the line
 * {@code isf-sim run checkpoint}, the checkpoint {@link #FORMAT_VERSION} and the isf-sim version that
 * wrote it, then the run it belongs to, then the model. A checkpoint of another format or isf-sim version
 * is refused before any of its objects is read, since it could restore a model bound to other code. Files
 * written before the versions existed (format 1: the run's header straight away) are refused the same way.
 */
public final class RunCheckpoints {
    /** The layout this version writes and reads: 2 (version 1 had no magic and no versions). */
    public static final int FORMAT_VERSION = 2;
    /** The first bytes of a versioned isf-sim run checkpoint. */
    private static final byte[] MAGIC = "isf-sim run checkpoint\n".getBytes(StandardCharsets.US_ASCII);
    private static final int JAVA_SERIALIZATION = 0xACED;

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
                write(fileFor(folder, spec.run()), new Header(spec, baseSeed), model, ToolVersion.version());
            }
        });
    }

    /** Writes the versions, the run and its model (MASON's own checkpoint format after the run's description). */
    private static void write(Path file, Header header, SimState model, String toolVersion) {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream specBytes = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(specBytes)) {
                objects.writeObject(header);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                DataOutputStream data = new DataOutputStream(out);
                data.write(MAGIC);
                data.writeInt(FORMAT_VERSION);
                data.writeUTF(toolVersion);
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
     * @throws InvalidInputException when the file is missing, not an isf-sim checkpoint, or one of another
     *         checkpoint format or isf-sim version (one line naming the file and both versions)
     */
    public static Resumed resume(Path file) {
        Header header;
        SimState model;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            checkVersions(file, data);
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

    /** Reads the magic and the versions, refusing a checkpoint this version does not read. */
    private static void checkVersions(Path file, DataInputStream data) throws IOException {
        byte[] start = new byte[MAGIC.length];
        int read = data.readNBytes(start, 0, start.length);
        if (read == MAGIC.length && Arrays.equals(start, MAGIC)) {
            int format = data.readInt();
            String version = format == FORMAT_VERSION ? data.readUTF() : null;
            if (format != FORMAT_VERSION || !version.equals(ToolVersion.version())) {
                throw refusal(file, format, version);
            }
            return;
        }
        boolean formatOne = read >= 6 && ((start[4] & 0xFF) << 8 | (start[5] & 0xFF)) == JAVA_SERIALIZATION;
        if (formatOne) {
            throw refusal(file, 1, null);
        }
        throw new IOException("no isf-sim checkpoint header");
    }

    /** The one line naming the file, the checkpoint's versions and this build's. */
    private static InvalidInputException refusal(Path file, int format, String version) {
        return new InvalidInputException(file + ": written by isf-sim " + (version == null ? "(version unknown)"
                : version) + " in checkpoint format " + format + ", but this is isf-sim " + ToolVersion.version()
                + ", which reads checkpoint format " + FORMAT_VERSION + " of its own version only; allowed: a"
                + " checkpoint written by this version (rerun with --checkpoint-every)");
    }
}
