package org.keysmith.app.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.run.ChildRunner;
import org.keysmith.service.run.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith run --key NAME [--as FORMAT] -- COMMAND [ARGS…]}: one key into one process's environment, never a
 * file (docs/run.md). The vault is locked and the secrets wiped as soon as the child exists.
 */
@Command(name = "run", header = "Start a program with a key's credentials in its environment only.",
        description = {"Unlocks the vault, starts COMMAND with the key's variables (--as names the consumer), locks "
                + "the vault as soon as it runs, masks the secret and passphrase in its output, forwards INT, TERM "
                + "and HUP, and exits with its exit code (128+n when signal n ended it).",
            "Formats: freqtrade, okx, nautilus, ccxt, env. Details and sources: docs/run.md."})
final class RunCommand extends UnlockingCommand {
    /** Names the child must not inherit: where Keysmith's own master password may come from. */
    private static final List<String> SCRUBBED = List.of("CREDENTIALS_DIRECTORY");

    @Option(names = "--key", required = true, paramLabel = "NAME", description = "The key (its name in the vault).")
    String key;
    @Option(names = "--as", paramLabel = "FORMAT", defaultValue = "okx",
            description = "The variables to set: freqtrade, okx, nautilus, ccxt or env (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--prefix", paramLabel = "P", description = "With --as env: the variable prefix (default OKX_).")
    String prefix;
    @Option(names = "--switch-in-config", description = "The program's own config holds the site or demo switch "
            + "its environment cannot carry (run says when this is needed).")
    boolean switchInConfig;
    @Option(names = "--no-mask", description = "Pass the program's output through unmasked (for programs that need "
            + "a terminal).")
    boolean noMask;
    @Option(names = "--deployment", paramLabel = "LABEL", description = "How this bot is named in the audit "
            + "(default: the program's name).")
    String deployment;
    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The program and its arguments, after --.")
    List<String> command = new ArrayList<>();

    private EnvFormat envFormat;

    RunCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws Exception {
        envFormat = EnvFormat.byCliName(format).orElseThrow(() -> CliFailure.usage("--as " + format
                + " is not a format; choose one of " + EnvFormat.names()));
        if (prefix != null && envFormat != EnvFormat.ENV) {
            throw CliFailure.usage("--prefix goes with --as env");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        RunService run = u.context().run();
        try (RunService.Prepared p = run.prepare(key, envFormat, prefix, switchInConfig)) {
            p.notes().forEach(n -> env.err().println("keysmith: " + n));
            p.warnings().forEach(w -> env.err().println("keysmith: warning: " + w));
            if (noMask) {
                env.err().println("keysmith: warning: --no-mask: the program's output is not masked; a secret it "
                        + "prints reaches your terminal and logs.");
            }
            ChildRunner runner = new ChildRunner(env.out(), env.err());
            String program = Path.of(command.get(0)).getFileName().toString();
            try (PosixSignals signals = new PosixSignals(runner::forward)) {
                return runner.run(new ChildRunner.Launch(command, SCRUBBED, !noMask, null), p.environment(), () -> {
                    run.recordStarted(p, deployment == null ? program : deployment + " (" + program + ")",
                            hostName(), !noMask);
                    u.context().session().lockAndWait(Duration.ofSeconds(30));
                });
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "this machine";
        }
    }
}
