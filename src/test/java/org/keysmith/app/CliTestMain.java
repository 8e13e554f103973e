package org.keysmith.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.keysmith.app.cli.CliEnvironment;
import org.keysmith.app.cli.CliMain;
import org.keysmith.okx.RateLimiter;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.service.AppPaths;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.TestVaults;

/**
 * The command line as the launcher runs it, in its own process (see {@link CliRun}), with two test-only changes to
 * the wiring: a fast KDF and a Sandbox without rate limits. The Sandbox keeps its state in $KEYSMITH_HOME, as in
 * production, so one command's keys are there for the next.
 */
public final class CliTestMain {
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
        return new AppContext(paths, Clock.systemUTC(), TestVaults.fastStore(new AtomicFiles(), Clock.systemUTC()),
                SandboxOptions.defaults().withRateLimits(false).withStateFile(state), RateLimiter.disabled());
    }
}
