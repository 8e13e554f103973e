package org.keysmith.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keysmith vault list}: every key in the vault (the same as {@code keysmith key list}). */
@Command(name = "list", header = "List every key in the vault (the same as: keysmith key list).")
final class VaultListCommand extends UnlockingCommand {
    @Option(names = "--json", description = "Print a JSON array of keys (docs/cli.md, \"JSON output\").")
    boolean json;

    VaultListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        if (json) {
            KeyTable.json(u.context(), u.context().keys().entries(), env.out());
        } else {
            KeyTable.print(u.context(), u.context().keys().entries(), env.out());
        }
        return ExitCode.OK;
    }
}
