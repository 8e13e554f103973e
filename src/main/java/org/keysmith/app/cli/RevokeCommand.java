package org.keysmith.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.RevokePlan;
import org.keysmith.service.guardian.PanicRevoke;
import org.keysmith.service.guardian.RevokeProgress;
import org.keysmith.service.guardian.RevokePreview;
import org.keysmith.service.guardian.RevokeReport;
import org.keysmith.service.guardian.RevokeScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keysmith revoke --all | --connection C | --sub-account S | --deployment D | --key K… | --resume}: the
 * panic revoke. Shows the plan (with the deployments each key serves: the bots that stop), asks, then deletes
 * every selected live key at OKX's pace (one per second), going on past failures, with a line per key on standard
 * error and the report at the end (text, or JSON with {@code --json}).
 */
@Command(name = "revoke", header = "Panic revoke: delete every selected live key on the exchange in one go.",
        description = {"For a suspected leak. Shows what will be revoked first and asks (--yes skips the question). "
                + "Goes on past failures; an interrupted run (crash, lock, network) is kept in the vault and "
                + "--resume finishes it without sending any key twice.",
                "Main-account keys are listed with the steps to delete them on the OKX website.",
                "--freeze-transfers also stops each affected sub-account from transferring funds out "
                        + "(OKX's set-transfer-out), before the keys are deleted; undo it on the OKX website.",
                "Exit codes: 0 every key revoked or gone (and every freeze done), 4 a delete or a freeze was "
                        + "refused (the report says why), 5 nothing matched, 1 interrupted."})
final class RevokeCommand extends UnlockingCommand {
    @Option(names = "--all", description = "Every live key in the vault.")
    boolean all;
    @Option(names = "--connection", paramLabel = "NAME", description = "Every key of this connection (repeatable).")
    List<String> connections = new ArrayList<>();
    @Option(names = "--sub-account", paramLabel = "NAME", description = "Every key of this sub-account (repeatable).")
    List<String> subAccounts = new ArrayList<>();
    @Option(names = "--deployment", paramLabel = "NAME", description = "Every key recorded with this deployment "
            + "(keysmith key show lists them; repeatable).")
    List<String> deploymentNames = new ArrayList<>();
    @Option(names = "--key", paramLabel = "NAME", description = "This key, by name or id (repeatable).")
    List<String> keys = new ArrayList<>();
    @Option(names = "--resume", description = "Finish the panic revoke that was interrupted.")
    boolean resume;
    @Option(names = "--freeze-transfers", description = "Also freeze transfers out of every affected sub-account.")
    boolean freezeTransfers;
    @Option(names = "--dry-run", description = "Only show what would be revoked.")
    boolean dryRun;
    @Option(names = "--json", description = "Print the report as one JSON object (docs/cli.md).")
    boolean json;
    @Mixin
    Confirmation confirm = new Confirmation();

    RevokeCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        boolean scoped = all || !connections.isEmpty() || !subAccounts.isEmpty() || !keys.isEmpty()
                || !deploymentNames.isEmpty();
        if (resume == scoped) {
            throw CliFailure.usage(resume ? "--resume takes no --all, --connection, --sub-account, --deployment or "
                    + "--key" : "say what to revoke: --all, --connection NAME, --sub-account NAME, --deployment NAME, "
                    + "--key NAME, or --resume");
        }
        if (resume && freezeTransfers) {
            throw CliFailure.usage("--resume goes on with the choice the panic revoke was started with; "
                    + "--freeze-transfers belongs to a new one");
        }
        if (!dryRun) {
            confirm.possible(env, "a panic revoke");
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        PanicRevoke panic = u.context().panicRevoke();
        Optional<RevokePlan> unfinished = panic.interrupted();
        RevokeReport report;
        if (resume) {
            RevokePlan plan = unfinished.orElseThrow(() -> CliFailure.notFound(
                    "no interrupted panic revoke in this vault; nothing to resume"));
            if (dryRun) {
                env.out().println("The panic revoke of " + plan.scope() + " has " + plan.remaining() + " key(s) left"
                        + (plan.freezesRemaining() == 0 ? "" : " and " + plan.freezesRemaining()
                        + " sub-account(s) to freeze") + ".");
                return ExitCode.OK;
            }
            confirm.ask(env, "Resume the panic revoke of " + plan.scope() + " (" + plan.remaining()
                    + " key(s) left)?");
            report = panic.resume(plan.id(), progress());
        } else {
            unfinished.ifPresent(p -> env.err().println("keysmith: an earlier panic revoke did not finish ("
                    + p.remaining() + " key(s) left); 'keysmith revoke --resume' goes on with it."));
            RevokeScope scope = scope(u);
            RevokePreview preview = panic.preview(scope);
            if (preview.isEmpty()) {
                throw CliFailure.notFound("no live key matches " + scope.describe());
            }
            printPlan(preview, freezeTransfers, stops(u, preview), json || dryRun ? (dryRun ? env.out() : env.err())
                    : env.out());
            if (dryRun) {
                return ExitCode.OK;
            }
            int n = preview.toRevoke().size() + preview.notYetNamed().size();
            if (n > 0) {
                confirm.ask(env, "Revoke these " + n + " key(s) now" + (freezeTransfers && !preview.freezable()
                        .isEmpty() ? " and freeze transfers out of " + preview.freezable().size() + " sub-account(s)"
                        : "") + "? Every bot using them stops at once.");
            }
            report = panic.start(scope, freezeTransfers, progress());
        }
        if (json) {
            json(report);
        } else {
            print(report);
        }
        if (!report.interrupted().isEmpty()) {
            return ExitCode.ERROR;
        }
        return report.complete() ? ExitCode.OK : ExitCode.EXCHANGE_REFUSED;
    }

