package org.keysmith.service;

import java.time.Clock;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.vault.VaultException;

/**
 * What Keysmith does with keys: list, create (through {@link KeyCreator}), revoke, verify; and the sub-accounts
 * the create wizard picks from. Every method blocks on disk or network: call it off the FX thread.
 */
public final class KeyService {
    private final VaultSession session;
    private final ConnectionService connections;
    private final OkxClients clients;
    private final Clock clock;
    private final KeyCreator creator;

    public KeyService(VaultSession session, ConnectionService connections, OkxClients clients, Clock clock) {
        this.session = session;
        this.connections = connections;
        this.clients = clients;
        this.clock = clock;
        this.creator = new KeyCreator(session, clock);
    }

    public List<ApiKeyEntry> entries() throws UserFacingException {
        return session.vault().entries();
    }

    public List<SubAccount> subAccounts(Connection c) throws UserFacingException {
        OkxClient client = clients.forConnection(c);
        return OkxCalls.call(client::subAccounts).stream()
                .map(s -> new SubAccount(s.subAcct(), s.label(), s.enable() == null || s.enable())).toList();
    }

    public SubAccount createSubAccount(Connection c, SubAccountName name, String label) throws UserFacingException {
        var created = OkxCalls.call(() -> clients.forConnection(c).createSubAccount(name.value(), label));
        return new SubAccount(created.subAcct(), created.label(), true);
    }

    /** Creates the key and saves it (with its secret) before returning. Never sends the create twice. */
    public CreateResult create(Connection c, KeyRequest request) throws UserFacingException {
        return creator.create(clients.forConnection(c), c, request);
    }

    /**
     * Deletes the key on the exchange, then marks it revoked and wipes its secret. A key the exchange no longer
     * has is marked "gone on exchange" (and wiped) instead of failing.
     */
    public ApiKeyEntry revoke(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (e.status() == KeyStatus.REVOKED) {
            return e;
        }
        if (e.subAccount() == null) {
            throw new UserFacingException("OKX does not let the API delete keys of the main account. Delete it on "
                    + "the OKX website (Profile > API), then mark it revoked here.");
        }
        try {
            clients.forConnection(connections.byId(e.connectionId())).deleteApiKey(e.subAccount(), e.apiKey());
            return update(e.revoked(clock.instant()), AuditAction.KEY_REVOKED, "deleted on the exchange");
        } catch (OkxException ex) {
            if (ex.is(OkxError.SUB_KEY_DOES_NOT_EXIST)) {
                return update(e.goneOnExchange(), AuditAction.KEY_REVOKED,
                        "already gone on the exchange");
            }
            throw new UserFacingException(ex.userMessage(), ex);
        }
    }

    /** Calls {@code GET /account/config} with the key's own credentials and stores what OKX reports. */
    public ApiKeyEntry verify(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (!e.hasSecret()) {
            throw new UserFacingException("This key's secret is not in the vault, so it cannot be used to verify.");
        }
        Connection c = connections.byId(e.connectionId());
        AccountConfig cfg = OkxCalls.call(() -> clients.forConnection(c).accountConfig(
                new org.keysmith.domain.ApiCredentials(e.apiKey(), e.secretKey(), e.passphrase())));
        Permissions perms = Permissions.fromWire(cfg.perm()).value().orElse(e.permissions());
        return update(e.verified(clock.instant(), perms, IpAllowlist.fromWire(cfg.ip())), AuditAction.KEY_VERIFIED,
                "OKX reports " + perms.display() + (cfg.ip() == null || cfg.ip().isEmpty() ? ", no IP binding"
                        : ", IPs " + cfg.ip()));
    }

    private ApiKeyEntry entry(String id) throws UserFacingException {
        return session.vault().entry(id).orElseThrow(() -> new UserFacingException("This key is no longer in the vault."));
    }

    private ApiKeyEntry update(ApiKeyEntry e, AuditAction action, String detail) throws UserFacingException {
        try {
            session.vault().putEntry(e);
        } catch (VaultException ex) {
            throw new UserFacingException(ex.userMessage(), ex);
        }
        session.record(action, e, detail);
        session.save();
        return e;
    }
}
