package org.keysmith.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.keysmith.domain.AuditEvent;
import org.keysmith.service.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith audit [--key K] [--since WHEN] [--csv]}: what happened, newest first (never a secret). */
@Command(name = "audit", header = "Show the vault's audit log, newest first (it never holds a secret).",
        description = "Exit 5 when no event matches.")
final class AuditCommand extends UnlockingCommand {
    @Option(names = "--key", paramLabel = "TEXT", description = "Only events of keys whose name or id contains TEXT.")
    String key;
    @Option(names = "--since", paramLabel = "WHEN", description = "Only events since WHEN: a date (2026-12-01, UTC), "
            + "a time (2026-12-01T08:00:00Z) or a duration back from now (24h, 7d).")
    String since;
    @Option(names = "--csv", description = "Print CSV (time,action,key,key_id,detail) instead of a table.")
    boolean csv;
    private Instant from;

    AuditCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (since != null) {
            from = parseSince(since, Instant.now());
        }
    }

    static Instant parseSince(String text, Instant now) throws CliFailure {
        try {
            if (text.contains("T")) {
                return Instant.parse(text);
            }
            if (text.contains("-")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return now.minus(new DurationConverter().convert(text));
        } catch (DateTimeParseException | picocli.CommandLine.TypeConversionException e) {
            throw CliFailure.usage("--since: '" + text + "' is neither a date (2026-12-01), a time "
                    + "(2026-12-01T08:00:00Z) nor a duration (24h, 7d)");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        List<AuditEvent> events = u.context().auditLog().events(new AuditLog.Filter(key, null, from, null));
        if (csv) {
            env.out().print(AuditLog.csv(events));
        } else {
            for (AuditEvent e : events) {
                env.out().printf("%s  %-14s %-12s %s%n", e.at(), e.action(), e.keyName() == null ? "-" : e.keyName(),
                        e.detail());
            }
            env.out().println(events.size() + (events.size() == 1 ? " event." : " events."));
        }
        env.out().flush();
        return events.isEmpty() ? ExitCode.NOTHING_MATCHED : ExitCode.OK;
    }
}
