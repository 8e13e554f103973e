package org.keysmith.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.UserFacingException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code keysmith key verify NAME|--all [--json]}: asks OKX about each key with the key's own signature. */
@Command(name = "verify", header = "Check keys with the exchange, each signed with its own secret.",
        description = "Stores what OKX reports (permissions, IPs). Exit 4 when OKX refused any key.")
final class KeyVerifyCommand extends UnlockingCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;
    @Option(names = "--connection", paramLabel = "NAME", description = "The key's connection, when several keys "
            + "share the name; with --all, only that connection's keys.")
    String connection;
    @Option(names = "--json", description = "Print a JSON array: each key with \"verified\" and \"error\".")
    boolean json;

    static final class Which {
        @Parameters(paramLabel = "NAME", description = "The key's name or id.")
        String key;
        @Option(names = "--all", required = true, description = "Every key whose secret the vault holds.")
        boolean all;
    }

    record Outcome(ApiKeyEntry key, String error) {
    }

    KeyVerifyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        u.settleUnfinishedWork(env);
        List<ApiKeyEntry> keys;
        if (which.all) {
            String connId = connection == null ? null : Names.connectionId(u.context(), connection);
            keys = u.context().keys().entries().stream().filter(ApiKeyEntry::hasSecret)
                    .filter(e -> connId == null || connId.equals(e.connectionId())).toList();
        } else {
            keys = List.of(Names.key(u.context(), which.key, connection));
        }
        List<Outcome> outcomes = new ArrayList<>();
        int code = ExitCode.OK;
        for (ApiKeyEntry e : keys) {
            try {
                outcomes.add(new Outcome(u.context().keys().verify(e.id()), null));
            } catch (UserFacingException ex) {
                outcomes.add(new Outcome(e, ex.getMessage()));
                code = Math.max(code, Failures.exitCode(ex));
            }
        }
        print(u, outcomes);
        if (which.all && keys.isEmpty()) {
            return ExitCode.NOTHING_MATCHED;
        }
        return code;
    }

    private void print(Unlocked u, List<Outcome> outcomes) throws Exception {
        if (json) {
            try (JsonOut j = new JsonOut(env.out())) {
                j.startArray(null);
                for (Outcome o : outcomes) {
                    j.startObject();
                    KeyJson.fields(j, o.key(), Names.connectionName(u.context(), o.key().connectionId()));
                    j.field("verified", o.error() == null).field("error", o.error()).endObject();
                }
                j.endArray();
            }
            return;
        }
        for (Outcome o : outcomes) {
            ApiKeyEntry e = o.key();
            if (o.error() == null) {
                env.out().println("\"" + e.name() + "\": verified: " + e.permissions().display()
                        + (e.ips().isEmpty() ? ", no IP binding" : ", IPs " + e.ips().toWire())
                        + " (" + e.status().label() + ").");
            } else {
                env.out().println("\"" + e.name() + "\": not verified: " + o.error());
            }
        }
    }
}
