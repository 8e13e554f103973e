package org.keysmith.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.Connection;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.vault.VaultException;

/** The exchange accounts Keysmith manages: the built-in Sandbox (always there) and those kept in the vault. */
public final class ConnectionService {
    private final VaultSession session;
    private final SandboxService sandbox;
    private final OkxClients clients;

    public ConnectionService(VaultSession session, SandboxService sandbox, OkxClients clients) {
        this.session = session;
        this.sandbox = sandbox;
        this.clients = clients;
    }

    /** Asks OKX about the connection's master key: is it a main-account key with Trade and an IP binding? */
    public ConnectionCheck test(Connection c) throws UserFacingException {
        if (c.masterKey() == null) {
            throw new UserFacingException("Enter the master key's API key, secret key and passphrase first.");
        }
        return ConnectionCheck.of(OkxCalls.call(() -> clients.forConnection(c).accountConfig(c.masterKey())));
    }

    /**
     * Removes the connection and wipes its master key from memory and from the vault file. Returns the vault's
     * backups, which may still hold the master key (security review L10): offer {@link #deleteBackups()}.
     */
    public List<Path> remove(String id) throws UserFacingException {
        if (Connection.SANDBOX_ID.equals(id)) {
            throw new UserFacingException("The built-in Sandbox connection cannot be removed.");
        }
        session.change(edit -> {
            edit.removeConnection(id);
            return null;
        });
        return session.vault().backups();
    }

    /**
     * Deletes every backup of the vault (the vault's earlier versions, which keep a removed connection's master
     * key); the next unlock session that changes the vault starts new ones. Returns those that could not be deleted.
     */
    public List<Path> deleteBackups() throws UserFacingException {
        try {
            return session.vault().deleteBackups();
        } catch (VaultException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
    }

    /** Every connection, the Sandbox first. Starts the Sandbox; call off the FX thread. */
    public List<Connection> all() throws UserFacingException {
        List<Connection> out = new ArrayList<>();
        out.add(sandbox.connection());
        out.addAll(session.vault().connections());
        return out;
    }

    public Connection byId(String id) throws UserFacingException {
        if (Connection.SANDBOX_ID.equals(id)) {
            return sandbox.connection();
        }
        Optional<Connection> site = SiteConnections.parse(id);
        if (site.isPresent()) {
            return site.get();
        }
        return session.vault().connection(id).orElseThrow(() -> new UserFacingException(
                "This key's exchange connection was removed. Add the connection again to manage the key."));
    }

    /**
     * The connection a key made on {@code place}'s website belongs to: the vault's connection for that site and
     * environment when there is one (so Sync and Revoke can use its master key), else one without a master key.
     */
    public Connection home(KeyPlace place, Environment env) throws UserFacingException {
        if (place == KeyPlace.SANDBOX) {
            return sandbox.connection().withEnvironment(env);
        }
        return session.vault().connections().stream()
                .filter(c -> c.site() == place.site() && c.environment() == env).findFirst()
                .orElseGet(() -> SiteConnections.of(place.site(), env));
    }

    /** The connection to use with a key's own credentials: its connection, in the key's environment. */
    public Connection forEntry(ApiKeyEntry e) throws UserFacingException {
        return byId(e.connectionId()).withEnvironment(e.environment());
    }

    /**
     * Where a key's requests go: its site's REST base, or for a custom URL (the Sandbox) its connection's, which must
     * still exist. The one rule for exports, {@code run} and the relay.
     */
    public String baseUrlFor(ApiKeyEntry e) throws UserFacingException {
        return e.site() != null && e.site() != Site.CUSTOM ? e.site().restBase()
                : forEntry(e).baseUrl();
    }

    /**
     * Where a key's private WebSocket is: OKX's for its site (or for a custom URL on one of OKX's hosts), the
     * Sandbox's for a Sandbox key; empty for any other custom URL. The one rule for the relay's WebSocket.
     */
    public Optional<String> privateWebSocketFor(ApiKeyEntry e) throws UserFacingException {
        if (e.site() != null && e.site() != Site.CUSTOM) {
            return OkxSocketDialer.privateUrlFor(e.site().restBase(), e.environment());
        }
        Connection c = forEntry(e);
        if (c.isSandbox()) {
            sandbox.connection();
            return Optional.of(sandbox.server().privateWebSocketUrl());
        }
        return OkxSocketDialer.privateUrlFor(c.baseUrl(), e.environment());
    }

    /**
     * Saves a new or changed connection. A new address for a stored connection needs the master password given
     * within the last minute and the master key's secret and passphrase typed again (a new {@code Secret}, not the
     * stored one), so a stored secret is never sent to a host the user did not give it to.
     */
    public void save(Connection c) throws UserFacingException {
        if (c.isSandbox()) {
            throw new UserFacingException("The built-in Sandbox connection cannot be changed.");
        }
        Optional<Connection> before = session.vault().connection(c.id());
        boolean newAddress = before.isPresent() && !before.get().baseUrl().equals(c.baseUrl());
        boolean sameKey = before.isPresent() && before.get().masterKey() != null && c.masterKey() != null
                && before.get().masterKey().secretKey() == c.masterKey().secretKey();
        if (newAddress && sameKey) {
            throw new UserFacingException("The connection's address changed from " + before.get().baseUrl() + " to "
                    + c.baseUrl() + ". Enter the master key's secret key and passphrase again to send them there.");
        }
        if (newAddress) {
            session.requireRecentAuthentication("change the address of " + c.name());
        }
        session.change(edit -> edit.put(c));
    }
}
