package org.keysmith.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Slot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith slot list [--json]}: every slot and the key it points at. */
@Command(name = "list", header = "List the slots and the keys they point at.")
final class SlotListCommand extends UnlockingCommand {
    private static final String ROW = "%-24s %-12s %-22s %s%n";
    @Option(names = "--json", description = "Print a JSON array of slots (docs/cli.md, \"JSON output\").")
    boolean json;

    SlotListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        List<Slot> slots = u.context().slots().all();
        if (json) {
            try (JsonOut j = new JsonOut(env.out())) {
                j.startArray(null);
                for (Slot s : slots) {
                    Optional<ApiKeyEntry> e = u.context().session().vault().entry(s.keyId());
                    j.startObject().field("name", s.name()).field("keyId", s.keyId())
                            .field("key", e.map(ApiKeyEntry::name).orElse(null))
                            .field("apiKey", e.map(ApiKeyEntry::apiKey).orElse(null))
                            .field("status", e.map(KeyJson::status).orElse(null))
                            .field("since", s.since()).endObject();
                }
                j.endArray();
            }
            return ExitCode.OK;
        }
        PrintStream out = env.out();
        out.printf(ROW, "SLOT", "KEY", "STATUS", "SINCE");
        for (Slot s : slots) {
            Optional<ApiKeyEntry> e = u.context().session().vault().entry(s.keyId());
            out.printf(ROW, s.name(), e.map(ApiKeyEntry::name).orElse("(gone)"),
                    e.map(x -> x.status().label()).orElse("-"), s.since());
        }
        out.println(slots.size() + (slots.size() == 1 ? " slot." : " slots."));
        return ExitCode.OK;
    }
}
