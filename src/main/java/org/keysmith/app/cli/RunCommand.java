package org.keysmith.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.keysmith.domain.Deployment;
import org.keysmith.service.Deployments;
import org.keysmith.service.LocalHost;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.relay.Relay;
import org.keysmith.service.relay.RelayPolicy;
import org.keysmith.service.relay.RelayPolicyFile;
import org.keysmith.service.relay.RelayService;
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

    @Option(names = "--key", required = true, paramLabel = "NAME", description = "The key: a slot's name (keysmith "
            + "slot list), or the key's name or id.")
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
    @Option(names = "--relay", description = "Start a relay for the program's lifetime and give it the relay's URL "
            + "and a fresh relay credential instead of the key: the secret never enters the program (docs/relay.md).")
    boolean relay;
    @Option(names = "--policy", paramLabel = "FILE", description = "With --relay: the relay's policy file.")
    Path policyFile;
    @Option(names = "--deployment", paramLabel = "NAME", description = "The deployment this run records or "
            + "refreshes on the key (default: SLOT@HOST when --key is a slot, else FORMAT@HOST).")
    String deployment;
    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The program and its arguments, after --.")
    List<String> command = new ArrayList<>();

    private EnvFormat envFormat;
    private RelayPolicy policy;

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
        try {
            Deployments.checkName(deployment);
        } catch (UserFacingException e) {
            throw CliFailure.usage("--deployment: " + e.userMessage());
        }
        if (policyFile != null && !relay) {
            throw CliFailure.usage("--policy goes with --relay");
        }
        if (relay) {
            try {
                policy = policyFile == null ? RelayPolicy.defaults()
                        : new RelayPolicyFile(System::nanoTime).read(policyFile);
            } catch (UserFacingException e) {
                throw CliFailure.usage(e.userMessage());
            }
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        if (relay) {
            return runWithRelay(u);
        }
        RunService run = u.context().run();
        try (RunService.Prepared p = run.prepare(key, envFormat, prefix, switchInConfig)) {
            Deployments.Use use = use(u, Deployment.Via.RUN);
            return start(u, p, program -> run.recordStarted(p, use, program, !noMask));
        }
    }

    /** The child gets the relay's URL and credential; the relay lives as long as the child. */
    private int runWithRelay(Unlocked u) throws Exception {
        RelayService relays = u.context().relay();
        try (Relay r = relays.start(key, RelayService.loopback("127.0.0.1", 0), RelayService.loopback("127.0.0.1", 0),
                policy, RelayService.Timeouts.DEFAULT);
             RunService.Prepared p = relays.childSetup(r, envFormat, prefix, switchInConfig)) {
            env.err().println("keysmith: relay on " + r.url() + (r.webSocketUrl() == null ? "" : " and "
                    + r.webSocketUrl()) + " for " + r.upstreamUrl() + " (policy "
                    + r.policy().summary() + "; log " + r.logFile() + ")");
            Deployments.Use use = use(u, Deployment.Via.RELAY);
            int code = start(u, p, program -> relays.recordChild(r, use, program));
            env.err().println("keysmith: relay stopped: " + r.counters().snapshot().line());
            return code;
        }
    }

    /** The deployment to record: --deployment, or SLOT@HOST when --key names a slot, or FORMAT@HOST. */
    private Deployments.Use use(Unlocked u, Deployment.Via via) throws UserFacingException {
        String host = LocalHost.name();
        String name = deployment != null ? deployment : u.context().keyNames().slot(key.strip()).isPresent()
                ? Deployments.defaultName(key.strip(), host) : null;
        return new Deployments.Use(name, host, envFormat.cliName(), via, "started " + program());
    }

    private String program() {
        return Path.of(command.get(0)).getFileName().toString();
    }

    private int start(Unlocked u, RunService.Prepared p, Function<String, String> record) throws Exception {
        p.notes().forEach(n -> env.err().println("keysmith: " + n));
        p.warnings().forEach(w -> env.err().println("keysmith: warning: " + w));
        if (noMask) {
            env.err().println("keysmith: warning: --no-mask: the program's output is not masked; a secret it "
                    + "prints reaches your terminal and logs.");
        }
        ChildRunner runner = new ChildRunner(env.out(), env.err());
        String program = program();
        try (PosixSignals signals = new PosixSignals(runner::forward)) {
            return runner.run(new ChildRunner.Launch(command, SCRUBBED, !noMask, null), p.environment(), () -> {
                String problem = record.apply(program);
                if (problem != null) {
                    env.err().println("keysmith: warning: the deployment was not recorded: " + problem);
                }
                u.context().session().lockAndWait(Duration.ofSeconds(30));
            });
        }
    }
}
