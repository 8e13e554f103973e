package org.keysmith.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.Secret;
import org.keysmith.service.ExistingKeyCheck;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VerifyFailure;

/**
 * {@code keysmith key add --site global|eea|us|sandbox [--demo] --name NAME [--description TEXT] [--vault PATH]
 * [--password-stdin] [--secrets-stdin] [--no-verify]}: keeps a key made on the OKX website, verified with OKX
 * first unless {@code --no-verify}. Secrets come from the console without echo, or from standard input.
 */
final class KeyCommand implements CliCommand {
    /** OKX refused the key, or could not check it: nothing was saved. */
    static final int NOT_VERIFIED = 4;
    private static final List<String> VALUED = List.of("--vault", "--site", "--name", "--description");
    private static final List<String> FLAGS = List.of("--demo", "--password-stdin", "--secrets-stdin", "--no-verify");
    private final Function<Optional<String>, AppContext> contexts;

    KeyCommand(Function<Optional<String>, AppContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public String name() {
        return "key";
    }

    @Override
    public String summary() {
        return "add --site global|eea|us|sandbox [--demo] --name NAME [--no-verify] [--secrets-stdin]";
    }

    @Override
    public int run(String[] args, CliIo io) {
        CliArgs a;
        KeyPlace place;
        try {
            a = CliArgs.parse(args, VALUED, FLAGS);
            if (!a.command().filter("add"::equals).isPresent()) {
                throw new IllegalArgumentException("say what to do: key add (see keysmith --help)");
            }
            place = place(a.value("--site").orElseThrow(() -> new IllegalArgumentException(
                    "say where the key was made: --site global, eea, us or sandbox")));
        } catch (IllegalArgumentException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
        try (AppContext context = contexts.apply(a.value("--vault"))) {
            return add(context, a, place, io);
        } catch (IOException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
    }

    private int add(AppContext context, CliArgs a, KeyPlace place, CliIo io) throws IOException {
        PasswordInput secrets = new PasswordInput(io, a.flag("--secrets-stdin") || a.flag("--password-stdin"));
        char[] master = new PasswordInput(io, a.flag("--password-stdin")).read("Master password: ");
        try {
            context.session().unlock(master);
        } catch (UserFacingException e) {
            return fail(io, e.getMessage(), VaultCommand.exitCode(e));
        } finally {
            Arrays.fill(master, '\0');
        }
        ExistingKey key = readKey(a, secrets, io);
        try {
            return verifyAndSave(context, a, place, key, io);
        } finally {
            key.destroy();
        }
    }

    private ExistingKey readKey(CliArgs a, PasswordInput secrets, CliIo io) throws IOException {
        char[] apiKey = secrets.readVisible("API key: ");
        try {
            Environment env = a.flag("--demo") ? Environment.DEMO : Environment.LIVE;
            return new ExistingKey(a.value("--name").orElse(""), a.value("--description").orElse(""), env,
                    new String(apiKey).strip(), Secret.wrap(secrets.read("Secret key: ")),
                    Secret.wrap(secrets.read("Passphrase: ")));
        } finally {
            Arrays.fill(apiKey, '\0');
        }
    }

    private int verifyAndSave(AppContext context, CliArgs a, KeyPlace place, ExistingKey key, CliIo io) {
        try {
            ExistingKeyCheck check = null;
            if (!a.flag("--no-verify")) {
                check = context.keys().checkExisting(place, key);
                io.out().println(check.summary());
                check.warnings().forEach(w -> io.out().println("Warning: " + w));
            }
            ApiKeyEntry saved = context.keys().addExisting(place, key, check, "--no-verify was given");
            io.out().println("Saved \"" + saved.name() + "\" (" + saved.status().label() + ") in "
                    + context.session().file() + ".");
            return Cli.OK;
        } catch (VerifyFailure f) {
            return fail(io, f.getMessage() + (f.canSaveUnverified() ? " (Run again with --no-verify to save it "
                    + "unverified.)" : "") + " Nothing was saved.", NOT_VERIFIED);
        } catch (UserFacingException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
    }

    private static KeyPlace place(String name) {
        return Arrays.stream(KeyPlace.values()).filter(p -> p.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown site '" + name
                        + "': use global, eea, us or sandbox"));
    }

    private static int fail(CliIo io, String message, int code) {
        io.err().println("keysmith key: " + message);
        return code;
    }
}
