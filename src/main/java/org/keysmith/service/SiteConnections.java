package org.keysmith.service;

import java.util.Locale;
import java.util.Optional;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;

/**
 * Connections without a master key, one per OKX site and environment, for keys the user added from the website
 * while the vault has no connection there. Their ids ({@code okx-global-live}, ...) are stored with such keys.
 */
final class SiteConnections {
    private static final String PREFIX = "okx-";

    private SiteConnections() {
    }

    static Connection of(Site site, Environment env) {
        String id = PREFIX + site.name().toLowerCase(Locale.ROOT) + "-" + env.name().toLowerCase(Locale.ROOT);
        return new Connection(id, "OKX " + site.label() + " (no master key)", site, null, env, null);
    }

    static Optional<Connection> parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = id.substring(PREFIX.length()).toUpperCase(Locale.ROOT).split("-");
        try {
            Site site = Site.valueOf(parts[0]);
            return parts.length == 2 && site != Site.CUSTOM
                    ? Optional.of(of(site, Environment.valueOf(parts[1]))) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
