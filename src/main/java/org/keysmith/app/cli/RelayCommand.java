package org.keysmith.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.keysmith.domain.Secret;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.relay.Relay;
import org.keysmith.service.relay.RelayCredential;
import org.keysmith.service.relay.RelayPolicy;
import org.keysmith.service.relay.RelayPolicyFile;
import org.keysmith.service.relay.RelayService;
import org.keysmith.service.relay.RelayTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keysmith relay --key NAME [--listen 127.0.0.1:PORT] [--port N] [--policy FILE] [--json]}: serves the key
 * through an OKX-compatible endpoint on this computer, so the bot only ever holds a relay credential
 * (docs/relay.md). Prints the URL and the relay credential once, locks the vault, and serves until INT or TERM.
 */
@Command(name = "relay", header = "Serve a key to a bot through a local OKX signing relay; the bot never gets "
        + "the secret.",
        description = {"Unlocks the vault, starts an OKX-compatible endpoint on this computer, prints its URL and a "
                + "fresh relay credential (API key, secret key, passphrase) once, and locks the vault. Point any OKX "
                + "client at the URL with that credential: the relay checks it with OKX's own signature rules, "
                + "applies the policy (withdrawals, transfers out and sub-account or API-key management are always "
                + "refused), re-signs the request with the real key and passes OKX's answer back unchanged.",
            "Serves until stopped (Ctrl-C, SIGTERM), then prints its counters. Details: docs/relay.md."})
final class RelayCommand extends UnlockingCommand {
    static final String DEFAULT_LISTEN = "127.0.0.1:8790";
    static final String TLS_CREDENTIAL = "keysmith-relay-tls";

