package org.keysmith.app.cli;

import java.util.List;
import java.util.Locale;
import org.keysmith.domain.Connection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith connection list [--json]}: the built-in Sandbox and the vault's connections. */
@Command(name = "list", header = "List the connections (the built-in 'sandbox' first).")
final class ConnectionListCommand extends UnlockingCommand {
    private static final String ROW = "%-20s %-10s %-5s %-30s %s%n";
    @Option(names = "--json", description = "Print a JSON array of connections (docs/cli.md).")
    boolean json;

    ConnectionListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        List<Connection> all = u.context().connections().all();
        if (json) {
            try (JsonOut j = new JsonOut(env.out())) {
                j.startArray(null);
                for (Connection c : all) {
                    j.startObject().field("name", Names.shortName(c)).field("id", c.id())
                            .field("site", c.site().name().toLowerCase(Locale.ROOT)).field("url", c.baseUrl())
                            .field("environment", c.environment().name().toLowerCase(Locale.ROOT))
                            .field("apiKey", c.masterKey() == null ? null : c.masterKey().apiKey()).endObject();
                }
                j.endArray();
            }
            return ExitCode.OK;
        }
        env.out().printf(ROW, "NAME", "SITE", "ENV", "URL", "MASTER API KEY");
        for (Connection c : all) {
            env.out().printf(ROW, Names.shortName(c), c.isSandbox() ? "sandbox" : c.site().label(),
                    c.environment().label(), c.baseUrl(), c.masterKey() == null ? "-" : c.masterKey().apiKey());
        }
        return ExitCode.OK;
    }
}
