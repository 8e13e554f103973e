package org.keysmith.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Where the master password comes from, in this order: {@code --password-file FILE}, {@code --password-stdin}
 * (the first line of standard input), {@code $CREDENTIALS_DIRECTORY/keysmith-master} (systemd's
 * {@code LoadCredentialEncrypted=}), else the terminal without echo. Never from an argument or a plain
 * environment variable: both can be read by other users of the computer.
 */
final class MasterPasswordOptions {
    static final String CREDENTIAL_NAME = "keysmith-master";

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the master password from FILE "
            + "(its first line). FILE must be yours and not readable by others (chmod 600).")
    Path passwordFile;

    @Option(names = "--password-stdin", description = "Read the master password from the first line of standard "
            + "input. (Never from an argument or an environment variable; under systemd, "
            + "$CREDENTIALS_DIRECTORY/" + CREDENTIAL_NAME + " is used when it exists.)")
    boolean passwordStdin;

    /** The master password; the caller wipes it. Reads nothing else first. */
    char[] read(CliEnvironment env, String prompt) throws IOException, CliFailure {
        if (passwordFile != null) {
            return fromFile(passwordFile, "--password-file " + passwordFile);
        }
        if (passwordStdin) {
            return StdinLines.line(env.in(), "the master password");
        }
        String credentials = env.env().get("CREDENTIALS_DIRECTORY");
        if (credentials != null && !credentials.isBlank()) {
            Path p = Path.of(credentials, CREDENTIAL_NAME);
            if (Files.exists(p)) {
                return fromFile(p, "the systemd credential " + p);
            }
        }
        if (env.console() == null) {
            throw CliFailure.usage("there is no terminal to ask for the master password: give --password-file FILE "
                    + "or --password-stdin (or run under systemd with LoadCredentialEncrypted=" + CREDENTIAL_NAME
                    + ")");
        }
        char[] p = env.console().readPassword("%s", prompt);
        if (p == null) {
            throw new CliFailure(ExitCode.ERROR, "no master password was entered");
        }
        return p;
    }

    /** True when the password is read from standard input (so other input must come after it there). */
    boolean usesStdin() {
        return passwordFile == null && passwordStdin;
    }

    static char[] fromFile(Path file, String what) throws IOException, CliFailure {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCode.ERROR, what + ": there is no such file");
        }
        checkPrivate(file, what);
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StdinLines.fileContent(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Refuses a file someone else owns or others may read: the password would not be the user's secret. */
    static void checkPrivate(Path file, String what) throws IOException, CliFailure {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipal me = file.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        UserPrincipal owner = Files.getOwner(file);
        if (!owner.getName().equals(me.getName())) {
            throw new CliFailure(ExitCode.ERROR, what + " belongs to " + owner.getName() + ", not to you ("
                    + me.getName() + "); refused");
        }
        if (posix != null) {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> p = a.permissions();
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new CliFailure(ExitCode.ERROR, what + " can be read or changed by others; refused. "
                        + "Run: chmod 600 " + file);
            }
        }
    }
}
