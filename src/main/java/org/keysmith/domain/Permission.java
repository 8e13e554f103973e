package org.keysmith.domain;

import java.util.Locale;
import java.util.Optional;

/** One permission of an OKX API key, with its wire name. */
public enum Permission {
    READ("read_only", "Read"),
    TRADE("trade", "Trade"),
    WITHDRAW("withdraw", "Withdraw");

    private final String wire;
    private final String label;

    Permission(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** Parses one wire token; OKX also writes {@code read} for {@code read_only}. */
    public static Optional<Permission> fromWire(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "read_only":
            case "read":
                return Optional.of(READ);
            case "trade":
                return Optional.of(TRADE);
            case "withdraw":
                return Optional.of(WITHDRAW);
            default:
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
