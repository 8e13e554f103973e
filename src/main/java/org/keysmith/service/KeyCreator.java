package org.keysmith.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.CreatedApiKey;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.vault.VaultException;

/**
 * Creates a key: one create call (never repeated), the new key saved into the vault before anything else,
 * and, if the answer was lost, a look at the sub-account's keys to find out whether the key exists.
 */
final class KeyCreator {
    private final VaultSession session;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    KeyCreator(VaultSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    CreateResult create(OkxClient client, Connection c, KeyRequest r) throws UserFacingException {
        session.vault();
        String flight = c.id() + "/" + r.subAccount().value() + "/" + r.name().value();
        if (!inFlight.add(flight)) {
            throw new UserFacingException("The key \"" + r.name().value() + "\" is already being created. Wait for it.");
        }
        try {
            CreateOutcome outcome = OkxCalls.call(() -> client.createApiKey(new CreateApiKeyRequest(
                    r.subAccount().value(), r.name().value(), r.passphrase(), r.permissions().toWire(),
                    r.ips().isEmpty() ? null : r.ips().toWire())));
            if (outcome instanceof CreateOutcome.Created) {
                return saved(c, r, ((CreateOutcome.Created) outcome).key());
            }
            return reconcile(client, c, r, ((CreateOutcome.ResponseLost) outcome).reason());
        } finally {
            inFlight.remove(flight);
        }
    }

    private CreateResult saved(Connection c, KeyRequest r, CreatedApiKey k) throws UserFacingException {
        if (k.passphrase() != null) {
            k.passphrase().destroy();
        }
        ApiKeyEntry entry = new ApiKeyEntry(UUID.randomUUID().toString(), c.id(), r.name().value(), r.description(),
                r.type(), r.subAccount().value(), Permissions.fromWire(k.perm()).value().orElse(r.permissions()),
                k.ip() == null ? r.ips() : IpAllowlist.fromWire(k.ip()), k.apiKey(), k.secretKey(),
                r.passphrase().copy(), c.site(), c.environment(), millis(k.ts()), null, KeyStatus.ACTIVE, null);
        CreateResult.Created result = new CreateResult.Created(entry, k.secretKey().copy(), r.passphrase().copy(),
                store(entry, AuditAction.KEY_CREATED, "created on " + c.name()));
        return result;
    }

    private CreateResult reconcile(OkxClient client, Connection c, KeyRequest r, String why) throws UserFacingException {
        Optional<SubAccountApiKey> found;
        try {
            found = client.apiKeys(r.subAccount().value()).stream()
                    .filter(k -> k.label().equals(r.name().value())).findFirst();
        } catch (OkxException e) {
            throw new UserFacingException(why + " Keysmith could not check whether the key was created ("
                    + e.userMessage() + "). Run Sync on this connection before creating it again; a key that appears "
                    + "as \"created, secret lost\" should be revoked.", e);
        }
        if (found.isEmpty()) {
            throw new UserFacingException("OKX did not answer, but the key is not on the exchange: it was not created. "
                    + "Nothing was lost; press Create key again.");
        }
        ApiKeyEntry lost = new ApiKeyEntry(UUID.randomUUID().toString(), c.id(), r.name().value(), r.description(),
                r.type(), r.subAccount().value(), r.permissions(), r.ips(), found.get().apiKey(), null, null, c.site(),
                c.environment(), millis(found.get().ts()), null, KeyStatus.SECRET_LOST, null);
        store(lost, AuditAction.KEY_CREATED, "created, but the answer with the secret was lost");
        return new CreateResult.SecretLost(lost);
    }

    /** Puts the entry into the vault and saves; returns a warning if saving failed (the key is still shown). */
    private String store(ApiKeyEntry entry, AuditAction action, String detail) throws UserFacingException {
        try {
            session.vault().putEntry(entry);
        } catch (VaultException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
        session.vault().appendAudit(new org.keysmith.domain.AuditEvent(clock.instant(), action, entry.id(),
                entry.name(), detail));
        try {
            session.save();
            return "";
        } catch (UserFacingException e) {
            return "The key was created but could not be saved to the vault: " + e.userMessage()
                    + " Copy the secret key and passphrase now.";
        }
    }

    private Instant millis(String ts) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(ts));
        } catch (NumberFormatException | NullPointerException e) {
            return clock.instant();
        }
    }
}
