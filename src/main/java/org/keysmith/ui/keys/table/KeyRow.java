package org.keysmith.ui.keys.table;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Connection;

/**
 * One row of the key table: the entry plus what the table shows and filters on, computed once per row so that
 * filtering 10 000 keys stays a plain string scan.
 */
public final class KeyRow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ApiKeyEntry entry;
    private final String searchText;
    private final String status;
    private final ZoneId zone;
    private final boolean inRotation;

    public KeyRow(ApiKeyEntry entry, Instant now, ZoneId zone) {
        this(entry, now, zone, "");
    }

    /** {@code rotation} describes the key's part in an unfinished rotation, or is empty. */
    public KeyRow(ApiKeyEntry entry, Instant now, ZoneId zone, String rotation) {
        this.entry = entry;
        this.zone = zone;
        this.inRotation = !rotation.isEmpty();
        String label = entry.status() != KeyStatus.ACTIVE ? entry.status().label()
                : entry.isExpiring(now) ? "Expiring" : "Active";
        String base = ExpiryRadar.badge(entry, now).map(b -> label + " · " + b).orElse(entry.status().label());
        this.status = rotation.isEmpty() ? base : base + " · " + rotation;
        this.searchText = (entry.name() + "\n" + nullToEmpty(entry.subAccount()) + "\n" + nullToEmpty(entry.apiKey())
                + "\n" + entry.description()).toLowerCase(Locale.ROOT);
    }

    public ApiKeyEntry entry() {
        return entry;
    }

    /** True when every word of {@code lowerCaseQuery} occurs in name, sub-account, key id or description. */
    public boolean matches(String[] lowerCaseWords) {
        for (String w : lowerCaseWords) {
            if (!searchText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public String name() {
        return entry.name();
    }

    public String subAccount() {
        return entry.subAccount() == null ? "(main account)" : entry.subAccount();
    }

    public String permissions() {
        return entry.status() == KeyStatus.UNVERIFIED ? "unknown (not verified)" : entry.permissions().display();
    }

    public String ips() {
        return entry.ips().isEmpty() ? "any" : String.join(", ", entry.ips().entries());
    }

    public String site() {
        if (Connection.SANDBOX_ID.equals(entry.connectionId())) {
            return "Sandbox";
        }
        return entry.site() == null ? "" : entry.site().label();
    }

    public String mode() {
        return entry.environment() == Environment.DEMO ? "Demo" : "Live";
    }

    public Instant created() {
        return entry.created();
    }

    public Instant lastVerified() {
        return entry.lastVerified();
    }

    public String status() {
        return status;
    }

    /** True when the key is the old or the new key of an unfinished rotation. */
    public boolean inRotation() {
        return inRotation;
    }

    public String format(Instant t) {
        return t == null ? "never" : format(t, zone);
    }

    /** How the key list shows a time: local, to the minute. */
    public static String format(Instant t, ZoneId zone) {
        return DATE.format(t.atZone(zone));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
