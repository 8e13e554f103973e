package org.keysmith.domain;

import java.util.Objects;

/**
 * An exchange account Keysmith manages keys for: where it lives (site or custom URL, live or demo) and the
 * main account's master key that signs every key-management call.
 */
public record Connection(String id, String name, Site site, String customBaseUrl, Environment environment,
                         ApiCredentials masterKey) {
    public static final String SANDBOX_ID = "sandbox";

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(environment, "environment");
        if (site == Site.CUSTOM && (customBaseUrl == null || customBaseUrl.isBlank())) {
            throw new InvalidInputException("Enter the base URL of the custom exchange (e.g. http://127.0.0.1:8765).");
        }
        customBaseUrl = site == Site.CUSTOM ? customBaseUrl : null;
    }

    /** The REST base URL requests go to. */
    public String baseUrl() {
        return site == Site.CUSTOM ? customBaseUrl : site.restBase();
    }

    public boolean isSandbox() {
        return SANDBOX_ID.equals(id);
    }

    public Connection withEnvironment(Environment env) {
        return env == null || env == environment ? this
                : new Connection(id, name, site, customBaseUrl, env, masterKey);
    }

    public Connection withMasterKey(ApiCredentials key) {
        return new Connection(id, name, site, customBaseUrl, environment, key);
    }
}
