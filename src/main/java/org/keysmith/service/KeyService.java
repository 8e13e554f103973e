package org.keysmith.service;

import java.time.Clock;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.InvalidInputException;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.domain.SubAccountNote;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import java.util.ArrayList;
import java.util.Locale;

/**
 * What Keysmith does with keys: list, create (through {@link KeyCreator}), revoke, verify, edit, sync; and the
 * sub-accounts the create wizard picks from. Every change goes through {@link VaultSession#change} (one save), and
 * every change on the exchange holds off a lock until it is saved. Every method blocks on disk or network: call it
 * off the FX thread.
 */
public final class KeyService {
    private final VaultSession session;
    private final ConnectionService connections;
    private final OkxClients clients;
    private final Clock clock;
    private final KeyCreator creator;
    private final KeySync syncer;
    private final ExistingKeys existing;

    public KeyService(VaultSession session, ConnectionService connections, OkxClients clients, Clock clock,
                      KeyCreator creator, KeySync syncer, ExistingKeys existing) {
        this.session = session;
        this.connections = connections;
        this.clients = clients;
        this.clock = clock;
        this.creator = creator;
        this.syncer = syncer;
        this.existing = existing;
    }

    /**
     * Asks OKX about a key made on its website, signed with the pasted credentials, before it is saved. Fails with
     * a {@link VerifyFailure} naming the field to fix and whether the key may be saved unverified.
     */
    public ExistingKeyCheck checkExisting(KeyPlace place, ExistingKey key) throws UserFacingException {
        return existing.check(place, key);
    }

    /**
     * Keeps a key made on the website (copies of its secrets): as OKX described it in {@code check}, or marked not
     * verified (for {@code whyUnverified}) when {@code check} is null. See {@link ExistingKeys#add} for a key that
     * is already listed.
     */
    public ApiKeyEntry addExisting(KeyPlace place, ExistingKey key, ExistingKeyCheck check, String whyUnverified)
            throws UserFacingException {
        return existing.add(place, key, check, whyUnverified);
    }

    /**
     * True when Keysmith can delete the key on the exchange: a sub-account key on a connection with a master key.
     * Other keys (the main account's, or added without a connection) are deleted on the OKX website.
     */
    public static boolean revocableThroughApi(ApiKeyEntry e) {
        return e.subAccount() != null && SiteConnections.parse(e.connectionId()).isEmpty();
    }

    /** Marks a key revoked after the user deleted it on the OKX website, and wipes its secret. */
    public ApiKeyEntry markRevoked(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        return e.status() == KeyStatus.REVOKED ? e : update(e.revoked(clock.instant()), AuditAction.KEY_REVOKED,
                "deleted on the OKX website by the user; marked revoked here");
    }

    /** The user confirms a key that Sync did not see is gone: its secret is wiped. */
    public ApiKeyEntry confirmGone(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (e.status() != KeyStatus.NOT_SEEN) {
            throw new UserFacingException(e.name() + " is " + e.status().label().toLowerCase(Locale.ROOT)
                    + ", not \"not seen on exchange\"; nothing to confirm.");
        }
        return update(e.goneOnExchange(), AuditAction.KEY_SYNCED, "confirmed gone by the user; secret wiped");
    }

    /**
     * Compares the vault with the exchange for {@code c}: keys missing from the listing are marked "not seen"
     * (their secrets kept), permission or IP changes are taken over, unfinished creates are settled, and keys made
     * elsewhere are reported (and added to the list when {@code addUnknown}). Nothing is deleted.
     */
    public SyncReport sync(Connection c, boolean addUnknown) throws UserFacingException {
        return syncer.sync(clients.forConnection(c), c, addUnknown);
    }

