package org.keysmith.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.keysmith.domain.Connection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keysmith connection remove NAME [--yes]}: forgets the connection and its master key (keys stay). */
@Command(name = "remove", header = "Remove a connection and its master key from the vault.",
        description = {"Its keys stay in the vault and on the exchange; to manage them again, add the connection "
                + "again.", "Asks first on a terminal; --yes skips the question (and is needed without a terminal)."})
final class ConnectionRemoveCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The connection.")
    String connection;
    @Mixin
    Confirmation confirm = new Confirmation();

    ConnectionRemoveCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (connection.equalsIgnoreCase(Names.SANDBOX)) {
            throw CliFailure.usage("the built-in sandbox connection cannot be removed");
        }
        confirm.possible(env, "removing a connection");
    }

    @Override
    int run(Unlocked u) throws Exception {
        Connection c = Names.connection(u.context(), connection);
        long keys = u.context().keys().entries().stream().filter(e -> c.id().equals(e.connectionId())
                && e.status().mayBeLive()).count();
        confirm.ask(env, "Remove the connection \"" + c.name() + "\" and its master key? " + keys
                + " of its keys may still be live; Keysmith cannot revoke them without it.");
        List<Path> backups = u.context().connections().remove(c.id());
        env.out().println("Removed the connection \"" + c.name() + "\".");
        if (!backups.isEmpty()) {
            env.out().println("Its master key is gone from the vault file but may still be in the vault's backups "
                    + "(its earlier versions): " + backups + ". Delete them if that key must not survive anywhere.");
        }
        return ExitCode.OK;
    }
}
