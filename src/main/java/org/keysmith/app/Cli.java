package org.keysmith.app;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Non-GUI commands of the same jar: {@code keysmith <command> ...}. Each command writes results to stdout,
 * one-line errors to stderr, and returns an exit code (0 ok, 1 error, 2 wrong password, 3 damaged vault).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int ERROR = 1;
    private static final Set<String> FLAGS = Set.of("--version", "-V", "--help", "-h", "help");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Console console;
    private final Map<String, CliCommand> commands = new TreeMap<>();

    public Cli(InputStream in, PrintStream out, PrintStream err, Console console) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    /** True when the arguments name a command rather than options for the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (FLAGS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** Registers a command; later issues add {@code vault}, {@code sandbox}, {@code key}, {@code export}. */
    public Cli register(CliCommand command) {
        commands.put(command.name(), command);
        return this;
    }

    public int run(String[] args) {
        String first = args[0];
        if (first.equals("--version") || first.equals("-V")) {
            out.println("Keysmith " + Version.current());
            return OK;
        }
        if (FLAGS.contains(first)) {
            printHelp(out);
            return OK;
        }
        CliCommand command = commands.get(first);
        if (command == null) {
            err.println("keysmith: unknown command '" + first + "'. Run 'keysmith --help' for the list.");
            return ERROR;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return command.run(rest, new CliIo(in, out, err, console));
    }

    private void printHelp(PrintStream to) {
        to.println("Keysmith " + Version.current() + " — creates, stores and revokes OKX API keys.");
        to.println();
        to.println("Usage:");
        to.println("  keysmith                    open the app");
        to.println("  keysmith --version          print the version");
        commands.values().forEach(c -> to.printf("  keysmith %-18s %s%n", c.name() + " ...", c.summary()));
    }
}
