package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code keysmith vault change-password}: re-encrypts the vault under a new master password. */
@Command(name = "change-password", header = "Change the master password.",
        description = {"Asks for the current password, then the new one (twice) on the terminal. Unattended: the "
                + "current one with --password-stdin or --password-file, the new one with --new-password-stdin "
                + "(the next line of standard input) or --new-password-file.",
                "The vault's old backups, encrypted with the old password, are deleted."})
final class VaultChangePasswordCommand implements Callable<Integer> {
    @Mixin
    VaultOption vault = new VaultOption();
    @Mixin
    MasterPasswordOptions password = new MasterPasswordOptions();
    @Mixin
    NewPasswordOptions newPassword = new NewPasswordOptions();
    private final CliEnvironment env;

    VaultChangePasswordCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (newPassword.stdin && !password.usesStdin()) {
            throw CliFailure.usage("--new-password-stdin reads the line after the current password: give "
                    + "--password-stdin too, or use --new-password-file FILE");
        }
        char[] current = password.read(env, "Current master password: ");
        char[] next = null;
        try {
            next = newPassword.read(env);
            try (Unlocked u = Unlocked.open(env, vault, current.clone())) {
                newPassword.checkStrength(env, u.context().passwordPolicy(), next);
                u.context().session().changePassword(current, next);
                env.out().println("Changed the master password of " + u.context().session().file()
                        + ". Its old backups were deleted.");
            }
            return ExitCode.OK;
        } finally {
            Arrays.fill(current, '\0');
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
    }
}
