package org.keysmith.service;

import java.nio.file.Path;
import java.time.Clock;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccountName;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.RateLimiter;
import org.keysmith.okx.Sleeper;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.vault.TestVaults;

/** The real service layer on a fast-KDF vault and an in-process sandbox (rate limits off), for tests. */
public final class ServiceFixture implements AutoCloseable {
    public final Path vaultFile;
    public final VaultSession session;
    public final SandboxService sandbox;
    public final ConnectionService connections;
    public final OkxClients clients;
    public final KeyService keys;

    public ServiceFixture(Path dir) throws Exception {
        this(dir, Clock.systemUTC());
    }

    /** With {@code clock} for the session and the services (when a master password was given, what is due). */
    public ServiceFixture(Path dir, Clock clock) throws Exception {
        this(dir, clock, Clock.systemUTC());
    }

    /**
     * With {@code clock} for the session and the services, and {@code exchangeClock} for the Sandbox and the OKX
     * client (the same clock lets a test move the exchange's time too, e.g. its 14-day idle expiry).
     */
    public ServiceFixture(Path dir, Clock clock, Clock exchangeClock) throws Exception {
        sandbox = new SandboxService(SandboxOptions.defaults().withRateLimits(false).withClock(exchangeClock));
        clients = new OkxClients("Keysmith/test", exchangeClock, RateLimiter.disabled(), Sleeper.REAL);
        vaultFile = dir.resolve("vault.keysmith");
        session = new VaultSession(TestVaults.fastStore(), vaultFile, clock, Runnable::run);
        session.create("master password".toCharArray());
        connections = new ConnectionService(session, sandbox, clients);
        keys = new KeyService(session, connections, clients, clock, new KeyCreator(session, clock),
                new KeySync(session, clock), new ExistingKeys(session, connections, clients, clock));
    }

    public Connection connection() throws Exception {
        return sandbox.connection();
    }

    /** The sandbox server, started if it was not yet. */
    public SandboxServer server() throws Exception {
        sandbox.connection();
        return sandbox.server();
    }

    /** The master password this fixture's vault was created with. */
    public static char[] password() {
        return "master password".toCharArray();
    }

    public static KeyRequest request(String name, String ips, Permission... perms) {
        return new KeyRequest(new KeyName(name), "for tests", KeyType.API_TRADING, new SubAccountName("TradingDesk01"),
                Permissions.of(perms), IpAllowlist.parse(ips).get(), Secret.copyOf("Abc123!xyz".toCharArray()));
    }

    @Override
    public void close() {
        session.lock();
        sandbox.close();
        clients.close();
    }
}
