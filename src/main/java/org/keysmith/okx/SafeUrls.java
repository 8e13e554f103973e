package org.keysmith.okx;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The one rule for where a signed request (which carries the passphrase in a header, and for a create, comes back
 * with the new secret) may go: https, or plain http to this computer only. "This computer" is decided from the URL
 * alone, without a DNS lookup: {@code localhost}, an IPv4 literal in 127.0.0.0/8, or {@code [::1]}. A name such as
 * {@code 127.0.0.1.example.net} is a DNS name like any other and is not loopback.
 */
public final class SafeUrls {
    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){2}");

    private SafeUrls() {
    }

    /** True for {@code localhost}, a 127.x.y.z literal or {@code ::1} (with or without brackets). */
    public static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /** True when {@code baseUrl} is an http(s) URL whose host is this computer (see {@link #isLoopbackHost}). */
    public static boolean isLoopback(String baseUrl) {
        HttpUrl url = parse(baseUrl);
        return url != null && isLoopbackHost(url.host());
    }

    /** True when signed requests may be sent to {@code baseUrl}: https, or http to this computer. */
    public static boolean allowsSecrets(String baseUrl) {
        HttpUrl url = parse(baseUrl);
        return url != null && allowsSecrets(url);
    }

    static boolean allowsSecrets(HttpUrl url) {
        return url.isHttps() || isLoopbackHost(url.host());
    }

    static void requireSafeForSecrets(HttpUrl url) throws OkxException {
        if (!allowsSecrets(url)) {
            throw OkxException.transport("Keysmith only sends API keys over https:// (plain http:// would expose "
                    + "the passphrase on the network); plain http:// is allowed only to this computer (localhost, "
                    + "127.0.0.1 or [::1]). Change the connection's URL.", null);
        }
    }

    static HttpUrl parse(String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        String b = baseUrl.strip();
        return HttpUrl.parse(b.endsWith("/") ? b : b + "/");
    }
}
