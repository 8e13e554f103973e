package org.keysmith.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Parses and canonicalises one allowlist entry: an IPv4 or IPv6 address, optionally with a CIDR prefix.
 * Never touches DNS. IPv6 is written in RFC 5952 form (lower case, longest zero run as {@code ::}).
 */
final class IpLiteral {
    private IpLiteral() {
    }

    /** The canonical form of {@code text}, or empty when it is not an address or CIDR block. */
    static Optional<String> canonical(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Optional<String> prefix = slash < 0 ? Optional.of("") : Optional.of(text.substring(slash + 1));
        boolean v6 = address.indexOf(':') >= 0;
        Optional<String> addr = v6 ? ipv6(address) : ipv4(address);
        if (addr.isEmpty()) {
            return Optional.empty();
        }
        if (slash < 0) {
            return addr;
        }
        int bits = parseDecimal(prefix.get(), v6 ? 128 : 32);
        return bits < 0 ? Optional.empty() : Optional.of(addr.get() + "/" + bits);
    }

    static Optional<String> ipv4(String text) {
        int[] octets = parseIpv4(text);
        if (octets == null) {
            return Optional.empty();
        }
        return Optional.of(octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3]);
    }

    private static int[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = parseDecimal(parts[i], 255);
            if (octets[i] < 0) {
                return null;
            }
        }
        return octets;
    }

    /** A decimal number in 0..max without sign or leading zeros (so "010" is not read as octal), or -1. */
    private static int parseDecimal(String s, int max) {
        if (s.isEmpty() || s.length() > 3 || (s.length() > 1 && s.charAt(0) == '0')) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isAsciiDigit(c)) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n <= max ? n : -1;
    }

    static Optional<String> ipv6(String text) {
        int[] groups = parseIpv6(text.toLowerCase(Locale.ROOT));
        return groups == null ? Optional.empty() : Optional.of(formatIpv6(groups));
    }

    private static int[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] h = groups(head, gap < 0 || tail.isEmpty());
        int[] t = groups(tail, true);
        if (h == null || t == null) {
            return null;
        }
        int missing = 8 - h.length - t.length;
        if (gap < 0 ? missing != 0 : missing < 1) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(t, 0, all, 8 - t.length, t.length);
        return all;
    }

    /** Hex groups separated by ':'; the last may be an embedded IPv4 address when {@code last} is true. */
    private static int[] groups(String part, boolean last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] tokens = part.split(":", -1);
        int v4 = last && tokens[tokens.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[tokens.length + v4];
        for (int i = 0; i < tokens.length - v4; i++) {
            out[i] = hexGroup(tokens[i]);
            if (out[i] < 0) {
                return null;
            }
        }
        if (v4 == 1) {
            int[] o = parseIpv4(tokens[tokens.length - 1]);
            if (o == null) {
                return null;
            }
            out[out.length - 2] = o[0] << 8 | o[1];
            out[out.length - 1] = o[2] << 8 | o[3];
        }
        return out;
    }

    private static int hexGroup(String token) {
        if (token.isEmpty() || token.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            int d = Character.digit(token.charAt(i), 16);
            if (d < 0 || token.charAt(i) > 'f') {
                return -1;
            }
            n = n << 4 | d;
        }
        return n;
    }

    private static String formatIpv6(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
