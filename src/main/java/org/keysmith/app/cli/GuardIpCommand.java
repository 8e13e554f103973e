package org.keysmith.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.GuardianState.IpRebind;
import org.keysmith.service.guardian.ip.IpChange;
import org.keysmith.service.guardian.ip.IpGuardian;
import org.keysmith.service.guardian.ip.IpRound;
import org.keysmith.service.guardian.ip.RebindReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keysmith guard ip [--overlap 24h] [--yes | --dismiss] [--json]}: one round of the IP guardian. Takes off
 * the old addresses whose overlap is over, and when this computer's public address changed, offers to add the new
 * one to the keys bound to the old one (kept for the overlap, then taken off by a later round or the window).
 */
@Command(name = "ip", header = "Re-bind keys when this computer's public IP address changed.",
        description = {"Asks where the exchange sees this computer (OKX: a public IP service; the Sandbox: "
                + "127.0.0.1) and compares it with the address the vault remembers. Keys bound to the old address "
                + "get the new one added; the old one stays for --overlap, then a later 'keysmith guard ip' (or "
                + "the window) takes it off. A key is never left without an IP binding.",
                "Exit codes: 0 done or nothing to do, 4 OKX refused a change (the output says why)."})
final class GuardIpCommand extends UnlockingCommand {
    @Option(names = "--overlap", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long the old address stays on the keys (30m, 24h, 7d; 0s: until the next check). "
                    + "Default: 24h.")
    Duration overlap = Duration.ofHours(24);
    @Option(names = "--dismiss", description = "Remember the new address and leave the keys as they are.")
    boolean dismiss;
    @Option(names = "--json", description = "Print what happened as one JSON object (docs/cli.md).")
    boolean json;
    @Mixin
    Confirmation confirm = new Confirmation();

    private record Done(IpChange change, RebindReport report) {
    }

    GuardIpCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (dismiss && confirm.yes) {
            throw CliFailure.usage("--dismiss leaves the keys alone and --yes re-binds them: choose one");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        IpGuardian guardian = u.context().ipGuardian();
        IpRound round = guardian.round();
        PrintStream text = json ? env.err() : env.out();
        round.removed().forEach(l -> text.println("removed: " + l));
        round.problems().forEach(l -> text.println("note: " + l));
        List<Done> done = new ArrayList<>();
        int code = ExitCode.OK;
        for (IpChange change : round.changes()) {
            text.println(change.describe());
            if (dismiss) {
                guardian.dismiss(change);
                text.println("Remembered " + change.newIp() + "; the keys stay as they are.");
                done.add(new Done(change, null));
                continue;
            }
            confirm.ask(env, "Add " + change.newIp() + " to these " + change.affected().size() + " key(s) and take "
                    + change.oldIp() + " off after " + human(overlap) + "?");
            RebindReport r = guardian.rebind(change, overlap);
            r.rebound().forEach(n -> text.println("re-bound: " + n + " (" + change.oldIp() + " comes off at "
                    + r.removeAfter() + ")"));
            r.failed().forEach(f -> text.println("failed: " + f));
            if (!r.failed().isEmpty()) {
                code = ExitCode.EXCHANGE_REFUSED;
            }
            done.add(new Done(change, r));
        }
        List<IpRebind> pending = guardian.pending();
        if (round.changes().isEmpty() && round.removed().isEmpty()) {
            text.println("This computer's IP address has not changed since the last check.");
        }
        for (IpRebind p : pending) {
            text.println("pending: " + p.oldIp() + " comes off " + name(u, p.keyId()) + " at " + p.removeAfter());
        }
        if (json) {
            json(u, round, done, pending);
        }
        return code;
    }

    /** 24h, 7d, 90m, 0s: as the option is written. */
    static String human(Duration d) {
        long s = d.getSeconds();
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    private static String name(Unlocked u, String keyId) {
        try {
            return u.context().keys().entry(keyId).name();
        } catch (Exception gone) {
            return keyId;
        }
    }

    private void json(Unlocked u, IpRound round, List<Done> done, List<IpRebind> pending) throws Exception {
        try (JsonOut j = new JsonOut(env.out())) {
            j.startObject();
            strings(j, "removed", round.removed());
            strings(j, "problems", round.problems());
            j.startArray("changes");
            for (Done d : done) {
                j.startObject().field("connection", d.change().connectionName()).field("oldIp", d.change().oldIp())
                        .field("newIp", d.change().newIp()).field("dismissed", d.report() == null);
                strings(j, "keys", d.change().affected().stream().map(ApiKeyEntry::name).toList());
                if (d.report() != null) {
                    strings(j, "rebound", d.report().rebound());
                    strings(j, "failed", d.report().failed());
                    j.field("removeAfter", d.report().removeAfter());
                }
                j.endObject();
            }
            j.endArray();
            j.startArray("pending");
            for (IpRebind p : pending) {
                j.startObject().field("key", name(u, p.keyId())).field("oldIp", p.oldIp()).field("newIp", p.newIp())
                        .field("removeAfter", p.removeAfter()).endObject();
            }
            j.endArray();
            j.endObject();
        }
    }

    private static void strings(JsonOut j, String field, List<String> values) throws Exception {
        j.startArray(field);
        for (String v : values) {
            j.value(v);
        }
        j.endArray();
    }
}
