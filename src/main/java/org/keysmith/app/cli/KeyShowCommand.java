package org.keysmith.app.cli;

import java.io.PrintStream;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Slot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith key show NAME [--connection C] [--json]}: one key, its slots and deployments and its history, never
 * its secret.
 */
@Command(name = "show", header = "Show one key and what happened to it (never its secret).")
final class KeyShowCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The key's name or id.")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Option(names = "--json", description = "Print the key as JSON (docs/cli.md, \"JSON output\").")
    boolean json;

    KeyShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        ApiKeyEntry e = connection.key(u.context(), key);
        String conn = Names.connectionName(u.context(), e.connectionId());
        List<AuditEvent> history = u.context().keys().history(e.id());
        List<Deployment> deployments = u.context().deployments().of(e.id());
        List<Slot> slots = u.context().slots().of(e.id());
        if (json) {
            try (JsonOut j = new JsonOut(env.out())) {
                j.startObject();
                KeyJson.fields(j, e, conn);
                KeyJson.deployments(j, deployments, slots);
                j.startArray("history");
                for (AuditEvent a : history) {
                    j.startObject().field("at", a.at()).field("action", a.action().name())
                            .field("detail", a.detail()).endObject();
                }
                j.endArray().endObject();
            }
            return ExitCode.OK;
        }
        PrintStream out = env.out();
        out.println("name:         " + e.name());
        out.println("id:           " + e.id());
        out.println("connection:   " + conn);
        out.println("sub-account:  " + (e.subAccount() == null ? "(main account)" : e.subAccount()));
        out.println("api key:      " + (e.apiKey() == null ? "-" : e.apiKey()));
        out.println("permissions:  " + e.permissions().display());
        out.println("IPs:          " + (e.ips().isEmpty() ? "(none)" : e.ips().toWire()));
        out.println("status:       " + e.status().label());
        out.println("description:  " + e.description());
        out.println("created:      " + e.created());
        out.println("verified:     " + (e.lastVerified() == null ? "never" : e.lastVerified()));
        out.println("slots:        " + (slots.isEmpty() ? "(none)"
                : String.join(", ", slots.stream().map(Slot::name).toList())));
        out.println("deployments:" + (deployments.isEmpty() ? "  (none)" : ""));
        deployments.forEach(d -> out.println("  " + d.describe()));
        out.println("history:");
        history.forEach(a -> out.println("  " + a.at() + "  " + a.action() + "  " + a.detail()));
        return ExitCode.OK;
    }
}
