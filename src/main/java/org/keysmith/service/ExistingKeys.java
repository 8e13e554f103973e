package org.keysmith.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.InvalidInputException;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.AccountConfig;

/**
 * "Add existing key": checks a key made on the OKX website with OKX itself (signed with the pasted credentials)
 * and keeps it in the vault, verified or, when OKX cannot be asked from here, marked not verified.
 */
public final class ExistingKeys {
    private final VaultSession session;
    private final ConnectionService connections;
    private final OkxClients clients;
    private final Clock clock;

    public ExistingKeys(VaultSession session, ConnectionService connections, OkxClients clients, Clock clock) {
        this.session = session;
        this.connections = connections;
        this.clients = clients;
        this.clock = clock;
    }

    ExistingKeyCheck check(KeyPlace place, ExistingKey key) throws UserFacingException {
        validate(key);
        Connection home = connections.home(place, key.environment());
        ApiCredentials credentials = key.credentials();
        try {
            AccountConfig cfg = clients.forConnection(home).accountConfig(credentials);
            boolean main = cfg.isMainAccount() || "0".equals(cfg.type());
            String sub = main ? null : subAccountOf(home, key.apiKey());
            return ExistingKeyCheck.of(cfg, sub, key.environment(), duplicate(key.apiKey()).orElse(null));
        } catch (OkxException e) {
            throw VerifyFailures.of(e, place, key.environment());
        } finally {
            credentials.destroy();
        }
    }

    /**
     * Saves copies of the key's secrets; {@code check} null means unverified, for {@code why}. A key already in the
     * vault keeps the secret it has unless the new one was verified with OKX (a mistyped secret must not replace a
     * working one), and a revoked key stays revoked.
     */
    ApiKeyEntry add(KeyPlace place, ExistingKey key, ExistingKeyCheck check, String why) throws UserFacingException {
        validate(key);
        Optional<ApiKeyEntry> existing = duplicate(key.apiKey());
        if (existing.isPresent()) {
            refuseOverwrite(existing.get(), check);
        }
        Connection home = connections.home(place, key.environment());
        Instant now = clock.instant();
        KeyStatus status = check == null ? KeyStatus.UNVERIFIED : KeyStatus.ACTIVE;
        Permissions perms = check == null ? Permissions.readOnly() : check.permissions();
        IpAllowlist ips = check == null ? IpAllowlist.empty() : check.ips();
        ApiKeyEntry entry = existing
                .map(e -> e.withSecrets(key.secretKey().copy(), key.passphrase().copy(), status))
                .map(e -> e.edited(key.name(), key.description(), check == null ? e.permissions() : perms,
                        check == null ? e.ips() : ips))
                .orElseGet(() -> ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(home)
                        .environment(key.environment()).name(key.name()).description(key.description())
                        .type(KeyType.API_TRADING).permissions(perms).ips(ips).apiKey(key.apiKey())
                        .secrets(key.secretKey().copy(), key.passphrase().copy()).created(now).status(status).build());
        if (check != null) {
            entry = entry.verified(now, perms, ips);
            entry = check.subAccount() != null ? entry.inSubAccount(entry.connectionId(), check.subAccount()) : entry;
        }
        ApiKeyEntry saved = entry;
        String detail = (existing.isPresent() ? "secret added to a listed key, " : "")
                + (check == null ? "not verified: " + why : "verified: " + check.summary());
        return session.change(edit -> edit.put(saved, AuditAction.KEY_ADDED, detail));
    }

    private static void refuseOverwrite(ApiKeyEntry listed, ExistingKeyCheck check) throws UserFacingException {
        if (listed.status() == KeyStatus.REVOKED) {
            throw new UserFacingException("This key is in the vault as \"" + listed.name() + "\", revoked. A revoked "
                    + "key stays revoked: if it still works on OKX, delete it on the website. Nothing was saved.");
        }
        if (listed.hasSecret() && check == null) {
            throw new UserFacingException("The vault already holds a secret for this key (\"" + listed.name()
                    + "\"). Keysmith replaces it only with a secret OKX has accepted: verify the key (it needs OKX "
                    + "to be reachable from here), or keep the one in the vault. Nothing was saved.");
        }
    }

    private static void validate(ExistingKey key) throws UserFacingException {
        try {
            key.validate();
        } catch (InvalidInputException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private Optional<ApiKeyEntry> duplicate(String apiKey) throws UserFacingException {
        return session.vault().entries().stream().filter(e -> apiKey.equals(e.apiKey())).findFirst();
    }

    /** The sub-account holding {@code apiKey}, asked with the connection's master key; null when unknown. */
    private String subAccountOf(Connection home, String apiKey) {
        if (home.masterKey() == null) {
            return null;
        }
        OkxClient client = clients.forConnection(home);
        try {
            for (var sub : client.subAccounts()) {
                if (client.apiKeys(sub.subAcct()).stream().anyMatch(k -> apiKey.equals(k.apiKey()))) {
                    return sub.subAcct();
                }
            }
        } catch (OkxException e) {
            return null;
        }
        return null;
    }
}
