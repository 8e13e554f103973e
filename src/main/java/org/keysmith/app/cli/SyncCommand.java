package org.keysmith.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.service.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith sync [--connection C] [--add-unknown] [--json]}: compares the vault with the exchange. */
@Command(name = "sync", header = "Compare the vault with the exchange (nothing is deleted).",
        description = "Keys missing on the exchange are marked not seen (their secrets kept), changed permissions "
                + "and IPs taken over, unfinished creates settled. Without --connection: every connection with a "
                + "master key.")
final class SyncCommand extends UnlockingCommand {
    @Option(names = "--connection", paramLabel = "NAME", description = "Only this connection.")
    String connection;
    @Option(names = "--add-unknown", description = "Also add the keys made elsewhere to the list (without secrets).")
    boolean addUnknown;
    @Option(names = "--json", description = "Print a JSON array, one report per connection (docs/cli.md).")
    boolean json;

    SyncCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        u.settleUnfinishedWork(env);
        List<Connection> targets = new ArrayList<>();
        if (connection != null) {
            targets.add(Names.connection(u.context(), connection));
        } else {
            u.context().connections().all().stream().filter(c -> c.masterKey() != null).forEach(targets::add);
        }
        List<SyncReport> reports = new ArrayList<>();
        for (Connection c : targets) {
            reports.add(u.context().keys().sync(c, addUnknown));
        }
        if (json) {
            json(reports, targets);
        } else {
            for (int i = 0; i < reports.size(); i++) {
                SyncReport r = reports.get(i);
                env.out().println(Names.shortName(targets.get(i)) + ": " + r.summary());
                r.notSeen().forEach(e -> env.out().println("  not seen on the exchange: " + e.name()));
                r.unknown().forEach(e -> env.out().println("  made elsewhere: " + e.name() + " (" + e.apiKey() + ")"));
                r.drifted().forEach(d -> env.out().println("  changed on the exchange: " + d.key().name() + ": "
                        + d.before() + " -> " + d.after()));
                r.settled().forEach(s -> env.out().println("  " + s));
                r.skipped().forEach(s -> env.out().println("  skipped " + s.subAccount() + ": " + s.reason()));
            }
        }
        return ExitCode.OK;
    }

    private void json(List<SyncReport> reports, List<Connection> targets) throws Exception {
        try (JsonOut j = new JsonOut(env.out())) {
            j.startArray(null);
            for (int i = 0; i < reports.size(); i++) {
                SyncReport r = reports.get(i);
                j.startObject().field("connection", Names.shortName(targets.get(i)))
                        .field("subAccounts", r.subAccounts()).field("keysOnExchange", r.keysOnExchange())
                        .field("clean", r.isClean());
                names(j, "unknown", r.unknown());
                names(j, "notSeen", r.notSeen());
                names(j, "seenAgain", r.seenAgain());
                j.startArray("drifted");
                for (SyncReport.Drift d : r.drifted()) {
                    j.startObject().field("name", d.key().name()).field("before", d.before())
                            .field("after", d.after()).endObject();
                }
                j.endArray().startArray("skipped");
                for (SyncReport.Skipped s : r.skipped()) {
                    j.startObject().field("subAcct", s.subAccount()).field("reason", s.reason()).endObject();
                }
                j.endArray().endObject();
            }
            j.endArray();
        }
    }

    private static void names(JsonOut j, String field, List<ApiKeyEntry> keys) throws Exception {
        j.startArray(field);
        for (ApiKeyEntry e : keys) {
            j.startObject().field("name", e.name()).field("apiKey", e.apiKey()).field("subAcct", e.subAccount())
                    .endObject();
        }
        j.endArray();
    }
}
