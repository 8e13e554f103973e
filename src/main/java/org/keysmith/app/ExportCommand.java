package org.keysmith.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;

/**
 * {@code keysmith export --key NAME --format freqtrade|hummingbot|ccxt|python-okx|env [--out FILE] [--prefix P]
 * [--force] [--vault PATH] [--password-stdin]}: a key in a bot's configuration format. Plaintext by nature: asks
 * for the master password, writes files owner-only, warns on standard error when printing to standard output.
 * Exit codes as for {@code vault}: 0 ok, 1 other error, 2 wrong password, 3 damaged vault.
 */
final class ExportCommand implements CliCommand {
    private static final List<String> VALUED = List.of("--vault", "--key", "--format", "--out", "--prefix");
    private static final List<String> FLAGS = List.of("--password-stdin", "--force");
    private final Function<Optional<String>, AppContext> contexts;

    ExportCommand(Function<Optional<String>, AppContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "--key NAME --format freqtrade|hummingbot|ccxt|python-okx|env [--out FILE [--force]] [--prefix P] "
                + "[--vault PATH] [--password-stdin]";
    }

    @Override
    public int run(String[] args, CliIo io) {
        CliArgs a;
        ExportFormat format;
        String key;
        try {
            a = CliArgs.parse(args, VALUED, FLAGS);
            key = a.value("--key").orElseThrow(() -> new IllegalArgumentException("say which key: --key NAME"));
            format = ExportFormat.byCliName(a.value("--format").orElse("")).orElseThrow(() ->
                    new IllegalArgumentException("say which format: --format freqtrade, hummingbot, ccxt, python-okx "
                            + "or env"));
            if (a.value("--prefix").isPresent() && format != ExportFormat.ENV) {
                throw new IllegalArgumentException("--prefix is for --format env only");
            }
        } catch (IllegalArgumentException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
        try (AppContext context = contexts.apply(a.value("--vault"))) {
            return export(context, a, key, format, io);
        } catch (IOException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
    }

    private int export(AppContext context, CliArgs a, String key, ExportFormat format, CliIo io) throws IOException {
        char[] master = new PasswordInput(io, a.flag("--password-stdin")).read("Master password: ");
        try {
            context.session().unlock(master.clone());
            ApiKeyEntry entry = pick(context.keys().entries(), key);
            ExportService exports = new ExportService(context.keys(), context.connections(), context.session());
            Optional<String> out = a.value("--out");
            if (out.isPresent()) {
                boolean ownerOnly = exports.toFile(entry.id(), format, a.value("--prefix").orElse(null), master,
                        Path.of(out.get()), a.flag("--force"));
                io.out().println("Exported \"" + entry.name() + "\" as " + format.cliName() + " to " + out.get()
                        + (ownerOnly ? " (owner-only)" : "") + ". It holds the secret in plain text: keep it private, "
                        + "delete it when done.");
                if (!ownerOnly) {
                    io.err().println("keysmith export: warning: this file system cannot make the file private, so "
                            + "other users of this computer may be able to read it.");
                }
            } else {
                char[] text = exports.render(entry.id(), format, a.value("--prefix").orElse(null), master,
                        ExportService.STANDARD_OUTPUT);
                io.err().println("keysmith export: the output holds the secret in plain text.");
                io.out().print(text);
                io.out().flush();
                Arrays.fill(text, '\0');
            }
            context.session().save();
            return Cli.OK;
        } catch (UserFacingException e) {
            return fail(io, e.getMessage(), VaultCommand.exitCode(e));
        } finally {
            Arrays.fill(master, '\0');
        }
    }

    /** The key named (or with the id) {@code key} that still has its secret; a clear error when none or several. */
    private static ApiKeyEntry pick(List<ApiKeyEntry> entries, String key) throws UserFacingException {
        List<ApiKeyEntry> found = entries.stream().filter(e -> e.hasSecret()
                && (e.name().equals(key) || e.id().equals(key))).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new UserFacingException("no key named \"" + key + "\" with a secret in the vault. Keys: "
                    + entries.stream().filter(ApiKeyEntry::hasSecret).map(ApiKeyEntry::name).sorted()
                    .reduce((x, y) -> x + ", " + y).orElse("none"));
        }
        throw new UserFacingException("several keys are named \"" + key + "\"; give the id instead: "
                + found.stream().map(e -> e.id() + " (" + e.subAccount() + ")").reduce((x, y) -> x + ", " + y)
                .orElse(""));
    }

    private static int fail(CliIo io, String message, int code) {
        io.err().println("keysmith export: " + message);
        return code;
    }
}
