package org.keysmith.service.relay;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.okx.OkxForwarder;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.SafeUrls;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.Deployments;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;
import org.keysmith.service.export.ChildEnvironment;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.export.ExportService;
import org.keysmith.service.run.RunService;

/**
 * Starts relays (docs/relay.md). The key is chosen by {@link RunService#choose}, the same rule as {@code keysmith
 * run} (revoked, gone, secret-lost and pending keys are refused). The relay gets its own copy of the key, so the
 * vault can be locked while it serves. Plain HTTP on loopback addresses only; any other address needs TLS ({@link
 * RelayTls}, ADR 0085).
 */
public final class RelayService {
    /** How long the relay waits for the exchange: to connect, and for an answer (then 50004 to the bot). */
    public record Timeouts(Duration connect, Duration read) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    private final VaultSession session;
    private final RunService run;
    private final ConnectionService connections;
    private final ExportService exports;
    private final Path logDir;
    private final Clock clock;
    private final SecureRandom random;

    public RelayService(VaultSession session, RunService run, ConnectionService connections, ExportService exports,
                        Path logDir, Clock clock, SecureRandom random) {
        this.session = session;
        this.run = run;
        this.connections = connections;
        this.exports = exports;
        this.logDir = logDir;
        this.clock = clock;
        this.random = random;
    }

    /** The address to listen on: a loopback host and a port (0 = any free one); anything else is refused. */
    public static InetSocketAddress loopback(String host, int port) throws UserFacingException {
        if (port < 0 || port > 65535) {
            throw new UserFacingException("The port must be 0–65535 (0 picks a free one).");
        }
        if (!SafeUrls.isLoopbackHost(host)) {
            throw new UserFacingException("The relay listens on this computer only (127.0.0.1 or [::1]): the bot's "
                    + "requests and its relay credential travel in plain HTTP. For a bot on another machine, "
                    + "forward the port through an SSH or WireGuard tunnel.");
        }
        try {
            String h = host.equalsIgnoreCase("localhost") ? "127.0.0.1"
                    : host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return new InetSocketAddress(InetAddress.getByName(h), port);
        } catch (UnknownHostException e) {
            throw new UserFacingException("\"" + host + "\" is not an address to listen on.", e);
        }
    }

    /**
     * The address to listen on: with {@code tls}, any address of this computer (0.0.0.0 or [::] for all); without,
     * a loopback one only ({@link #loopback}).
     */
    public static InetSocketAddress listenAddress(String host, int port, boolean tls) throws UserFacingException {
        if (!tls || SafeUrls.isLoopbackHost(host)) {
            if (!SafeUrls.isLoopbackHost(host)) {
                throw new UserFacingException("Without TLS the relay listens on this computer only (127.0.0.1 or "
                        + "[::1]): the bot's requests and its relay credential would travel in plain HTTP. Give "
                        + "--tls-keystore FILE.p12 to listen on " + host + ", or (better) forward the port through "
                        + "an SSH or WireGuard tunnel.");
            }
            return loopback(host, port);
        }
        if (port < 0 || port > 65535) {
            throw new UserFacingException("The port must be 0–65535 (0 picks a free one).");
        }
        try {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return new InetSocketAddress(InetAddress.getByName(h), port);
        } catch (UnknownHostException e) {
            throw new UserFacingException("\"" + host + "\" is not an address of this computer to listen on.", e);
        }
    }

    /** As {@link #start(String, InetSocketAddress, InetSocketAddress, RelayTls, RelayPolicy, Timeouts)}, no TLS. */
    public Relay start(String keyName, InetSocketAddress listen, InetSocketAddress wsListen, RelayPolicy policy,
                       Timeouts timeouts) throws UserFacingException {
        return start(keyName, listen, wsListen, null, policy, timeouts);
    }

