package org.keysmith.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The permissions of a key. Read is always included, as on OKX. */
public final class Permissions {
    public static final String WITHDRAW_REFUSED =
            "Sub-account keys cannot withdraw: OKX refuses it (code 59504). Withdraw from the main account instead.";
    private static final Permissions READ_ONLY = new Permissions(EnumSet.of(Permission.READ));

    private final Set<Permission> set;

    private Permissions(EnumSet<Permission> set) {
        set.add(Permission.READ);
        this.set = Collections.unmodifiableSet(set);
    }

    public static Permissions readOnly() {
        return READ_ONLY;
    }

    public static Permissions of(Permission... permissions) {
        EnumSet<Permission> s = EnumSet.noneOf(Permission.class);
        Collections.addAll(s, permissions);
        return new Permissions(s);
    }

    public static Permissions of(Set<Permission> permissions) {
        return new Permissions(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions));
    }

    /**
     * Parses OKX's comma-separated form ({@code read_only,trade}; {@code read} also means read).
     * Unknown tokens are an error naming the token.
     */
    public static Validated<Permissions> fromWire(String wire) {
        EnumSet<Permission> s = EnumSet.noneOf(Permission.class);
        if (wire != null) {
            for (String token : wire.split(",")) {
                if (token.isBlank()) {
                    continue;
                }
                var p = Permission.fromWire(token);
                if (p.isEmpty()) {
                    return Validated.invalid("Unknown permission \"" + token.trim()
                            + "\" (expected read_only, trade or withdraw).");
                }
                s.add(p.get());
            }
        }
        return Validated.ok(new Permissions(s));
    }

    /** Sub-account keys may read and trade only. */
    public Validated<Permissions> forSubAccount() {
        return has(Permission.WITHDRAW) ? Validated.invalid(WITHDRAW_REFUSED) : Validated.ok(this);
    }

    public boolean has(Permission p) {
        return set.contains(p);
    }

    public Set<Permission> asSet() {
        return set;
    }

    public Permissions with(Permission p) {
        EnumSet<Permission> s = EnumSet.copyOf(set);
        s.add(p);
        return new Permissions(s);
    }

    public Permissions without(Permission p) {
        EnumSet<Permission> s = EnumSet.copyOf(set);
        s.remove(p);
        return new Permissions(s);
    }

    /** {@code read_only}, {@code read_only,trade}, ... in a fixed order. */
    public String toWire() {
        StringJoiner j = new StringJoiner(",");
        set.forEach(p -> j.add(p.wire()));
        return j.toString();
    }

    /** "Read, Trade" for people. */
    public String display() {
        return set.stream().map(Permission::label).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permissions other && other.set.equals(set);
    }

    @Override
    public int hashCode() {
        return set.hashCode();
    }

    @Override
    public String toString() {
        return toWire();
    }
}
