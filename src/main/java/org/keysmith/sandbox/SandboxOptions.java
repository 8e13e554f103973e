package org.keysmith.sandbox;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * How to run the sandbox: port (0 = any free one), optional state file, clock, whether OKX's rate limits apply,
 * and whether a fresh state is seeded with a main account, sub-accounts and keys.
 */
public record SandboxOptions(int port, Path stateFile, Clock clock, boolean rateLimits, boolean seed,
                             SecureRandom random) {

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, null, Clock.systemUTC(), true, true, new SecureRandom());
    }

    public SandboxOptions withPort(int p) {
        return new SandboxOptions(p, stateFile, clock, rateLimits, seed, random);
    }

    public SandboxOptions withStateFile(Path file) {
        return new SandboxOptions(port, file, clock, rateLimits, seed, random);
    }

    public SandboxOptions withClock(Clock c) {
        return new SandboxOptions(port, stateFile, c, rateLimits, seed, random);
    }

    public SandboxOptions withRateLimits(boolean on) {
        return new SandboxOptions(port, stateFile, clock, on, seed, random);
    }
}
