package org.keysmith.app.cli;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keysmith.domain.Connection;
import org.keysmith.domain.DraftCheck;
import org.keysmith.domain.KeyDraft;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.domain.Validated;
import org.keysmith.service.CreateResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keysmith key create}: the create wizard's fields as options, checked by the same rules (KeyDraft) with the
 * same messages, created through the same service (KeyService.create: a PENDING entry first, reconciled if the
 * answer is lost). The new secret is shown once (see {@link SecretOutput}).
 */
@Command(name = "create", header = "Create a sub-account API key on the exchange and keep it in the vault.",
        description = {"Checks every option first, as the app's create wizard does; a refused create changes nothing "
                + "in the vault.",
                "The key's passphrase is generated unless --passphrase-stdin reads it (the line after the master "
                        + "password when that comes from standard input too)."})
final class KeyCreateCommand extends UnlockingCommand {
    @Option(names = "--connection", paramLabel = "NAME", description = "The connection (may be left out when the "
            + "vault has only one; 'sandbox' is the built-in test exchange).")
    String connection;
    @ArgGroup(exclusive = true, multiplicity = "1")
    SubAccountChoice where;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The key's name (its OKX label): "
            + "1-10 letters and digits.")
    String name;
    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "A note kept in the "
            + "vault only.")
    String description;
    @Option(names = "--type", paramLabel = "TYPE", converter = KeyTypeConverter.class,
            completionCandidates = KeyTypeConverter.Names.class, defaultValue = "api_trading",
            description = "${COMPLETION-CANDIDATES} (default: api_trading, for your own bots). A third_party_app "
                    + "key must be bound (--ip) to the app's server addresses.")
    KeyType type;
    @Option(names = "--perm", paramLabel = "PERM", split = ",", defaultValue = "read", description = "read (the "
            + "default) or trade (read and trade). Sub-account keys cannot withdraw.")
    List<String> perms;
    @Option(names = "--ip", paramLabel = "IP", split = ",", description = "An IP address or CIDR block the key is "
            + "bound to (repeatable, up to 20).")
    List<String> ips = new ArrayList<>();
    @Option(names = "--my-ip", description = "Also bind the key to this computer's public IP address.")
    boolean myIp;
    @Option(names = "--passphrase-stdin", description = "Read the key's passphrase from standard input instead of "
            + "generating one.")
    boolean passphraseStdin;
    @Mixin
    SecretOutput output = new SecretOutput();
    private Secret passphrase;

    static final class SubAccountChoice {
        @Option(names = "--sub-account", required = true, paramLabel = "SUB", description = "An existing "
                + "sub-account.")
        String existing;
        @Option(names = "--new-sub-account", required = true, paramLabel = "SUB", description = "Create this "
                + "sub-account first (6-20 letters and digits).")
        String created;

        String name() {
            return existing != null ? existing : created;
        }
    }

    KeyCreateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        output.validate();
        if (passphraseStdin && password.passwordFile == null && !password.passwordStdin
                && env.env().get("CREDENTIALS_DIRECTORY") == null) {
            throw CliFailure.usage("--passphrase-stdin needs the master password from --password-stdin (the line "
                    + "before) or --password-file, so the two are not mixed up");
        }
        try (Secret probe = new PassphraseGenerator(new SecureRandom()).generate()) {
            check(probe, myIp ? List.of("127.0.0.1") : List.of());
        }
    }

    @Override
    void gather() throws Exception {
        passphrase = passphraseStdin ? Secret.wrap(StdinLines.line(env.in(), "the key's passphrase"))
                : new PassphraseGenerator(new SecureRandom()).generate();
        check(passphrase, myIp ? List.of("127.0.0.1") : List.of());
    }

    @Override
    void forget() {
        if (passphrase != null) {
            passphrase.destroy();
        }
    }

    /** The wizard's checks; every problem at once, each naming its option. */
    private DraftCheck check(Secret pass, List<String> extraIps) throws CliFailure {
        Validated<Permissions> p = Permissions.fromWire(String.join(",", perms));
        if (!p.isValid()) {
            throw CliFailure.usage("--perm: " + p.error().orElse("") + " Use read or trade.");
        }
        List<String> all = new ArrayList<>(ips);
        all.addAll(extraIps);
        DraftCheck c = new KeyDraft(name, description, type, where.name(), p.get(),
                String.join(",", all), pass).check();
        if (!c.isValid()) {
            throw CliFailure.usage(c.errors().entrySet().stream().map(KeyCreateCommand::describe)
                    .collect(Collectors.joining("; ")));
        }
        return c;
    }

    private static String describe(Map.Entry<KeyDraft.Field, String> error) {
        String option = switch (error.getKey()) {
            case NAME -> "--name";
            case DESCRIPTION -> "--description";
            case TYPE -> "--type";
            case SUB_ACCOUNT -> "--sub-account";
            case PERMISSIONS -> "--perm";
            case IPS -> "--ip";
            case PASSPHRASE -> "--passphrase-stdin";
        };
        return option + ": " + error.getValue();
    }

    @Override
    int run(Unlocked u) throws Exception {
        Connection c = Names.connection(u.context(), connection);
        subAccount(u, c);
        List<String> extra = new ArrayList<>();
        if (myIp) {
            extra.add(u.context().publicIp().currentIp(c));
        }
        KeyRequest request = check(passphrase, extra).request();
        CreateResult result = u.context().keys().create(c, request);
        if (result instanceof CreateResult.SecretLost lost) {
            throw new CliFailure(ExitCode.EXCHANGE_REFUSED, lost.explanation());
        }
        CreateResult.Created made = (CreateResult.Created) result;
        try {
            output.reveal(env, made.entry(), Names.shortName(c), made.secretKey(), made.passphrase(),
                    "Created \"" + made.entry().name() + "\" on " + Names.shortName(c) + " (sub-account "
                            + made.entry().subAccount() + ", " + made.entry().permissions().display() + ").");
        } finally {
            made.destroyRevealedSecrets();
        }
        if (made.notSaved()) {
            throw new CliFailure(ExitCode.ERROR, "the key was created but could not be saved to the vault ("
                    + made.saveProblem() + "). Keep the secret shown now: it is the only copy");
        }
        return ExitCode.OK;
    }

    /** The sub-account must exist (exit 5 naming those that do), or be created first with --new-sub-account. */
    private void subAccount(Unlocked u, Connection c) throws Exception {
        List<SubAccount> subs = u.context().keys().subAccounts(c);
        boolean exists = subs.stream().anyMatch(s -> s.name().equals(where.name()));
        if (where.existing != null && !exists) {
            throw CliFailure.notFound("there is no sub-account \"" + where.existing + "\" on " + Names.shortName(c)
                    + ". Sub-accounts: " + (subs.isEmpty() ? "none" : subs.stream().map(SubAccount::name)
                    .collect(Collectors.joining(", "))) + " (or create one with --new-sub-account NAME)");
        }
        if (where.created != null && !exists) {
            u.context().keys().createSubAccount(c, SubAccountName.parse(where.created).get(), where.created);
            env.err().println("keysmith: created the sub-account " + where.created + " on " + Names.shortName(c) + ".");
        }
    }
}