    private RevokeScope scope(Unlocked u) throws Exception {
        Set<String> connIds = new HashSet<>();
        for (String c : connections) {
            connIds.add(Names.connectionId(u.context(), c));
        }
        Set<String> keyIds = new HashSet<>();
        for (String k : keys) {
            keyIds.add(Names.key(u.context(), k, null).id());
        }
        for (String d : deploymentNames) {
            List<String> ids = u.context().deployments().keyIdsNamed(d);
            if (ids.isEmpty()) {
                throw CliFailure.notFound("no key has a deployment named '" + d + "' (keysmith key show KEY lists "
                        + "a key's deployments)");
            }
            keyIds.addAll(ids);
        }
        return new RevokeScope(all, connIds, Set.copyOf(subAccounts), keyIds);
    }

    private RevokeProgress progress() {
        return new RevokeProgress() {
            @Override
            public void step(int done, int total, String name, RevokePlan.Outcome outcome) {
                env.err().println("[" + done + "/" + total + "] " + name + ": " + switch (outcome.kind()) {
                    case REVOKED -> "revoked";
                    case ALREADY_GONE -> "already gone";
                    case FAILED -> "FAILED: " + outcome.detail();
                    case FROZEN -> outcome.detail();
                });
            }

            @Override
            public void frozen(String where, RevokePlan.Outcome outcome) {
                env.err().println("[freeze] " + where + ": " + (outcome.kind() == RevokePlan.Kind.FROZEN
                        ? "transfers out frozen" : "FAILED: " + outcome.detail()));
            }
        };
    }

    /** For each key of the plan, the names of its recorded deployments: the bots that stop when it is revoked. */
    private static Map<String, List<String>> stops(Unlocked u, RevokePreview p) throws Exception {
        Map<String, List<String>> stops = new HashMap<>();
        for (ApiKeyEntry e : p.toRevoke()) {
            List<String> names = u.context().deployments().of(e.id()).stream().map(Deployment::name).toList();
            if (!names.isEmpty()) {
                stops.put(e.id(), names);
            }
        }
        return stops;
    }

    private static void printPlan(RevokePreview p, boolean freeze, Map<String, List<String>> stops,
                                  PrintStream out) {
        out.println("Panic revoke of " + p.scope() + ":");
        if (freeze) {
            for (RevokePreview.FreezeTarget t : p.freezable()) {
                out.println("  freeze  transfers out of " + t.where() + " (first; undo on the OKX website)");
            }
        }
        for (ApiKeyEntry e : p.toRevoke()) {
            out.println("  revoke  " + e.name() + " (" + e.apiKey() + ", " + account(e) + ")"
                    + (stops.containsKey(e.id()) ? "; stops " + String.join(", ", stops.get(e.id())) : ""));
        }
        for (ApiKeyEntry e : p.notYetNamed()) {
            out.println("  settle  " + e.name() + " (still being created: OKX is asked first, then it is revoked)");
        }
        for (ApiKeyEntry e : p.websiteOnly()) {
            out.println("  website " + e.name() + " (" + e.apiKey() + ", main account: only the OKX website can "
                    + "delete it)");
        }
    }

    private static String account(ApiKeyEntry e) {
        return e.subAccount() == null ? "main account" : "sub-account " + e.subAccount();
    }

    private void print(RevokeReport r) {
        PrintStream out = env.out();
        out.println(r.revoked().size() + " revoked, " + r.alreadyGone().size() + " already gone, " + r.failed().size()
                + " failed, " + r.websiteOnly().size() + " for the website." + (r.frozen().isEmpty()
                && r.freezeFailed().isEmpty() ? "" : " Transfers out frozen on " + r.frozen().size()
                + " sub-account(s), " + r.freezeFailed().size() + " freeze(s) failed."));
        r.freezeFailed().forEach(l -> out.println("  freeze failed: " + l.where() + ": " + l.detail()));
        r.failed().forEach(l -> out.println("  failed: " + l.name() + " (" + l.where() + "): " + l.detail()));
        r.websiteOnly().forEach(l -> out.println("  website: " + l.name() + " (" + l.where() + "): " + l.detail()));
        if (!r.interrupted().isEmpty()) {
            out.println(r.interrupted() + " ('keysmith revoke --resume')");
        } else if (!r.failed().isEmpty()) {
            out.println("The failed keys are still live: fix the cause and run the revoke again.");
        } else if (!r.freezeFailed().isEmpty()) {
            out.println("Transfers out of those sub-accounts are not frozen: freeze them on the OKX website.");
        }
    }

    private void json(RevokeReport r) throws Exception {
        try (JsonOut j = new JsonOut(env.out())) {
            j.startObject().field("plan", r.planId()).field("complete", r.complete())
                    .field("interrupted", r.interrupted().isEmpty() ? null : r.interrupted());
            lines(j, "revoked", r.revoked());
            lines(j, "alreadyGone", r.alreadyGone());
            lines(j, "failed", r.failed());
            lines(j, "websiteOnly", r.websiteOnly());
            lines(j, "frozen", r.frozen());
            lines(j, "freezeFailed", r.freezeFailed());
            j.endObject();
        }
    }

    private static void lines(JsonOut j, String field, List<RevokeReport.Line> lines) throws Exception {
        j.startArray(field);
        for (RevokeReport.Line l : lines) {
            j.startObject().field("name", l.name()).field("where", l.where()).field("detail", l.detail()).endObject();
        }
        j.endArray();
    }
}
