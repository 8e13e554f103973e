package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.keysmith.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code keysmith vault create}: a new, empty vault protected by a new master password. */
@Command(name = "create", header = "Create a new, empty vault.",
        description = "Asks for the new master password twice on the terminal, or reads it once with "
                + "--new-password-stdin or --new-password-file. A forgotten master password cannot be recovered.")
final class VaultCreateCommand implements Callable<Integer> {
    @Mixin
    VaultOption vault = new VaultOption();
    @Mixin
    NewPasswordOptions newPassword = new NewPasswordOptions();
    private final CliEnvironment env;

    VaultCreateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        char[] pw = newPassword.read(env);
        try (AppContext context = env.contexts().open(vault.path())) {
            if (context.session().exists()) {
                throw new CliFailure(ExitCode.ERROR, "there is already a vault at " + context.session().file()
                        + "; nothing was changed (name another with --vault PATH)");
            }
            newPassword.checkStrength(env, context.passwordPolicy(), pw);
            context.session().create(pw);
            env.out().println("Created the vault " + context.session().file()
                    + ". A forgotten master password cannot be recovered.");
            return ExitCode.OK;
        } finally {
            Arrays.fill(pw, '\0');
        }
    }
}
