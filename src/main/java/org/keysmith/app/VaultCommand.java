package org.keysmith.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.AppPaths;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultException;
import org.keysmith.vault.VaultStore;

/**
 * {@code keysmith vault create|list|change-password [--vault PATH] [--password-stdin]}. Exit codes: 0 ok,
 * 1 other error, 2 wrong password, 3 damaged vault; each failure is one line on stderr.
 */
final class VaultCommand implements CliCommand {
    static final int WRONG_PASSWORD = 2;
    static final int DAMAGED = 3;
    private final VaultStore store;
    private final Function<Optional<String>, AppPaths> paths;

    VaultCommand(VaultStore store, Function<Optional<String>, AppPaths> paths) {
        this.store = store;
        this.paths = paths;
    }

    @Override
    public String name() {
        return "vault";
    }

    @Override
    public String summary() {
        return "create|list|change-password [--vault PATH] [--password-stdin]";
    }

    @Override
    public int run(String[] args, CliIo io) {
        CliArgs a;
        try {
            a = CliArgs.parse(args, java.util.List.of("--vault"), java.util.List.of("--password-stdin"));
        } catch (IllegalArgumentException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
        Path file = paths.apply(a.value("--vault")).vaultFile();
        PasswordInput input = new PasswordInput(io, a.flag("--password-stdin"));
        try {
            switch (a.command().orElse("")) {
                case "create":
                    return create(file, input, io);
                case "list":
                    return list(file, input, io);
                case "change-password":
                    return changePassword(file, input, io);
                default:
                    return fail(io, "say what to do: vault create, vault list or vault change-password", Cli.ERROR);
            }
        } catch (VaultException.WrongPassword e) {
            return fail(io, e.userMessage(), WRONG_PASSWORD);
        } catch (VaultException.Damaged | VaultException.TooNew e) {
            return fail(io, e.userMessage(), DAMAGED);
        } catch (VaultException e) {
            return fail(io, e.userMessage(), Cli.ERROR);
        } catch (IOException e) {
            return fail(io, e.getMessage(), Cli.ERROR);
        }
    }

    private int create(Path file, PasswordInput input, CliIo io) throws IOException, VaultException {
        char[] pw = input.readNew("New master password: ");
        try {
            store.create(file, pw).lock();
        } finally {
            Arrays.fill(pw, '\0');
        }
        io.out().println("Created the vault " + file + ". A forgotten master password cannot be recovered.");
        return Cli.OK;
    }

    private int list(Path file, PasswordInput input, CliIo io) throws IOException, VaultException {
        Vault v = unlock(file, input.read("Master password: "));
        try {
            io.out().printf("%-12s %-36s %-20s %-26s %s%n", "NAME", "ID", "SUB-ACCOUNT", "PERMISSIONS", "STATUS");
            for (ApiKeyEntry e : v.entries()) {
                io.out().printf("%-12s %-36s %-20s %-26s %s%n", e.name(), e.id(),
                        e.subAccount() == null ? "(main account)" : e.subAccount(), e.permissions().display(),
                        e.status().label());
            }
            io.out().println(v.entries().size() + " key(s).");
        } finally {
            v.lock();
        }
        return Cli.OK;
    }

    private int changePassword(Path file, PasswordInput input, CliIo io) throws IOException, VaultException {
        char[] old = input.read("Current master password: ");
        Vault v = unlock(file, old.clone());
        List<String> warnings;
        try {
            char[] neu = input.readNew("New master password: ");
            try {
                warnings = v.changePassword(old, neu);
            } finally {
                Arrays.fill(neu, '\0');
            }
        } finally {
            Arrays.fill(old, '\0');
            v.lock();
        }
        io.out().println("Changed the master password of " + file + ". Old backups were deleted.");
        warnings.forEach(w -> io.err().println("Warning: " + w));
        return Cli.OK;
    }

    private Vault unlock(Path file, char[] pw) throws VaultException {
        try {
            return store.unlock(file, pw);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /** The exit code for a service failure: 2 wrong master password, 3 damaged or too new vault, else 1. */
    static int exitCode(org.keysmith.service.UserFacingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof VaultException.WrongPassword) {
            return WRONG_PASSWORD;
        }
        return cause instanceof VaultException.Damaged || cause instanceof VaultException.TooNew ? DAMAGED : Cli.ERROR;
    }

    private static int fail(CliIo io, String message, int code) {
        io.err().println("keysmith vault: " + message);
        return code;
    }
}
