package org.keysmith.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One API key the vault keeps. {@code secretKey} and {@code passphrase} are null once the key is revoked
 * (they are wiped) or when the secret was never captured. {@code subAccount} is null for a main-account key.
 * Site and environment are copied from the connection so a key stays usable on its own.
 */
public record ApiKeyEntry(String id, String connectionId, String name, String description, KeyType type,
                          String subAccount, Permissions permissions, IpAllowlist ips, String apiKey,
                          Secret secretKey, Secret passphrase, Site site, Environment environment,
                          Instant created, Instant lastVerified, KeyStatus status, Instant revokedAt) {

    /** OKX deletes a Trade key without IP binding after this long unused. */
    public static final Duration IDLE_DELETION = Duration.ofDays(14);
    /** From this age without verification such a key is shown as expiring. */
    public static final Duration EXPIRING_AFTER = Duration.ofDays(10);

    public ApiKeyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        type = type == null ? KeyType.API_TRADING : type;
        ips = ips == null ? IpAllowlist.empty() : ips;
    }

    /** Trade permission without IP binding: OKX deletes such a (live) key after 14 idle days. */
    public boolean isSubjectToIdleDeletion() {
        return status == KeyStatus.ACTIVE && permissions.has(Permission.TRADE) && ips.isEmpty()
                && environment != Environment.DEMO;
    }

    /** Subject to idle deletion and not verified (used) for {@link #EXPIRING_AFTER} or longer. */
    public boolean isExpiring(Instant now) {
        Instant lastUse = lastVerified != null ? lastVerified : created;
        return isSubjectToIdleDeletion() && lastUse != null
                && !lastUse.plus(EXPIRING_AFTER).isAfter(now);
    }

    public boolean hasSecret() {
        return secretKey != null && !secretKey.isDestroyed();
    }

    public ApiKeyEntry withStatus(KeyStatus newStatus) {
        return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, permissions, ips, apiKey,
                secretKey, passphrase, site, environment, created, lastVerified, newStatus, revokedAt);
    }

    /** What OKX reported; an unverified key becomes active. */
    public ApiKeyEntry verified(Instant at, Permissions reportedPerms, IpAllowlist reportedIps) {
        KeyStatus now = status == KeyStatus.UNVERIFIED ? KeyStatus.ACTIVE : status;
        return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, reportedPerms, reportedIps,
                apiKey, secretKey, passphrase, site, environment, created, at, now, revokedAt);
    }

    /** The key now known to belong to sub-account {@code sub} of connection {@code connId} (found by Sync). */
    public ApiKeyEntry inSubAccount(String connId, String sub) {
        return new ApiKeyEntry(id, connId, name, description, type, sub, permissions, ips, apiKey, secretKey,
                passphrase, site, environment, created, lastVerified, status, revokedAt);
    }

    /** The same key with the secret and passphrase the user supplied (a key Sync found, or one re-added). */
    public ApiKeyEntry withSecrets(Secret secret, Secret pass, KeyStatus newStatus) {
        destroySecrets();
        return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, permissions, ips, apiKey, secret,
                pass, site, environment, created, lastVerified, newStatus, null);
    }

    /** The same key with a new name, description, permissions and IP allowlist. */
    public ApiKeyEntry edited(String newName, String newDescription, Permissions newPerms, IpAllowlist newIps) {
        return new ApiKeyEntry(id, connectionId, newName, newDescription, type, subAccount, newPerms, newIps, apiKey,
                secretKey, passphrase, site, environment, created, lastVerified, status, revokedAt);
    }

    /** Marks the key revoked and wipes its secret and passphrase. */
    public ApiKeyEntry revoked(Instant at) {
        destroySecrets();
        return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, permissions, ips, apiKey,
                null, null, site, environment, created, lastVerified, KeyStatus.REVOKED, at);
    }

    /** Marks the key as no longer on the exchange and wipes its secret and passphrase (they are useless now). */
    public ApiKeyEntry goneOnExchange() {
        destroySecrets();
        return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, permissions, ips, apiKey,
                null, null, site, environment, created, lastVerified, KeyStatus.GONE_ON_EXCHANGE, revokedAt);
    }

    public void destroySecrets() {
        if (secretKey != null) {
            secretKey.destroy();
        }
        if (passphrase != null) {
            passphrase.destroy();
        }
    }
}
