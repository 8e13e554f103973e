package org.keysmith.app.cli;

import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExistingKey;
import org.keysmith.service.ExistingKeyCheck;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.VerifyFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keysmith key add --site global|eea|us|sandbox [--demo] --name NAME [--no-verify]}: keeps a key made on the
 * OKX website, verified with OKX first. Its API key, secret key and passphrase are asked on the terminal (the
 * secrets without echo) or read, one per line, from standard input with {@code --secrets-stdin}.
 */
@Command(name = "add", header = "Keep a key made on the OKX website (checked with OKX first).",
        description = "The API key, secret key and passphrase are asked on the terminal, or read one per line from "
                + "standard input with --secrets-stdin (after the master password when --password-stdin is given).")
final class KeyAddCommand extends UnlockingCommand {
    @Option(names = "--site", required = true, paramLabel = "SITE", converter = PlaceConverter.class,
            completionCandidates = PlaceConverter.Names.class,
            description = "Where the key was made: ${COMPLETION-CANDIDATES}.")
    KeyPlace place;
    @Option(names = "--demo", description = "A demo-trading key.")
    boolean demo;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name for the key in Keysmith.")
    String name;
    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "A note kept in the vault.")
    String description;
    @Mixin
    SecretsInput secrets = new SecretsInput();
    @Option(names = "--no-verify", description = "Save without asking OKX (marked not verified).")
    boolean noVerify;
    private ExistingKey typed;

    KeyAddCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        secrets.possible(env, "the key");
    }

    @Override
    void gather() throws Exception {
        ApiCredentials k = secrets.read(env, "API key: ");
        typed = new ExistingKey(name, description, demo ? Environment.DEMO : Environment.LIVE, k.apiKey(),
                k.secretKey(), k.passphrase());
    }

    @Override
    void forget() {
        if (typed != null) {
            typed.destroy();
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        ExistingKeyCheck check = null;
        try {
            if (!noVerify) {
                check = u.context().keys().checkExisting(place, typed);
                env.out().println(check.summary());
                check.warnings().forEach(w -> env.out().println("Warning: " + w));
            }
        } catch (VerifyFailure f) {
            throw new CliFailure(ExitCode.EXCHANGE_REFUSED, f.getMessage() + (f.canSaveUnverified()
                    ? " (Run again with --no-verify to save it unverified.)" : "") + " Nothing was saved.");
        }
        ApiKeyEntry saved = u.context().keys().addExisting(place, typed, check, "--no-verify was given");
        env.out().println("Saved \"" + saved.name() + "\" (" + saved.status().label() + ") in "
                + u.context().session().file() + ".");
        return ExitCode.OK;
    }
}
