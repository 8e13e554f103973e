package org.keysmith.app.cli;

import org.keysmith.domain.Connection;
import org.keysmith.service.ConnectionCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code keysmith connection test NAME}: asks the exchange whether the master key can manage sub-account keys. */
@Command(name = "test", header = "Ask the exchange whether a connection's master key can manage keys.",
        description = "Exit 0 when it can, 4 when the exchange refused the key or it lacks what key management "
                + "needs (each problem is listed with what to change).")
final class ConnectionTestCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The connection (may be left out when the vault "
            + "has only one).")
    String connection;

    ConnectionTestCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        Connection c = Names.connection(u.context(), connection);
        ConnectionCheck check = u.context().connections().test(c);
        env.out().println(Names.shortName(c) + ": " + check.summary());
        check.problems().forEach(p -> env.out().println("Problem: " + p));
        env.out().println(check.isReady() ? "Ready: Keysmith can create and revoke keys with it."
                : "Not ready: fix the problems above on the OKX website.");
        return check.isReady() ? ExitCode.OK : ExitCode.EXCHANGE_REFUSED;
    }
}
