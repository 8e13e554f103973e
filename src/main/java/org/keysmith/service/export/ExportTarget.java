package org.keysmith.service.export;

import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;

/**
 * Where the exported key is used: its OKX site (or a custom/Sandbox base URL) and Live/Demo. Names follow each
 * tool's own conventions (docs/okx-protocol.md section 9); open ones are kept here, in one place, to change easily.
 */
record ExportTarget(Site site, Environment environment, String baseUrl) {

    boolean demo() {
        return environment == Environment.DEMO;
    }

    /** ccxt's exchange id: okx, myokx (EEA), okxus (US). */
    String ccxtId() {
        return switch (site) {
            case EEA -> "myokx";
            case US -> "okxus";
            default -> "okx";
        };
    }

    /**
     * freqtrade's exchange name: its own classes for ccxt's ids, {@code okx}, {@code myokx} (EEA) and {@code okxus}
     * (US; freqtrade releases from 2025 on; older ones stop at start-up with "exchange not supported").
     */
    String freqtradeName() {
        return ccxtId();
    }

    /** The REST host: www.okx.com, eea.okx.com, us.okx.com, or the custom URL's host (and port). */
    String hostname() {
        String url = baseUrl == null ? "" : baseUrl;
        return url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }

    /**
     * ccxt builds its REST URL as {@code https://{hostname}}, which cannot reach a plain-http server (the Sandbox)
     * or a base URL with its own path (a proxy's prefix). Such a base is written whole as ccxt's
     * {@code urls.api.rest} instead of {@code hostname}.
     */
    boolean needsFullRestUrl() {
        String url = baseUrl == null ? "" : baseUrl.strip().replaceFirst("/+$", "");
        return url.startsWith("http://") || url.replaceFirst("^https://", "").contains("/");
    }

    /** The base URL without a trailing slash, as ccxt's {@code urls.api.rest}. */
    String restUrl() {
        return baseUrl == null ? "" : baseUrl.strip().replaceFirst("/+$", "");
    }

    /** The REST base URL, for python-okx's {@code domain}. */
    String domain() {
        return baseUrl;
    }

    /** Hummingbot's okx_registration_sub_domain: www, my (EEA) or app (US). */
    String hummingbotSubDomain() {
        return switch (site) {
            case EEA -> "my";
            case US -> "app";
            default -> "www";
        };
    }
}
