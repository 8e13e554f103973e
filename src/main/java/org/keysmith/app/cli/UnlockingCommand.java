package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that works on the unlocked vault. In this order: {@link #validate()} checks the options (nothing read
 * yet), the master password is read, {@link #gather()} reads the rest of the input (standard input after the
 * password), and only then is the vault unlocked and {@link #run} called, so the re-authentication grace after the
 * unlock covers the whole command.
 */
abstract class UnlockingCommand implements Callable<Integer> {
    @Mixin
    VaultOption vault = new VaultOption();
    @Mixin
    MasterPasswordOptions password = new MasterPasswordOptions();
    final CliEnvironment env;

    UnlockingCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        validate();
        char[] pw = password.read(env, "Master password: ");
        try {
            gather();
        } catch (Exception e) {
            Arrays.fill(pw, '\0');
            forget();
            throw e;
        }
        try (Unlocked u = Unlocked.open(env, vault, pw)) {
            return run(u);
        } finally {
            forget();
        }
    }

    /** Checks the options before anything is read; throws {@link CliFailure#usage} for a wrong one. */
    void validate() throws Exception {
    }

    /** Reads the input besides the master password (passphrases, secrets), before the vault is unlocked. */
    void gather() throws Exception {
    }

    /** Wipes what {@link #gather()} read. */
    void forget() {
    }

    abstract int run(Unlocked u) throws Exception;
}
