package org.keysmith.app.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keysmith sandbox [--port 8765] [--state FILE] [--no-rate-limits]}: the OKX-compatible test exchange in the
 * foreground; prints its base URL and master key (a test server: that is what they are for).
 */
@Command(name = "sandbox", header = "Run the OKX-compatible test exchange on this computer until Ctrl+C.")
final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8765", description = "The port on 127.0.0.1 "
            + "(default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--state", paramLabel = "FILE", description = "Keep the exchange's state in FILE.")
    Path state;
    @Option(names = "--no-rate-limits", description = "Answer without OKX's rate limits.")
    boolean noRateLimits;
    private final CliEnvironment env;

    SandboxCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw CliFailure.usage("--port: " + port + " is not a port number (0-65535)");
        }
        SandboxOptions o = SandboxOptions.defaults().withPort(port).withRateLimits(!noRateLimits);
        if (state != null) {
            o = o.withStateFile(state.toAbsolutePath());
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(o);
        } catch (BindException e) {
            throw new CliFailure(ExitCode.ERROR, "port " + port + " is in use. Choose another with --port N "
                    + "(--port 0 picks a free one)");
        } catch (IOException e) {
            throw new CliFailure(ExitCode.ERROR, "could not start: " + e.getMessage());
        }
        ApiCredentials master = server.masterKey();
        env.out().println("Keysmith sandbox: an OKX-compatible test exchange on this computer (not OKX).");
        env.out().println("base URL:   " + server.baseUrl());
        env.out().println("api key:    " + master.apiKey());
        env.out().println("secret key: " + master.secretKey().exposeAsString());
        env.out().println("passphrase: " + master.passphrase().exposeAsString());
        env.out().println("WebSocket:  " + server.privateWebSocketUrl() + " (private: login, orders channel, order "
                + "ops)");
        env.out().println("This master key is live (no x-simulated-trading header) and bound to 127.0.0.1. "
                + "Ctrl+C stops.");
        env.out().flush();
        master.destroy();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
        return ExitCode.OK;
    }
}
