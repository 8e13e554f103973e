package org.keysmith.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith key list [--connection C] [--status S]... [--json]}. */
@Command(name = "list", header = "List the keys in the vault.",
        description = "Exit 5 when a filter matches no key.")
final class KeyListCommand extends UnlockingCommand {
    @Option(names = "--connection", paramLabel = "NAME", description = "Only the keys of this connection.")
    String connection;
    @Option(names = "--status", paramLabel = "STATUS", split = ",", completionCandidates = StatusTokens.class,
            description = "Only keys with these statuses: ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
    List<String> statuses;
    @Option(names = "--json", description = "Print a JSON array of keys (docs/cli.md, \"JSON output\").")
    boolean json;

    KeyListCommand(CliEnvironment env) {
        super(env);
    }

    private Set<KeyStatus> wanted = EnumSet.allOf(KeyStatus.class);

    @Override
    void validate() throws CliFailure {
        if (statuses != null && !statuses.isEmpty()) {
            wanted = EnumSet.noneOf(KeyStatus.class);
            for (String s : statuses) {
                wanted.add(StatusTokens.parse(s));
            }
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        String connId = connection == null ? null : Names.connectionId(u.context(), connection);
        List<ApiKeyEntry> keys = u.context().keys().entries().stream()
                .filter(e -> connId == null || connId.equals(e.connectionId()))
                .filter(e -> wanted.contains(e.status())).toList();
        if (json) {
            KeyTable.json(u.context(), keys, env.out());
        } else {
            KeyTable.print(u.context(), keys, env.out());
        }
        boolean filtered = connection != null || statuses != null;
        return keys.isEmpty() && filtered ? ExitCode.NOTHING_MATCHED : ExitCode.OK;
    }
}
