package org.keysmith.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.keysmith.service.AppPaths;
import org.keysmith.service.relay.RelayCounters;
import org.keysmith.service.relay.RelayStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keysmith relay status [--json]}: the relays running for this data folder, from the status files they keep
 * (docs/relay.md, "Status"): key, URLs, upstream, since when, and their counters. Needs no master password: the
 * files hold no secret. Exits 5 when no relay is running.
 */
@Command(name = "status", header = "Show the relays running for this data folder: URLs and counters.",
        description = "Reads the status files that running relays keep in the data folder (no master password "
                + "needed: they hold no secret). Exits 0 when at least one relay runs, 5 when none does.")
final class RelayStatusCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print a JSON array, one object per relay.")
    boolean json;
    private final CliEnvironment env;

    RelayStatusCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path data = AppPaths.resolve(env.env(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                Optional.empty()).dataDir();
        List<RelayStatus.Entry> all = RelayStatus.read(data);
        boolean anyRunning = all.stream().anyMatch(RelayStatus.Entry::running);
        if (json) {
            try (JsonOut out = new JsonOut(env.out())) {
                out.startArray(null);
                for (RelayStatus.Entry e : all) {
                    entry(out, e);
                }
                out.endArray();
            }
            env.out().flush();
        } else if (all.isEmpty()) {
            env.out().println("No relay is running for " + data + ".");
        } else {
            all.forEach(e -> print(env.out(), e));
        }
        return anyRunning ? ExitCode.OK : ExitCode.NOTHING_MATCHED;
    }

    private static void print(PrintStream out, RelayStatus.Entry e) {
        if (!e.running()) {
            out.println("relay for " + e.keyName() + ": not running (process " + e.pid() + " is gone; last seen "
                    + e.updated() + ")");
            return;
        }
        out.println("relay for " + e.keyName() + ": running (process " + e.pid() + ") since " + e.started());
        out.println("  " + e.url() + (e.wsUrl() == null ? "" : " and " + e.wsUrl()) + " -> " + e.upstream());
        if (e.counters() != null) {
            out.println("  " + e.counters().line());
        }
    }

    private static void entry(JsonOut out, RelayStatus.Entry e) throws IOException {
        out.startObject().field("key", e.keyName()).field("running", e.running()).field("pid", e.pid())
                .field("url", e.url()).field("wsUrl", e.wsUrl()).field("upstream", e.upstream())
                .field("started", e.started()).field("updated", e.updated());
        RelayCounters.Snapshot c = e.counters();
        if (c != null) {
            out.field("requests", c.requests()).field("forwarded", c.forwarded()).field("denied", c.denied())
                    .field("wsConnections", c.wsConnections()).field("wsOpen", c.wsOpen()).field("wsOps", c.wsOps());
            out.generator().writeNumberField("p50Millis", c.p50Millis());
            out.generator().writeNumberField("p99Millis", c.p99Millis());
            counts(out, "codes", c.codes());
            counts(out, "denials", c.denials());
        }
        out.endObject();
    }

    private static void counts(JsonOut out, String name, Map<String, Long> m) throws IOException {
        out.generator().writeObjectFieldStart(name);
        for (Map.Entry<String, Long> x : m.entrySet()) {
            out.field(x.getKey(), x.getValue());
        }
        out.endObject();
    }
}
