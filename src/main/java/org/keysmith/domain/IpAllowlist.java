package org.keysmith.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IP addresses a key may be used from: IPv4, IPv6 and CIDR blocks, at most 20, no duplicates.
 * Stored in canonical form; the wire form is comma-separated.
 */
public record IpAllowlist(List<String> entries) {
    public static final int MAX_ENTRIES = 20;
    public static final String IDLE_WARNING = "OKX lets a live key with Trade or Withdraw permission and no "
            + "IP address expire after 14 days without use. Add the IP addresses your bot runs from to keep it.";
    private static final IpAllowlist EMPTY = new IpAllowlist(List.of());

    public IpAllowlist {
        entries = List.copyOf(entries);
    }

    public static IpAllowlist empty() {
        return EMPTY;
    }

    /**
     * Parses text typed or pasted by the user: entries separated by commas, spaces or new lines.
     * Duplicates (also in different spellings of the same address) are dropped; the first problem found
     * is reported naming the bad entry.
     */
    public static Validated<IpAllowlist> parse(String text) {
        Set<String> seen = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            Optional<String> canonical = IpLiteral.canonical(token);
            if (canonical.isEmpty()) {
                return Validated.invalid("\"" + abbreviate(token) + "\" is not an IPv4 or IPv6 address or CIDR "
                        + "block (examples: 203.0.113.7, 2001:db8::1, 198.51.100.0/24).");
            }
            seen.add(canonical.get());
        }
        if (seen.size() > MAX_ENTRIES) {
            return Validated.invalid("OKX allows at most " + MAX_ENTRIES + " IP addresses per key; you entered "
                    + seen.size() + ". Use a CIDR block (e.g. 198.51.100.0/24) to cover a range.");
        }
        return Validated.ok(new IpAllowlist(new ArrayList<>(seen)));
    }

    /** Reads the exchange's comma-separated value as is (the exchange is the authority on what it holds). */
    public static IpAllowlist fromWire(String wire) {
        if (wire == null || wire.isBlank()) {
            return EMPTY;
        }
        List<String> out = new ArrayList<>();
        for (String token : tokens(wire)) {
            String canonical = IpLiteral.canonical(token).orElse(token);
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return new IpAllowlist(out);
    }

    /** The count of entries the text holds, for a live "n / 20" counter (valid or not). */
    public static int countEntries(String text) {
        return tokens(text).size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    public String toWire() {
        return String.join(",", entries);
    }

    /** One entry per line, for a text area. */
    public String toText() {
        return String.join("\n", entries);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : text.split("[,\\s]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String abbreviate(String token) {
        return token.length() <= 45 ? token : token.substring(0, 42) + "...";
    }

    @Override
    public String toString() {
        return toWire();
    }
}
