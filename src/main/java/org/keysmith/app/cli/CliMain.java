package org.keysmith.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line ({@code keysmith key list --json}, ...) and returns its exit code (see {@link ExitCode}).
 * Only the launcher calls this, and only once it has decided that the arguments are a command: the window's start
 * path never loads picocli.
 */
public final class CliMain {
    private CliMain() {
    }

    public static int run(String[] args, CliEnvironment env) {
        quietLogging();
        return commandLine(env, args).execute(args);
    }

    /**
     * A command's standard error is for its own messages: the app's INFO records (each exchange call) are left out
     * unless the user configured java.util.logging (-Djava.util.logging.config.file).
     */
    private static void quietLogging() {
        if (System.getProperty("java.util.logging.config.file") == null) {
            Logger.getLogger("").setLevel(Level.WARNING);
        }
    }

    /** The whole command tree with the shared settings: streams, exit codes, one-line errors. */
    static CommandLine commandLine(CliEnvironment env) {
        return configure(CommandTree.build(env), env);
    }

    /** The tree {@link #run} uses for {@code args}: only the commands they name are built in full. */
    static CommandLine commandLine(CliEnvironment env, String... args) {
        return configure(CommandTree.forArgs(env, args), env);
    }

    private static CommandLine configure(CommandLine cl, CliEnvironment env) {
        cl.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler(usageErrors());
        cl.setExecutionExceptionHandler(failures(env));
        everyCommand(cl);
        return cl;
    }

    private static void everyCommand(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        spec.mixinStandardHelpOptions(true);
        spec.exitCodeOnInvalidInput(ExitCode.USAGE);
        spec.exitCodeOnExecutionException(ExitCode.ERROR);
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        cl.getSubcommands().values().stream().distinct().forEach(CliMain::everyCommand);
    }

    /** A wrong option or value: what is wrong, the closest spellings, where to read more; exit 64. */
    private static IParameterExceptionHandler usageErrors() {
        return (ParameterException ex, String[] args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            err.println(name + ": " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + name + " --help' for its options.");
            err.flush();
            return ExitCode.USAGE;
        };
    }

    /** A failure while running: one line (never a stack trace) and the documented exit code. */
    private static IExecutionExceptionHandler failures(CliEnvironment env) {
        return (ex, cmd, parseResult) -> {
            env.out().flush();
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + Failures.message(ex));
            err.flush();
            return Failures.exitCode(ex);
        };
    }
}
