package org.isfsim.cli;

import java.io.PrintWriter;
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
}