    /**
     * Starts a relay for the key {@code keyName} on {@code listen} with {@code policy} and a fresh relay credential,
     * and its WebSocket on {@code wsListen} (null: none) when the key's exchange has a private WebSocket Keysmith
     * knows; with {@code tls} both speak TLS only (required on any address but loopback). Needs the vault unlocked
     * with the master password within the last minute.
     */
    public Relay start(String keyName, InetSocketAddress listen, InetSocketAddress wsListen, RelayTls tls,
                       RelayPolicy policy, Timeouts timeouts) throws UserFacingException {
        if (tls == null && (!listen.getAddress().isLoopbackAddress()
                || wsListen != null && !wsListen.getAddress().isLoopbackAddress())) {
            throw new UserFacingException("The relay listens on another address than this computer's only with TLS "
                    + "(--tls-keystore).");
        }
        session.requireRecentAuthentication("serve a key through the relay");
        RunService.Chosen chosen = run.choose(keyName);
        ApiKeyEntry e = chosen.entry();
        String base = connections.baseUrlFor(e);
        if (!SafeUrls.allowsSecrets(base)) {
            throw new UserFacingException("Not started: the key's exchange address " + base + " is not https (or "
                    + "plain http to this computer), so the relay would send the real key in the clear.");
        }
        List<String> notes = new ArrayList<>(chosen.notes());
        Relay.WebSocketPlan ws = null;
        if (wsListen != null) {
            Optional<String> upstreamWs = connections.privateWebSocketFor(e);
            if (upstreamWs.isPresent() && OkxSocketDialer.allowsSecrets(upstreamWs.get())) {
                ws = new Relay.WebSocketPlan(wsListen, upstreamWs.get());
            } else {
                notes.add("No WebSocket: Keysmith knows no private WebSocket (wss://) for " + base + "; the relay "
                        + "serves REST only.");
            }
        }
        ApiCredentials key = new ApiCredentials(e.apiKey(), e.secretKey().copy(), e.passphrase().copy());
        OkxForwarder forwarder = new OkxForwarder(timeouts.connect(), timeouts.read());
        RelayUpstream upstream = new RelayUpstream(base, e.environment(), key, forwarder, clock);
        if (!upstream.syncClock()) {
            notes.add("The exchange's clock could not be read at " + base + "; requests are signed with this "
                    + "computer's clock until it can be.");
        }
        RelayCredential credential = RelayCredential.generate(random, e.environment());
        RelayLog log;
        try {
            log = new RelayLog(logDir.resolve("relay-" + safeName(e.name()) + ".log"));
        } catch (IOException ex) {
            upstream.close();
            credential.close();
            throw new UserFacingException("The relay log in " + logDir + " could not be opened ("
                    + ex.getClass().getSimpleName() + "). Check that the data folder is writable.", ex);
        }
        try {
            List<String> warnings = new ArrayList<>(chosen.warnings());
            if (!listen.getAddress().isLoopbackAddress()) {
                warnings.add("The relay listens on " + listen.getAddress().getHostAddress() + ", reachable from "
                        + "other machines (TLS, certificate " + tls.subject() + "). A tunnel (SSH, WireGuard) to a "
                        + "relay on 127.0.0.1 is the better road: nothing listens on the network then.");
            }
            Relay relay = Relay.start(listen, ws, tls, credential, policy, upstream, log, clock,
                    List.copyOf(warnings), List.copyOf(notes)).serving(e);
            relay.reporting(RelayStatus.start(logDir, safeName(e.name()), e.name(), relay, clock));
            session.record(AuditAction.KEY_DEPLOYED, e, "served by keysmith relay on " + relay.url()
                    + " (the bot holds a relay credential " + credential.apiKey() + ", never the secret)");
            return relay;
        } catch (IOException ex) {
            throw new UserFacingException("The relay could not listen on " + listen.getAddress().getHostAddress()
                    + ":" + listen.getPort() + (ws == null ? "" : " and " + ws.listen().getPort() + " (WebSocket)")
                    + " (" + ex.getMessage() + "). Choose other ports (--port, --ws-port), or --port 0 for any free "
                    + "ones.", ex);
        }
    }

    /**
     * What {@code keysmith run --relay} gives its child: the variables of {@code format} with the relay's URL and the
     * relay credential, never the key's own secret. The caller closes the result.
     */
    public RunService.Prepared childSetup(Relay relay, EnvFormat format, String envPrefix, boolean switchInConfig)
            throws UserFacingException {
        RelayCredential c = relay.credential();
        String ws = relay.webSocketUrl();
        ChildEnvironment env = exports.relayEnvironment(relay.entry(), format, envPrefix, switchInConfig,
                relay.url(), ws == null ? null : ws.substring(0, ws.lastIndexOf('/')), c.apiKey(), c.secretKey(),
                c.passphrase());
        List<String> notes = new ArrayList<>(relay.notes());
        notes.addAll(env.notes());
        return new RunService.Prepared(relay.entry(), format, env, relay.warnings(), List.copyOf(notes));
    }

    /**
     * The deployment and audit record of a child started against a relay (never a secret, never the child's
     * arguments). Returns why it could not be recorded, or null.
     */
    public String recordChild(Relay relay, Deployments.Use use, String program) {
        return run.recordDeployment(relay.entry(), use, "relay credential handed to " + program + " on "
                + use.host() + " by keysmith run --relay (relay " + relay.url() + "; the secret stayed in Keysmith)");
    }

    private static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
