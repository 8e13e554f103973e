package org.keysmith.app;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/**
 * {@code keysmith sandbox [--port 8765] [--state FILE] [--no-rate-limits]}: runs the OKX-compatible sandbox in the
 * foreground and prints its base URL and master key (it is a test server: that is what they are for).
 */
final class SandboxCommand implements CliCommand {
    static final int DEFAULT_PORT = 8765;

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String summary() {
        return "run the OKX-compatible test exchange (--port N, --state FILE)";
    }

    @Override
    public int run(String[] args, CliIo io) {
        SandboxOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            io.err().println("keysmith sandbox: " + e.getMessage());
            return Cli.ERROR;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(options);
        } catch (BindException e) {
            io.err().println("keysmith sandbox: port " + options.port() + " is in use. Choose another with --port N "
                    + "(--port 0 picks a free one).");
            return Cli.ERROR;
        } catch (IOException e) {
            io.err().println("keysmith sandbox: could not start: " + e.getMessage());
            return Cli.ERROR;
        }
        print(server, io);
        awaitShutdown(server);
        return Cli.OK;
    }

    private static void print(SandboxServer server, CliIo io) {
        ApiCredentials master = server.masterKey();
        io.out().println("Keysmith sandbox: an OKX-compatible test exchange on this computer (not OKX).");
        io.out().println("base URL:   " + server.baseUrl());
        io.out().println("api key:    " + master.apiKey());
        io.out().println("secret key: " + master.secretKey().exposeAsString());
        io.out().println("passphrase: " + master.passphrase().exposeAsString());
        io.out().println("This master key is live (no x-simulated-trading header) and bound to 127.0.0.1. Ctrl+C stops.");
        io.out().flush();
        master.destroy();
    }

    private static void awaitShutdown(SandboxServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SandboxOptions parse(String[] args) {
        SandboxOptions o = SandboxOptions.defaults().withPort(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port":
                    o = o.withPort(port(value(args, ++i, "--port")));
                    break;
                case "--state":
                    o = o.withStateFile(Path.of(value(args, ++i, "--state")).toAbsolutePath());
                    break;
                case "--no-rate-limits":
                    o = o.withRateLimits(false);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + args[i] + "'. Options: --port N, "
                            + "--state FILE, --no-rate-limits.");
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[i];
    }

    private static int port(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a port number (0-65535).");
        }
    }
}
