package org.keysmith.app.cli;

import org.keysmith.domain.ApiKeyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import java.util.Locale;

/** {@code keysmith key revoke NAME [--yes]}: deletes the key on the exchange and wipes its secret. */
@Command(name = "revoke", header = "Delete a key on the exchange and wipe its secret from the vault.",
        description = "Asks first on a terminal; --yes skips the question (and is needed without a terminal).")
final class KeyRevokeCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The key's name or id.")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Mixin
    Confirmation confirm = new Confirmation();

    KeyRevokeCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        confirm.possible(env, "a revoke");
    }

    @Override
    int run(Unlocked u) throws Exception {
        u.settleUnfinishedWork(env);
        ApiKeyEntry e = connection.key(u.context(), key);
        confirm.ask(env, "Revoke \"" + e.name() + "\" (" + e.apiKey() + ") on "
                + Names.connectionName(u.context(), e.connectionId()) + "? Bots using it stop working.");
        ApiKeyEntry done = u.context().keys().revoke(e.id());
        env.out().println("\"" + done.name() + "\" is " + done.status().label().toLowerCase(Locale.ROOT)
                + "; its secret was wiped from the vault.");
        return ExitCode.OK;
    }
}
