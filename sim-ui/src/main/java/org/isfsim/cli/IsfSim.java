package org.isfsim.cli;

import java.io.PrintWriter;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.engine.SweepAbandonedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code isf-sim} command line: one subcommand per job (run, sweep, compare, gui…). Mistakes in
 * the user's input end with exit status 2 and one line saying what is wrong and what is allowed; a sweep
 * engine that gives up on runs ({@link SweepAbandonedException}) ends with status 1 and one line.
 */
@Command(name = "isf-sim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulation of the International Stabilization Force for Gaza.",
        subcommands = {RunCommand.class, SweepCommand.class, ScenariosCommand.class, DescribeCommand.class,
                DiffCommand.class, CompareCommand.class, ChartCommand.class, PrecisionCommand.class, SensitivityCommand.class,
                ReproduceCommand.class, GuiCommand.class, SnapshotCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class IsfSim implements Runnable {
    /** Exit status for a mistake in the user's input. */
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new IsfSim());
        commandLine.setParameterExceptionHandler(IsfSim::onBadArguments);
        commandLine.setExecutionExceptionHandler(IsfSim::onFailure);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName().equals("isf-sim") ? "isf-sim: " + oneLine(e.getMessage())
                : "isf-sim " + command.getCommandName() + ": " + oneLine(e.getMessage()) + " (see 'isf-sim "
                        + command.getCommandName() + " --help')");
        err.flush();
        return INPUT_ERROR;
    }

    private static int onFailure(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidInputException) {
            err.println("isf-sim " + command.getCommandName() + ": " + oneLine(e.getMessage()));
            err.flush();
            return INPUT_ERROR;
        }
        if (e instanceof SweepAbandonedException) {
            err.println("isf-sim " + command.getCommandName() + ": " + oneLine(e.getMessage()));
            err.flush();
            return 1;
        }
        err.println("isf-sim " + command.getCommandName() + ": internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
