package org.isfsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;

/**
 * One {@code isf-sim} command run in-process, as the tests drive it: its exit status and what it
 * printed on stdout and stderr.
 *
 * @param exit the exit status
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code isf-sim args…} through {@link IsfSim#commandLine()}, capturing its output. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = IsfSim.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code isf-sim args…} with System.err captured, where progress goes (not to the command's err
     * writer), and returns what was printed there.
     */
    public static String systemErrOf(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            CliRun run = of(args);
            if (run.exit() != 0) {
                throw new AssertionError("exit status " + run.exit() + " of " + String.join(" ", args) + ": " + run.err());
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
