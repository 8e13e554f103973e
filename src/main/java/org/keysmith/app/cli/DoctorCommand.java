package org.keysmith.app.cli;

import java.util.Locale;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.guardian.doctor.DoctorCheck;
import org.keysmith.service.guardian.doctor.DoctorReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith doctor KEY [--json]} and {@code keysmith doctor --api-key K --site S [--demo]}: checks one key
 * and names the exact fault (docs/guardian.md). A pasted key's secret key and passphrase are asked without echo, or
 * read from standard input with {@code --secrets-stdin}; never from an argument. Never prints a secret.
 */
@Command(name = "doctor", header = "Check one key and name what is wrong with it.",
        description = {"Checks in one run: this computer's clock against OKX's, the site (on 50119 the other OKX "
                + "sites are asked, read-only), Live or Demo, the passphrase and secret key, the IP allowlist "
                + "against this computer's public address, the permissions (Withdraw is a fault), main or "
                + "sub-account, and the idle-expiry risk. Only reads; changes nothing.",
                "A key of the vault by name, or a pasted one: --api-key K --site SITE [--demo], with the secret key "
                        + "and passphrase asked on the terminal or read from standard input (--secrets-stdin).",
                "Exit codes: 0 no fault (warnings may be shown), 7 a fault (the report names it), 4 the exchange "
                        + "could not be reached, 5 no such key."})
final class DoctorCommand extends UnlockingCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;
    @Option(names = "--connection", paramLabel = "NAME", description = "The key's connection, when several keys "
            + "share the name.")
    String connection;
    @Option(names = "--site", paramLabel = "SITE", converter = PlaceConverter.class,
            completionCandidates = PlaceConverter.Names.class,
            description = "With --api-key: where the key is said to be made (${COMPLETION-CANDIDATES}; default "
                    + "global).")
    KeyPlace place;
    @Option(names = "--demo", description = "With --api-key: the key is said to be a demo-trading key.")
    boolean demo;
    @Mixin
    SecretsInput secrets = new SecretsInput();
    @Option(names = "--json", description = "Print the report as one JSON object (docs/cli.md).")
    boolean json;
    private ApiCredentials pasted;

    static final class Which {
        @Parameters(paramLabel = "KEY", description = "A key of the vault, by name or id.")
        String key;
        @Option(names = "--api-key", paramLabel = "KEY", description = "A key that is not in the vault (its API "
                + "key, which is public; the secrets are asked).")
        String apiKey;
    }

    DoctorCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (which.apiKey == null && (place != null || demo)) {
            throw CliFailure.usage("--site and --demo go with --api-key; a vault key knows its own site");
        }
        if (which.apiKey != null) {
            if (which.apiKey.isBlank()) {
                throw CliFailure.usage("--api-key needs the key's API key");
            }
            secrets.possible(env, "the secret key and passphrase");
        }
    }

    @Override
    void gather() throws Exception {
        if (which.apiKey != null) {
            pasted = secrets.readSecrets(env, which.apiKey);
        }
    }

    @Override
    void forget() {
        if (pasted != null) {
            pasted.destroy();
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        DoctorReport report;
        if (pasted != null) {
            report = u.context().doctor().examine(place == null ? KeyPlace.GLOBAL : place,
                    demo ? Environment.DEMO : Environment.LIVE, pasted);
        } else {
            report = u.context().doctor().examine(Names.key(u.context(), which.key, connection).id());
        }
        if (json) {
            json(report);
        } else {
            print(report);
        }
        if (!report.hasFault()) {
            return ExitCode.OK;
        }
        boolean unreachable = report.faults().stream().allMatch(f -> f.topic() == DoctorCheck.Topic.EXCHANGE);
        return unreachable ? ExitCode.EXCHANGE_REFUSED : ExitCode.KEY_FAULT;
    }

    private void print(DoctorReport r) {
        env.out().println("Doctor for " + r.subject() + ":");
        for (DoctorCheck c : r.checks()) {
            env.out().println(String.format("  %-7s %-13s %s", mark(c.verdict()), c.topic().label(), c.message()));
        }
        env.out().println(r.hasFault() ? r.faults().size() + " fault(s): fix them, then run the doctor again."
                : "No fault" + (r.workingSite().isEmpty() ? "." : ": the key works on " + r.workingSite() + "."));
    }

    private static String mark(DoctorCheck.Verdict v) {
        return switch (v) {
            case OK -> "ok";
            case WARNING -> "warning";
            case FAULT -> "FAULT";
        };
    }

    private void json(DoctorReport r) throws Exception {
        try (JsonOut j = new JsonOut(env.out())) {
            j.startObject().field("subject", r.subject()).field("fault", r.hasFault())
                    .field("workingSite", r.workingSite().isEmpty() ? null : r.workingSite());
            j.startArray("checks");
            for (DoctorCheck c : r.checks()) {
                j.startObject().field("topic", c.topic().label())
                        .field("verdict", c.verdict().name().toLowerCase(Locale.ROOT))
                        .field("message", c.message()).endObject();
            }
            j.endArray();
            j.endObject();
        }
    }
}
