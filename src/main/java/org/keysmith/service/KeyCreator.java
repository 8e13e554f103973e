package org.keysmith.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Instants;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.CreatedApiKey;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.vault.VaultException;

/**
 * Creates a key so that the vault never loses track of it:
 * <ol>
 *   <li>a "being created" entry is saved before the request goes out (if that save fails, nothing is sent);</li>
 *   <li>one create call, never repeated; the vault cannot lock while it runs;</li>
 *   <li>the answer replaces the entry with the key and its secret, saved at once;</li>
 *   <li>a lost answer is reconciled by listing the sub-account's keys: "created, secret lost", or taken out when
 *   the key does not exist. A "being created" entry left by a crash is reconciled the same way later
 *   ({@link #reconcilePending}).</li>
 * </ol>
 */
public final class KeyCreator {
    private final VaultSession session;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public KeyCreator(VaultSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Creates the key; {@code r}'s passphrase is copied at once and stays the caller's. */
    CreateResult create(OkxClient client, Connection c, KeyRequest r) throws UserFacingException {
        String name = r.name().value();
        String flight = c.id() + "/" + r.subAccount().value() + "/" + name;
        if (!inFlight.add(flight)) {
            throw new UserFacingException("The key \"" + name + "\" is already being created. Wait for it.");
        }
        try (VaultSession.Work work = session.startWork("creating the key " + name);
             Secret passphrase = copyOf(r.passphrase())) {
            ApiKeyEntry pending = recordPending(c, r);
            CreateOutcome outcome;
            try {
                outcome = client.createApiKey(new CreateApiKeyRequest(r.subAccount().value(), name, passphrase,
                        r.permissions().toWire(), r.ips().isEmpty() ? null : r.ips().toWire()));
            } catch (OkxException refused) {
                session.change(edit -> {
                    edit.discardPending(pending.id());
                    return null;
                });
                throw new UserFacingException(refused.userMessage(), refused);
            }
            if (outcome instanceof CreateOutcome.Created created) {
                return saved(c, pending, created.key(), passphrase);
            }
            if (outcome instanceof CreateOutcome.ResponseLost lost) {
                return reconcile(client, pending, lost.reason());
            }
            throw new IllegalStateException("Unknown create outcome " + outcome.getClass().getSimpleName());
        } finally {
            inFlight.remove(flight);
        }
    }

    /**
     * Settles the "being created" entries of connection {@code c} that a crash or a lost answer left: each becomes
     * "created, secret lost" when OKX lists its label, or is taken out when it does not. Returns one line per entry
     * settled; entries OKX could not be asked about stay as they are.
     */
    List<String> reconcilePending(OkxClient client, Connection c) throws UserFacingException {
        List<String> out = new ArrayList<>();
        for (ApiKeyEntry e : session.vault().entries()) {
            if (e.status() != KeyStatus.PENDING || !c.id().equals(e.connectionId())) {
                continue;
            }
            Optional<SubAccountApiKey> found;
            try {
                found = find(client, e);
            } catch (OkxException ex) {
                out.add(e.name() + ": still \"being created\"; OKX could not be asked (" + ex.userMessage() + ").");
                continue;
            }
            out.add(settle(e, found));
        }
        return out;
    }

    private ApiKeyEntry recordPending(Connection c, KeyRequest r) throws UserFacingException {
        ApiKeyEntry pending = ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(c).name(r.name().value())
                .description(r.description()).type(r.type()).subAccount(r.subAccount().value())
                .permissions(r.permissions()).ips(r.ips()).created(clock.instant()).status(KeyStatus.PENDING).build();
        try {
            return session.change(edit -> edit.putPending(pending));
        } catch (VaultSession.NotSaved notSaved) {
            forget(pending);
            throw new UserFacingException("Keysmith did not create the key, because the vault could not be saved "
                    + "first: " + notSaved.getMessage(), notSaved);
        }
    }

    private CreateResult saved(Connection c, ApiKeyEntry pending, CreatedApiKey k, Secret passphrase)
            throws UserFacingException {
        if (k.passphrase() != null) {
            k.passphrase().destroy();
        }
        ApiKeyEntry entry = pending.toBuilder()
                .permissions(Permissions.fromWire(k.perm()).value().orElse(pending.permissions()))
                .ips(k.ip() == null ? pending.ips() : IpAllowlist.fromWire(k.ip())).apiKey(k.apiKey())
                .secrets(k.secretKey(), passphrase.copy()).created(Instants.fromEpochMillis(k.ts(), clock.instant()))
                .status(KeyStatus.ACTIVE).build();
        Secret revealSecret = k.secretKey().copy();
        Secret revealPassphrase = passphrase.copy();
        String problem = null;
        try {
            session.change(edit -> edit.put(entry, AuditAction.KEY_CREATED, "created on " + c.name()));
        } catch (VaultSession.NotSaved e) {
            // the reason only: the GUI and the CLI each say what it means for the secret shown
            problem = e.reason();
        }
        return new CreateResult.Created(entry, revealSecret, revealPassphrase, problem);
    }

    private CreateResult reconcile(OkxClient client, ApiKeyEntry pending, String why) throws UserFacingException {
        Optional<SubAccountApiKey> found;
        try {
            found = find(client, pending);
        } catch (OkxException e) {
            throw new UserFacingException(why + " Keysmith could not check whether the key was created ("
                    + e.userMessage() + "). It stays in your list as \"being created\"; Keysmith asks OKX again on "
                    + "the next unlock and Sync. Do not create it again before then.", e);
        }
        settle(pending, found);
        if (found.isEmpty()) {
            throw new UserFacingException("OKX did not answer, but the key is not on the exchange: it was not created. "
                    + "Nothing was lost; press Create key again.");
        }
        return new CreateResult.SecretLost(session.vault().entry(pending.id()).orElseThrow());
    }

    private String settle(ApiKeyEntry pending, Optional<SubAccountApiKey> found) throws UserFacingException {
        return session.change(edit -> PendingCreates.settle(edit, pending, found));
    }

    /** Takes back a "being created" entry that could not be saved (nothing was sent for it). */
    private void forget(ApiKeyEntry pending) {
        try {
            session.vault().removeEntry(pending.id());
        } catch (VaultException | UserFacingException locked) {
            // locked meanwhile: the entry went with the rest of the vault's memory
        }
    }

    private static Optional<SubAccountApiKey> find(OkxClient client, ApiKeyEntry pending) throws OkxException {
        return PendingCreates.find(pending, client.apiKeys(pending.subAccount()));
    }

    private static Secret copyOf(Secret passphrase) throws UserFacingException {
        try {
            return passphrase.copy();
        } catch (IllegalStateException wiped) {
            throw new UserFacingException("The create was cancelled before it started (the window was closed). "
                    + "Nothing was sent to OKX.");
        }
    }
}
