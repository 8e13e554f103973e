package org.keysmith.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.keysmith.app.cli.CliEnvironment;
import org.keysmith.app.cli.CliMain;
import org.keysmith.okx.RateLimiter;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.service.AppPaths;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.guardian.ip.IpSource;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.TestVaults;

/**
 * The command line as the launcher runs it, in its own process (see {@link CliRun}), with test-only changes to
 * the wiring: a fast KDF, a Sandbox without rate limits, and, when {@value #IP_FILE} is in $KEYSMITH_HOME, the
 * address the IP guardian sees this computer at read from that file. The Sandbox keeps its state in
 * $KEYSMITH_HOME, as in production, so one command's keys are there for the next.
 */
public final class CliTestMain {
    /** The test's stand-in for this computer's public address (one line). */
    public static final String IP_FILE = "test-public-ip";

    private CliTestMain() {
    }

    public static void main(String[] args) {
        int code = CliMain.run(args, new CliEnvironment(System.in, System.out, System.err, System.console(),
                System.getenv(), CliTestMain::context));
        System.exit(code);
    }

    private static AppContext context(Optional<String> vault) {
        AppPaths paths = AppPaths.forThisProcess(vault);
        Path state = paths.dataDir().resolve("sandbox-state.json");
        Path ipFile = paths.dataDir().resolve(IP_FILE);
        IpSource ips = c -> {
            try {
                return Files.readString(ipFile).strip();
            } catch (IOException e) {
                throw new UserFacingException("The test's address file could not be read: " + e.getMessage());
            }
        };
        return new AppContext(paths, Clock.systemUTC(), TestVaults.fastStore(new AtomicFiles(), Clock.systemUTC()),
                SandboxOptions.defaults().withRateLimits(false).withStateFile(state), RateLimiter.disabled(),
                Files.exists(ipFile) ? ips : null);
    }
}
