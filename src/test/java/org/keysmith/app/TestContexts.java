package org.keysmith.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.keysmith.okx.RateLimiter;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.service.AppPaths;
import org.keysmith.service.guardian.ip.IpSource;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.TestVaults;

/** The real app wiring on a temporary home: fast-KDF vault, in-memory sandbox without rate limits. */
public final class TestContexts {
    private TestContexts() {
    }

    public static AppPaths paths(Path home) {
        return AppPaths.resolve(Map.of("KEYSMITH_HOME", home.toString()), "Linux", home.toString(), Optional.empty());
    }

    public static AppContext context(Path home) {
        return context(home, new AtomicFiles());
    }

    /** With the IP guardian's view of this computer's address from {@code ips}. */
    public static AppContext context(Path home, IpSource ips) {
        return new AppContext(paths(home), Clock.systemUTC(), TestVaults.fastStore(new AtomicFiles(),
                Clock.systemUTC()), SandboxOptions.defaults().withRateLimits(false), RateLimiter.disabled(), ips);
    }

    /** The same wiring whose vault is written through {@code files} (a test's seam that fails on demand). */
    public static AppContext context(Path home, AtomicFiles files) {
        return new AppContext(paths(home), Clock.systemUTC(), TestVaults.fastStore(files, Clock.systemUTC()),
                SandboxOptions.defaults().withRateLimits(false), RateLimiter.disabled());
    }
}
