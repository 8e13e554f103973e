package org.keysmith.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.files.AtomicFiles;

/**
 * The vault's audit log for the audit window: filtered by key, action and time, and exported as CSV. Events never
 * hold a secret, so the CSV holds none either.
 */
public final class AuditLog {
    private final VaultSession session;
    private final AtomicFiles files;

    /** The audit log of {@code session}'s vault, exported with Keysmith's usual atomic, owner-only writes. */
    public AuditLog(VaultSession session) {
        this(session, new AtomicFiles());
    }

    public AuditLog(VaultSession session, AtomicFiles files) {
        this.session = session;
        this.files = files;
    }

    /** A filter; null parts match everything. {@code keyText} matches the key's name or id, ignoring case. */
    public record Filter(String keyText, AuditAction action, Instant from, Instant to) {
        boolean test(AuditEvent e) {
            String k = keyText == null ? "" : keyText.strip().toLowerCase(Locale.ROOT);
            return (k.isEmpty() || contains(e.keyName(), k) || contains(e.keyId(), k))
                    && (action == null || e.action() == action)
                    && (from == null || !e.at().isBefore(from)) && (to == null || e.at().isBefore(to));
        }

        private static boolean contains(String s, String lowerPart) {
            return s != null && s.toLowerCase(Locale.ROOT).contains(lowerPart);
        }
    }

    /** The matching events, newest first. */
    public List<AuditEvent> events(Filter filter) throws UserFacingException {
        List<AuditEvent> all = session.vault().audit();
        return all.stream().filter(filter::test).sorted((a, b) -> b.at().compareTo(a.at())).toList();
    }

    /** Writes {@code events} as CSV (time, action, key, key id, detail) in one atomic, owner-only write. */
    public void exportCsv(List<AuditEvent> events, Path target) throws UserFacingException {
        try {
            files.write(target, csv(events).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException("The audit log could not be written to " + target + ": " + e.getMessage()
                    + ". Choose another folder.", e);
        }
    }

    /** {@code events} as CSV: time, action, key, key id, detail (the command line prints this). */
    public static String csv(List<AuditEvent> events) {
        StringBuilder csv = new StringBuilder("time,action,key,key_id,detail\r\n");
        for (AuditEvent e : events) {
            csv.append(e.at()).append(',').append(e.action()).append(',').append(cell(e.keyName())).append(',')
                    .append(cell(e.keyId())).append(',').append(cell(e.detail())).append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