    // not required = true: picocli would then ask for it before "relay status" too; validate() checks it
    @Option(names = "--key", paramLabel = "NAME", description = "The key (its name in the vault); required.")
    String key;
    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = DEFAULT_LISTEN,
            description = "Where to listen (default: ${DEFAULT-VALUE}). Another address than loopback needs "
                    + "--tls-keystore; 0.0.0.0 listens on all.")
    String listen;
    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (overrides --listen's; 0 picks "
            + "a free one).")
    Integer port;
    @Option(names = "--ws-port", paramLabel = "N", description = "The port of the relay's WebSocket "
            + "(/ws/v5/private; default: the REST port + 1, or a free one with --port 0).")
    Integer wsPort;
    @Option(names = "--policy", paramLabel = "FILE", description = "A policy file (JSON: endpoints, instIds, "
            + "budget; docs/relay.md). Without one, only the default denials apply.")
    Path policyFile;
    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve TLS (https, wss) with the key and "
            + "certificate in this PKCS#12 file; needed to listen on another address than loopback.")
    Path tlsKeystore;
    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "Read the keystore's password from "
            + "FILE (its first line; chmod 600). Otherwise: --tls-password-stdin, $CREDENTIALS_DIRECTORY/"
            + TLS_CREDENTIAL + ", or the terminal.")
    Path tlsPasswordFile;
    @Option(names = "--tls-password-stdin", description = "Read the keystore's password from standard input (the "
            + "line after the master password when that comes from standard input too).")
    boolean tlsPasswordStdin;
    @Option(names = "--json", description = "Print the URLs and relay credential as one JSON object (url, wsUrl, "
            + "apiKey, secretKey, passphrase).")
    boolean json;

    private InetSocketAddress address;
    private InetSocketAddress wsAddress;
    private RelayPolicy policy;
    private RelayTls tls;

    RelayCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws Exception {
        if (key == null || key.isBlank()) {
            throw CliFailure.usage("Missing required option: '--key=NAME' (or: keysmith relay status)");
        }
        int colon = listen.lastIndexOf(':');
        if (colon <= 0 || colon == listen.length() - 1) {
            throw CliFailure.usage("--listen " + listen + " must be HOST:PORT, e.g. " + DEFAULT_LISTEN);
        }
        int p;
        try {
            p = port != null ? port : Integer.parseInt(listen.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw CliFailure.usage("--listen " + listen + ": the port must be a number");
        }
        try {
            if (tlsKeystore == null && (tlsPasswordFile != null || tlsPasswordStdin)) {
                throw CliFailure.usage("--tls-password-file and --tls-password-stdin need --tls-keystore FILE");
            }
            String host = listen.substring(0, colon);
            address = RelayService.listenAddress(host, p, tlsKeystore != null);
            int w = wsPort != null ? wsPort : p == 0 ? 0 : p + 1;
            if (w == p && p != 0) {
                throw CliFailure.usage("--ws-port " + w + " is the REST port; give the WebSocket a port of its own");
            }
            wsAddress = RelayService.listenAddress(host, w, tlsKeystore != null);
            policy = policyFile == null ? RelayPolicy.defaults()
                    : new RelayPolicyFile(System::nanoTime).read(policyFile);
        } catch (UserFacingException e) {
            throw CliFailure.usage(e.userMessage());
        }
    }

    /** Opens the TLS keystore (before the vault is unlocked), with its password from the sources above. */
    @Override
    void gather() throws Exception {
        if (tlsKeystore == null) {
            return;
        }
        char[] pw = tlsPassword();
        try {
            tls = RelayTls.load(tlsKeystore, pw);
        } catch (UserFacingException e) {
            throw new CliFailure(ExitCode.ERROR, e.userMessage());
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    private char[] tlsPassword() throws IOException, CliFailure {
        if (tlsPasswordFile != null) {
            return MasterPasswordOptions.fromFile(tlsPasswordFile, "--tls-password-file " + tlsPasswordFile);
        }
        if (tlsPasswordStdin) {
            return StdinLines.line(env.in(), "the TLS keystore's password");
        }
        String credentials = env.env().get("CREDENTIALS_DIRECTORY");
        if (credentials != null && !credentials.isBlank() && Files.exists(Path.of(credentials, TLS_CREDENTIAL))) {
            Path f = Path.of(credentials, TLS_CREDENTIAL);
            return MasterPasswordOptions.fromFile(f, "the systemd credential " + f);
        }
        if (env.console() == null) {
            throw CliFailure.usage("there is no terminal to ask for the TLS keystore's password: give "
                    + "--tls-password-file FILE or --tls-password-stdin");
        }
        char[] p = env.console().readPassword("%s", "TLS keystore password: ");
        if (p == null) {
            throw new CliFailure(ExitCode.ERROR, "no keystore password was entered");
        }
        return p;
    }

    @Override
    int run(Unlocked u) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (PosixSignals signals = new PosixSignals(sig -> {
            stop.countDown();
            return true;
        }); Relay relay = u.context().relay().start(key, address, wsAddress, tls, policy,
                RelayService.Timeouts.DEFAULT)) {
            u.context().session().lockAndWait(Duration.ofSeconds(30));
            relay.notes().forEach(n -> env.err().println("keysmith: " + n));
            relay.warnings().forEach(w -> env.err().println("keysmith: warning: " + w));
            reveal(relay);
            if (relay.tlsFingerprint() != null) {
                env.err().println("keysmith: TLS certificate SHA-256 " + relay.tlsFingerprint());
            }
            env.err().println("keysmith: relaying to " + relay.upstreamUrl() + " as key " + relay.upstreamApiKey()
                    + "; policy " + relay.policy().summary() + "; log " + relay.logFile());
            env.err().println("keysmith: serving until stopped (Ctrl-C).");
            env.err().flush();
            stop.await();
            env.err().println("keysmith: relay stopped: " + relay.counters().snapshot().line());
            return ExitCode.OK;
        }
    }

    private void reveal(Relay relay) throws IOException {
        RelayCredential c = relay.credential();
        if (json) {
            try (JsonOut out = new JsonOut(env.out())) {
                out.startObject().field("url", relay.url());
                if (relay.webSocketUrl() != null) {
                    out.field("wsUrl", relay.webSocketUrl());
                }
                if (relay.tlsFingerprint() != null) {
                    out.field("tlsFingerprint", relay.tlsFingerprint());
                }
                out.field("apiKey", c.apiKey())
                        .secret("secretKey", c.secretKey()).secret("passphrase", c.passphrase()).endObject();
            }
            env.out().flush();
            return;
        }
        PrintStream out = env.out();
        out.println("Relay listening on " + relay.url() + (relay.webSocketUrl() == null ? ""
                : " and " + relay.webSocketUrl()) + " (shown once; it works at this relay only):");
        out.println("api key:    " + c.apiKey());
        out.print("secret key: ");
        print(out, c.secretKey());
        out.print("passphrase: ");
        print(out, c.passphrase());
        out.flush();
    }

    private static void print(PrintStream out, Secret s) {
        char[] chars = s.chars();
        try {
            out.println(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
