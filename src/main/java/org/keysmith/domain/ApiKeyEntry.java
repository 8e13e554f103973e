package org.keysmith.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One API key the vault keeps. {@code secretKey} and {@code passphrase} are null once the key is revoked
 * (they are wiped) or when the secret was never captured. {@code subAccount} is null for a main-account key.
 * Site and environment are copied from the connection so a key stays usable on its own.
 *
 * <p>Build one with {@link #builder()} (or {@link #toBuilder()} for a changed copy): the record has 17
 * components, and positional calls with nulls in the middle are too easy to get wrong.
 */
public record ApiKeyEntry(String id, String connectionId, String name, String description, KeyType type,
                          String subAccount, Permissions permissions, IpAllowlist ips, String apiKey,
                          Secret secretKey, Secret passphrase, Site site, Environment environment,
                          Instant created, Instant lastVerified, KeyStatus status, Instant revokedAt) {

    /**
     * OKX lets a Trade or Withdraw key without IP binding expire after this long unused (live keys only). See
     * docs/okx-protocol.md.
     */
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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entry's values (the secrets are the same objects, not copies). */
    public Builder toBuilder() {
        return new Builder().id(id).connectionId(connectionId).name(name).description(description).type(type)
                .subAccount(subAccount).permissions(permissions).ips(ips).apiKey(apiKey)
                .secrets(secretKey, passphrase).site(site).environment(environment).created(created)
                .lastVerified(lastVerified).status(status).revokedAt(revokedAt);
    }

    /**
     * Trade or Withdraw permission without IP binding on a live key that may still exist: OKX lets such a key
     * expire after 14 idle days.
     */
    public boolean isSubjectToIdleDeletion() {
        return (status == KeyStatus.ACTIVE || status == KeyStatus.NOT_SEEN)
                && (permissions.has(Permission.TRADE) || permissions.has(Permission.WITHDRAW))
                && ips.isEmpty() && environment != Environment.DEMO;
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

    /** What OKX reported; an unverified or not-seen key becomes active (OKX just answered for it). */
    public ApiKeyEntry verified(Instant at, Permissions reportedPerms, IpAllowlist reportedIps) {
        KeyStatus now = status == KeyStatus.UNVERIFIED || status == KeyStatus.NOT_SEEN ? KeyStatus.ACTIVE : status;
        return toBuilder().permissions(reportedPerms).ips(reportedIps).lastVerified(at).status(now).build();
    }

    /** The key now known to belong to sub-account {@code sub} of connection {@code connId} (found by Sync). */
    public ApiKeyEntry inSubAccount(String connId, String sub) {
        return toBuilder().connectionId(connId).subAccount(sub).build();
    }

    /**
     * The same key with the secret and passphrase the user supplied (a key Sync found, or one re-added). The old
     * secrets are destroyed. Never call it on a revoked key: {@link #status} is kept apart from REVOKED.
     */
    public ApiKeyEntry withSecrets(Secret secret, Secret pass, KeyStatus newStatus) {
        if (status == KeyStatus.REVOKED) {
            throw new IllegalStateException("A revoked key cannot get secrets again");
        }
        destroySecrets();
        return toBuilder().secrets(secret, pass).status(newStatus).build();
    }

    /** The same key with a new name, description, permissions and IP allowlist. */
    public ApiKeyEntry edited(String newName, String newDescription, Permissions newPerms, IpAllowlist newIps) {
        return toBuilder().name(newName).description(newDescription).permissions(newPerms).ips(newIps).build();
    }

    /** Marks the key revoked and wipes its secret and passphrase. */
    public ApiKeyEntry revoked(Instant at) {
        destroySecrets();
        return toBuilder().secrets(null, null).status(KeyStatus.REVOKED).revokedAt(at).build();
    }

    /**
     * Marks the key as no longer on the exchange and wipes its secret and passphrase (they are useless now). Only
     * for positive evidence: OKX answered for this key that it does not exist, or the user confirmed it.
     */
    public ApiKeyEntry goneOnExchange() {
        destroySecrets();
        return toBuilder().secrets(null, null).status(KeyStatus.GONE_ON_EXCHANGE).build();
    }

    /** Missing from a listing: marked, the secret kept (a listing can be incomplete). */
    public ApiKeyEntry notSeen() {
        return toBuilder().status(KeyStatus.NOT_SEEN).build();
    }

    /** Listed again after it was not seen: active with its secret, "secret lost" without. */
    public ApiKeyEntry seenAgain() {
        return status != KeyStatus.NOT_SEEN ? this
                : toBuilder().status(hasSecret() ? KeyStatus.ACTIVE : KeyStatus.SECRET_LOST).build();
    }

    public void destroySecrets() {
        if (secretKey != null) {
            secretKey.destroy();
        }
        if (passphrase != null) {
            passphrase.destroy();
        }
    }

    @Override
    public String toString() {
        return "ApiKeyEntry[id=" + id + ", name=" + name + ", subAccount=" + subAccount + ", status=" + status
                + ", apiKey=" + apiKey + ", secretKey=***, passphrase=***]";
    }

    /** Names every component; unset ones are null (description "", type API_TRADING, no IPs by default). */
    public static final class Builder {
        private String id;
        private String connectionId;
        private String name;
        private String description;
        private KeyType type;
        private String subAccount;
        private Permissions permissions;
        private IpAllowlist ips;
        private String apiKey;
        private Secret secretKey;
        private Secret passphrase;
        private Site site;
        private Environment environment;
        private Instant created;
        private Instant lastVerified;
        private KeyStatus status;
        private Instant revokedAt;

        private Builder() {
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder connectionId(String v) {
            connectionId = v;
            return this;
        }

        /** Connection id, site and environment of {@code c}. */
        public Builder on(Connection c) {
            return connectionId(c.id()).site(c.site()).environment(c.environment());
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder type(KeyType v) {
            type = v;
            return this;
        }

        public Builder subAccount(String v) {
            subAccount = v;
            return this;
        }

        public Builder permissions(Permissions v) {
            permissions = v;
            return this;
        }

        public Builder ips(IpAllowlist v) {
            ips = v;
            return this;
        }

        public Builder apiKey(String v) {
            apiKey = v;
            return this;
        }

        /** The entry takes ownership of both (it destroys them on revoke and lock). */
        public Builder secrets(Secret secret, Secret pass) {
            secretKey = secret;
            passphrase = pass;
            return this;
        }

        public Builder site(Site v) {
            site = v;
            return this;
        }

        public Builder environment(Environment v) {
            environment = v;
            return this;
        }

        public Builder created(Instant v) {
            created = v;
            return this;
        }

        public Builder lastVerified(Instant v) {
            lastVerified = v;
            return this;
        }

        public Builder status(KeyStatus v) {
            status = v;
            return this;
        }

        public Builder revokedAt(Instant v) {
            revokedAt = v;
            return this;
        }

        public ApiKeyEntry build() {
            return new ApiKeyEntry(id, connectionId, name, description, type, subAccount, permissions, ips, apiKey,
                    secretKey, passphrase, site, environment, created, lastVerified, status, revokedAt);
        }
    }
}
