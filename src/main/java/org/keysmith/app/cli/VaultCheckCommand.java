package org.keysmith.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.vault.Vault;
import picocli.CommandLine.Command;

/**
 * {@code keysmith vault check}: opens the vault, checks that every key's secrets decrypted, and lists the backups
 * with their dates. A damaged vault ends with exit 3 and names its backups.
 */
@Command(name = "check", header = "Open the vault, check that every entry decrypts, list the backups.")
final class VaultCheckCommand extends UnlockingCommand {

    VaultCheckCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        Vault v = u.context().session().vault();
        int withSecret = 0;
        int broken = 0;
        for (ApiKeyEntry e : v.entries()) {
            if (e.hasSecret()) {
                withSecret++;
                if (e.secretKey().isEmpty() || e.passphrase() == null || e.passphrase().isEmpty()) {
                    broken++;
                    env.out().println("Key \"" + e.name() + "\" (" + e.id() + ") has an empty secret key or "
                            + "passphrase.");
                }
            }
        }
        Path file = u.context().session().file();
        env.out().println("The vault " + file + " opens with this password.");
        env.out().println(v.entries().size() + " keys (" + withSecret + " with their secrets decrypted), "
                + v.connections().size() + " connections, " + v.audit().size() + " audit events.");
        List<Path> backups = v.backups();
        if (backups.isEmpty()) {
            env.out().println("No backups yet (one is kept from the second save on).");
        }
        for (Path b : backups) {
            env.out().println("Backup " + b + " from " + modified(b) + ".");
        }
        if (broken > 0) {
            throw new CliFailure(ExitCode.DAMAGED_VAULT, broken + " keys have an empty secret; restore a backup "
                    + "(README, \"Backups\") or revoke and re-create them");
        }
        return ExitCode.OK;
    }

    private static String modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant().toString();
        } catch (IOException e) {
            return "an unknown time (" + e.getMessage() + ")";
        }
    }
}