    /**
     * Settles the keys left "being created" by an interrupted create on every connection with a master key
     * (after unlock). Returns one line per key settled or still unknown.
     */
    public List<String> reconcilePending() throws UserFacingException {
        List<String> out = new ArrayList<>();
        if (session.vault().entries().stream().noneMatch(e -> e.status() == KeyStatus.PENDING)) {
            return out; // nothing to settle: do not start the Sandbox (connections.all() would) for nothing
        }
        for (Connection c : connections.all()) {
            boolean any = session.vault().entries().stream()
                    .anyMatch(e -> e.status() == KeyStatus.PENDING && c.id().equals(e.connectionId()));
            if (any && c.masterKey() != null) {
                try (VaultSession.Work work = session.startWork("checking unfinished creates on " + c.name())) {
                    out.addAll(creator.reconcilePending(clients.forConnection(c), c));
                }
            }
        }
        return out;
    }

    /**
     * Changes a key: name, permissions and IPs on the exchange (modify-apikey, only what changed; OKX replaces the
     * whole permission set and IP list), the description locally. A main-account key can only get a new description.
     * A change of permissions or IPs needs the master password given within the last minute.
     */
    public ApiKeyEntry edit(String entryId, KeyEdit edit) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (!edit.name().equals(e.name())) {
            try {
                KeyName.parse(edit.name()).get();
            } catch (InvalidInputException bad) {
                throw new UserFacingException(bad.getMessage(), bad);
            }
            if (session.vault().slots().stream().anyMatch(x -> x.name().equals(edit.name()))) {
                throw new UserFacingException("A slot is named \"" + edit.name() + "\". Slot names and key names "
                        + "must differ, so --key " + edit.name() + " means one thing; choose another name.");
            }
        }
        ModifyApiKeyRequest change = edit.toRequest(e);
        if (change == null) {
            return update(e.edited(e.name(), edit.description(), e.permissions(), e.ips()), AuditAction.KEY_EDITED,
                    "description changed");
        }
        if (e.subAccount() == null) {
            throw new UserFacingException("OKX lets the API change only sub-account keys. Change this main-account "
                    + "key on the OKX website; Keysmith can keep its description.");
        }
        if (edit.changesAccess(e)) {
            session.requireRecentAuthentication("change the permissions or IP addresses of " + e.name());
        }
        Connection c = connections.byId(e.connectionId());
        try (VaultSession.Work work = session.startWork("changing " + e.name())) {
            var done = OkxCalls.call(() -> clients.forConnection(c).modifyApiKey(change));
            ApiKeyEntry changed = e.edited(done.label(), edit.description(),
                    Permissions.fromWire(done.perm()).value().orElse(edit.permissions()),
                            IpAllowlist.fromWire(done.ip()));
            return update(changed, AuditAction.KEY_EDITED, "changed on the exchange");
        }
    }

    /**
     * Replaces a sub-account key's IP allowlist on the exchange (modify-apikey with {@code ip} only) and records
     * {@code detail}. Never sends an empty list: a key is never widened to "no IP" this way. Adding an address
     * widens the key, so it needs the master password given within the last minute; only taking addresses off
     * (narrowing) does not. Blocks on the network: off the FX thread.
     */
    public ApiKeyEntry changeIps(String entryId, IpAllowlist ips, String detail) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (ips.isEmpty()) {
            throw new UserFacingException("Keysmith does not take every IP address off " + e.name() + ": a key "
                    + "without IP binding can be used from anywhere. Edit the key to do that on purpose.");
        }
        if (e.subAccount() == null || e.apiKey() == null || !e.status().mayBeLive()) {
            throw new UserFacingException("The IP addresses of " + e.name() + " cannot be changed through the API ("
                    + (e.subAccount() == null ? "a main-account key: use the OKX website" : e.status().label())
                    + ").");
        }
        if (ips.equals(e.ips())) {
            return e;
        }
        if (!e.ips().entries().containsAll(ips.entries())) {
            session.requireRecentAuthentication("add IP addresses to " + e.name());
        }
        Connection c = connections.byId(e.connectionId());
        ModifyApiKeyRequest change = new ModifyApiKeyRequest(e.subAccount(), e.apiKey(), null, null, ips.toWire());
        try (VaultSession.Work work = session.startWork("changing the IP addresses of " + e.name())) {
            var done = OkxCalls.call(() -> clients.forConnection(c).modifyApiKey(change));
            return update(e.edited(e.name(), e.description(), e.permissions(), IpAllowlist.fromWire(done.ip())),
                    AuditAction.KEY_EDITED, detail);
        }
    }

    /**
     * A copy of the key's secret after the master password was given again (runs the KDF: off the FX thread).
     * The caller destroys the copy.
     */
    public Secret secretFor(String entryId, char[] masterPassword) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (!e.hasSecret()) {
            throw new UserFacingException("The vault does not hold this key's secret (" + e.status().label() + ").");
        }
        session.confirmPassword(masterPassword);
        session.record(AuditAction.KEY_REVEALED, e, "secret key taken out for copying");
        return e.secretKey().copy();
    }

    /** Checks the master password again (runs the KDF: off the FX thread), e.g. before an export. */
    public void confirmMasterPassword(char[] masterPassword) throws UserFacingException {
        session.confirmPassword(masterPassword);
    }

    public List<ApiKeyEntry> entries() throws UserFacingException {
        return session.vault().entries();
    }

    /** What happened to one key, oldest first (from the vault's audit log; never a secret). */
    public List<AuditEvent> history(String entryId) throws UserFacingException {
        return session.vault().audit().stream().filter(a -> entryId.equals(a.keyId())).toList();
    }

    public List<SubAccount> subAccounts(Connection c) throws UserFacingException {
        OkxClient client = clients.forConnection(c);
        return OkxCalls.call(client::subAccounts).stream()
                .map(s -> new SubAccount(s.subAcct(), s.label(), s.enable() == null || s.enable())).toList();
    }

    /** {@link #createSubAccount(Connection, SubAccountName, String, Secret)} without a password, warning dropped. */
    public SubAccount createSubAccount(Connection c, SubAccountName name, String note) throws UserFacingException {
        return createSubAccount(c, name, note, null).account();
    }

    /**
     * Creates a standard sub-account. {@code note} must be empty or 6-32 characters (OKX's rule, checked before the
     * call); {@code password} is the sub-account's login password, which OKX asks of KYB (institutional) main
     * accounts only (null: none; the caller wipes it). A refusal for want of one says so and names the website path.
     * When OKX made the account but could not set up its account level (59617), the list is read again and the new
     * account returned with a warning. Blocks on the network: call it off the FX thread.
     */
    public NewSubAccount createSubAccount(Connection c, SubAccountName name, String note, Secret password)
            throws UserFacingException {
        var checked = SubAccountNote.parse(note);
        if (!checked.isValid()) {
            throw new UserFacingException(checked.error().orElseThrow());
        }
        OkxClient client = clients.forConnection(c);
        try {
            var created = client.createSubAccount(name.value(), checked.get(), password);
            return new NewSubAccount(new SubAccount(created.subAcct(), created.label(), true), null);
        } catch (OkxException e) {
            if (e.is(OkxError.SUB_ACCOUNT_CREATED_LEVEL_FAILED)) {
                SubAccount made = subAccounts(c).stream().filter(s -> s.name().equals(name.value())).findFirst()
                        .orElse(new SubAccount(name.value(), checked.get(), true));
                return new NewSubAccount(made, e.userMessage());
            }
            if (SubAccountRefusals.wantsPassword(e)) {
                throw new UserFacingException(SubAccountRefusals.passwordMessage(password != null, c), e);
            }
            throw new UserFacingException(e.userMessage(), e);
        }
    }

    /**
     * Creates the key and saves it (with its secret) before returning. Never sends the create twice; a lock waits
     * for it. Needs the master password given within the last minute. {@code request}'s passphrase stays the
     * caller's (it is copied at once).
     */
    public CreateResult create(Connection c, KeyRequest request) throws UserFacingException {
        session.requireRecentAuthentication("create a key");
        return createWithoutAsking(c, request);
    }

    /** For a rotation, which asked for the password when it started (or resumes right after an unlock). */
    CreateResult createWithoutAsking(Connection c, KeyRequest request) throws UserFacingException {
        return creator.create(clients.forConnection(c), c, request);
    }

    /**
     * Deletes the key on the exchange, then marks it revoked and wipes its secret. A key the exchange no longer
     * has (OKX says so for this key) is marked "gone on exchange" (and wiped) instead of failing.
     */
    public ApiKeyEntry revoke(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (e.status() == KeyStatus.REVOKED || e.status() == KeyStatus.GONE_ON_EXCHANGE) {
            return e;
        }
        if (!revocableThroughApi(e)) {
            throw new UserFacingException("OKX does not let Keysmith delete this key (" + (e.subAccount() == null
                    ? "a main-account key" : "no master key for its site") + "). Delete it on the OKX website "
                    + "(Profile > API), then mark it revoked here.");
        }
        if (e.apiKey() == null) {
            throw new UserFacingException(e.name() + " is still being created, so OKX has not named it yet. Sync the "
                    + "connection first; then revoke it.");
        }
        try (VaultSession.Work work = session.startWork("revoking " + e.name())) {
            clients.forConnection(connections.byId(e.connectionId())).deleteApiKey(e.subAccount(), e.apiKey());
            return update(e.revoked(clock.instant()), AuditAction.KEY_REVOKED, "deleted on the exchange");
        } catch (OkxException ex) {
            if (ex.is(OkxError.SUB_KEY_DOES_NOT_EXIST)) {
                return update(e.goneOnExchange(), AuditAction.KEY_REVOKED, "already gone on the exchange");
            }
            throw new UserFacingException(ex.userMessage(), ex);
        }
    }

    /**
     * Calls {@code GET /account/config} with the key's own credentials and stores what OKX reports. A key that
     * Sync did not see and for which OKX now says "API key doesn't exist" is marked gone (its secret wiped).
     */
    public ApiKeyEntry verify(String entryId) throws UserFacingException {
        ApiKeyEntry e = entry(entryId);
        if (!e.hasSecret()) {
            throw new UserFacingException("This key's secret is not in the vault, so it cannot be used to verify.");
        }
        Connection c = connections.forEntry(e);
        AccountConfig cfg;
        try {
            cfg = clients.forConnection(c).accountConfig(new ApiCredentials(e.apiKey(), e.secretKey(), e.passphrase()));
        } catch (OkxException ex) {
            if (e.status() == KeyStatus.NOT_SEEN
                    && (ex.is(OkxError.KEY_DOES_NOT_EXIST) || ex.is(OkxError.SUB_KEY_DOES_NOT_EXIST))) {
                return update(e.goneOnExchange(), AuditAction.KEY_VERIFIED, "OKX answered for the key itself that it "
                        + "does not exist (after Sync did not see it); secret wiped");
            }
            if (ex.kind() == OkxException.Kind.EXCHANGE_ERROR) {
                session.record(AuditAction.KEY_VERIFY_FAILED, e, ex.userMessage());
            }
            throw new UserFacingException(ex.userMessage(), ex);
        }
        Permissions perms = Permissions.fromWire(cfg.perm()).value().orElse(e.permissions());
        return update(e.verified(clock.instant(), perms, IpAllowlist.fromWire(cfg.ip())), AuditAction.KEY_VERIFIED,
                "OKX reports " + perms.display() + (cfg.ip() == null || cfg.ip().isEmpty() ? ", no IP binding"
                        : ", IPs " + cfg.ip()));
    }

    /** The entry, or a message that it is gone from the vault: the one lookup by id the services share. */
    public ApiKeyEntry entry(String id) throws UserFacingException {
        return session.vault().entry(id)
                .orElseThrow(() -> new UserFacingException("This key is no longer in the vault."));
    }

    private ApiKeyEntry update(ApiKeyEntry e, AuditAction action, String detail) throws UserFacingException {
        return session.change(edit -> edit.put(e, action, detail));
    }
}
