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

    /** The REST host: www.okx.com, eea.okx.com, us.okx.com, or the custom URL's host part. */
    String hostname() {
        String url = baseUrl == null ? "" : baseUrl;
        return url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
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
