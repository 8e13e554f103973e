package org.keysmith.app.cli;

import org.keysmith.domain.Connection;
import org.keysmith.service.ConnectionCheck;
import org.keysmith.service.RoundTrip;
import org.keysmith.service.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith connection test NAME [--round-trip [--sub-account SUB] [--yes]] [--json]}: asks the exchange
 * whether the master key can manage sub-account keys; with {@code --round-trip}, proves it end to end with a
 * throwaway key (see {@link RoundTrip}).
 */
@Command(name = "test", header = "Ask the exchange whether a connection's master key can manage keys.",
        description = {"Exit 0 when it can, 4 when the exchange refused the key or it lacks what key management "
                + "needs (each problem is listed with what to change).",
                "With --round-trip it also creates a read-only key with a throwaway label (ksrt...) on a "
                        + "sub-account, verifies it with its own signature and deletes it, reporting each step. "
                        + "Whatever step fails, it lists the sub-account's keys at the end and deletes any with that "
                        + "label, so no key is left behind. It asks first on a terminal; --yes skips the question "
                        + "(and is needed without a terminal)."})
final class ConnectionTestCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The connection (may be left out when the vault "
            + "has only one).")
    String connection;
    @Option(names = "--round-trip", description = "Create, verify and delete a throwaway read-only key.")
    boolean roundTrip;
    @Option(names = "--sub-account", paramLabel = "SUB", description = "The sub-account for --round-trip "
            + "(default: the first enabled one).")
    String subAccount;
    @Option(names = "--json", description = "Print the outcome as JSON (docs/cli.md, \"JSON output\").")
    boolean json;
    @Mixin
    Confirmation confirm = new Confirmation();

    ConnectionTestCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (!roundTrip && (subAccount != null || confirm.yes)) {
            throw CliFailure.usage((subAccount != null ? "--sub-account" : "--yes") + " goes with --round-trip");
        }
        if (roundTrip) {
            confirm.possible(env, "a round trip (it creates and deletes a key)");
        }
    }

    /**
     * The consent is asked before the unlock, so a slow answer cannot outlast the re-authentication grace that the
     * create needs (VaultSession.REAUTH_GRACE).
     */
    @Override
    void gather() throws CliFailure {
        if (roundTrip) {
            confirm.ask(env, "Create a read-only key with a throwaway label on a sub-account of "
                    + (connection == null ? "the connection" : connection) + ", verify it and delete it?");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        Connection c = Names.connection(u.context(), connection);
        String name = Names.shortName(c);
        ConnectionCheck check = u.context().connections().test(c);
        if (!roundTrip || !check.isReady()) {
            print(name, check, null);
            return check.isReady() ? ExitCode.OK : ExitCode.EXCHANGE_REFUSED;
        }
        u.settleUnfinishedWork(env);
        RoundTrip trip = u.context().roundTrip();
        String sub;
        try {
            sub = trip.subAccount(c, subAccount);
        } catch (UserFacingException e) {
            throw e.getCause() == null ? CliFailure.notFound(e.getMessage()) : e;
        }
        String label = trip.newLabel();
        if (!json) {
            env.out().println(name + ": " + check.summary());
            env.out().println("Round trip with the throwaway key " + label + " on sub-account " + sub + ":");
            env.out().flush();
        }
        RoundTrip.Report report = trip.run(c, sub, label);
        print(name, check, report);
        if (report.leftBehind()) {
            throw new CliFailure(ExitCode.EXCHANGE_REFUSED, "the test key " + label + " may still be on the exchange; "
                    + report.steps().get(report.steps().size() - 1).detail());
        }
        return report.ok() ? ExitCode.OK : ExitCode.EXCHANGE_REFUSED;
    }

    private void print(String name, ConnectionCheck check, RoundTrip.Report report) throws Exception {
        if (json) {
            try (JsonOut j = new JsonOut(env.out())) {
                j.startObject().field("connection", name).field("ready", check.isReady())
                        .field("label", check.label()).field("uid", check.uid())
                        .field("perm", check.permissions().toWire()).field("ip", check.ips().toWire());
                j.startArray("problems");
                for (String p : check.problems()) {
                    j.generator().writeString(p);
                }
                j.endArray();
                if (report != null) {
                    j.generator().writeObjectFieldStart("roundTrip");
                    j.field("label", report.label()).field("subAcct", report.subAccount())
                            .field("ok", report.ok()).field("leftBehind", report.leftBehind());
                    j.startArray("steps");
                    for (RoundTrip.Step s : report.steps()) {
                        j.startObject().field("step", s.name()).field("ok", s.ok()).field("detail", s.detail())
                                .endObject();
                    }
                    j.endArray().endObject();
                }
                j.endObject();
            }
            return;
        }
        if (report == null) {
            env.out().println(name + ": " + check.summary());
            check.problems().forEach(p -> env.out().println("Problem: " + p));
            env.out().println(check.isReady() ? "Ready: Keysmith can create and revoke keys with it."
                    + (roundTrip ? "" : " (--round-trip proves it with a throwaway key.)")
                    : "Not ready: fix the problems above on the OKX website." + (roundTrip
                    ? " The round trip was not tried." : ""));
            return;
        }
        for (RoundTrip.Step s : report.steps()) {
            env.out().println("  " + s.name() + ": " + (s.ok() ? "ok" : "FAILED") + " - " + s.detail() + ".");
        }
        env.out().println(report.ok() ? "Round trip done: the connection works end to end."
                : report.leftBehind() ? "Round trip failed, and the test key may be left behind (see cleanup)."
                : "Round trip failed (see above); no test key was left behind.");
    }
}
