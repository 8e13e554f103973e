package org.keysmith.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.keysmith.service.PasswordPolicy;
import picocli.CommandLine.Option;

/**
 * A new master password ({@code vault create}, {@code vault change-password}): from {@code --new-password-file},
 * from standard input ({@code --new-password-stdin}, the line after the current password), or asked twice on the
 * terminal. {@code --accept-weak-password} takes one the strength policy calls weak.
 */
final class NewPasswordOptions {
    @Option(names = "--new-password-file", paramLabel = "FILE", description = "Read the new master password from "
            + "FILE (yours, not readable by others).")
    Path file;

    @Option(names = "--new-password-stdin", description = "Read the new master password from standard input (the "
            + "next line).")
    boolean stdin;

    @Option(names = "--accept-weak-password", description = "Use the new password even if it is rated weak.")
    boolean acceptWeak;

    char[] read(CliEnvironment env) throws IOException, CliFailure {
        char[] pw;
        if (file != null) {
            pw = MasterPasswordOptions.fromFile(file, "--new-password-file " + file);
        } else if (stdin) {
            pw = StdinLines.line(env.in(), "the new master password");
        } else if (env.console() == null) {
            throw CliFailure.usage("there is no terminal to ask for the new master password: give "
                    + "--new-password-file FILE or --new-password-stdin");
        } else {
            pw = askTwice(env);
        }
        if (pw.length == 0) {
            throw CliFailure.usage("the new master password must not be empty");
        }
        return pw;
    }

    private static char[] askTwice(CliEnvironment env) throws CliFailure {
        char[] first = env.console().readPassword("New master password: ");
        char[] again = env.console().readPassword("The same again: ");
        if (first == null || again == null) {
            throw new CliFailure(ExitCode.ERROR, "no new master password was entered");
        }
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CliFailure(ExitCode.ERROR, "the two passwords differ; nothing was changed");
        }
        return first;
    }

    /**
     * Refuses a password the weak-master-password policy (review M5) rejects, unless --accept-weak-password was
     * given; then it warns on standard error. Runs before the KDF. The message never contains the password.
     */
    void checkStrength(CliEnvironment env, PasswordPolicy policy, char[] password) throws CliFailure {
        PasswordPolicy.Verdict v = policy.check(password);
        if (v.accepted()) {
            return;
        }
        if (!acceptWeak) {
            throw new CliFailure(ExitCode.USAGE, v.reason() + " Nothing was changed. To keep it anyway, run again "
                    + "with --accept-weak-password.");
        }
        env.err().println("Warning: using a master password rated weak, as --accept-weak-password asked. "
                + String.join(" ", v.problems()));
    }
}
