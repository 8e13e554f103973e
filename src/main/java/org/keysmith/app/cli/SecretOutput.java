package org.keysmith.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Secret;
import picocli.CommandLine.Option;
import java.util.Arrays;

/**
 * Where a new key's secret goes, once: the terminal (standard output), {@code --json} (standard output as JSON) or
 * {@code --secret-out FILE} (the JSON, in a new file only its owner can read; an existing file is never
 * overwritten). Keysmith keeps its own copy in the vault either way.
 */
final class SecretOutput {
    @Option(names = "--secret-out", paramLabel = "FILE", description = "Write the new key (API key, secret key, "
            + "passphrase) as JSON to FILE, created owner-only (0600); refused if FILE exists.")
    Path file;
    @Option(names = "--json", description = "Print the new key as JSON, secrets included (docs/cli.md).")
    boolean json;

    /** Before anything is read or changed: an existing file is refused now, not after the key was made. */
    void validate() throws CliFailure {
        if (file != null && Files.exists(file)) {
            throw CliFailure.usage("--secret-out " + file + " exists; Keysmith never overwrites it. Name a new "
                    + "file (and delete the old one when it is no longer needed)");
        }
        if (file != null && (file.toAbsolutePath().getParent() == null
                || !Files.isDirectory(file.toAbsolutePath().getParent()))) {
            throw CliFailure.usage("--secret-out " + file + ": its folder does not exist");
        }
    }

    /** Reveals {@code e}'s new secrets where the user asked; {@code summary} is the line for people. */
    void reveal(CliEnvironment env, ApiKeyEntry e, String connection, Secret secretKey, Secret passphrase,
                String summary) throws IOException {
        if (file != null) {
            try (OutputStream os = create(file)) {
                write(os, e, connection, secretKey, passphrase);
            }
            env.out().println(summary);
            env.out().println("Wrote its API key, secret key and passphrase to " + file + " (owner-only). Keysmith "
                    + "keeps a copy in the vault; delete the file once the secret is where it is needed.");
            return;
        }
        if (json) {
            write(env.out(), e, connection, secretKey, passphrase);
            return;
        }
        PrintStream out = env.out();
        out.println(summary);
        out.println("api key:    " + e.apiKey());
        out.print("secret key: ");
        printChars(out, secretKey);
        out.print("passphrase: ");
        printChars(out, passphrase);
        out.println("OKX shows the secret key only this once. Keysmith keeps a copy in the vault "
                + "(keysmith export prints it again).");
        out.flush();
    }

    private static void printChars(PrintStream out, Secret s) {
        char[] c = s.chars();
        try {
            out.println(c);
        } finally {
            Arrays.fill(c, '\0');
        }
    }

    private static void write(OutputStream os, ApiKeyEntry e, String connection, Secret secretKey, Secret passphrase)
            throws IOException {
        try (JsonOut j = new JsonOut(os)) {
            j.startObject();
            KeyJson.fields(j, e, connection);
            j.secret("secretKey", secretKey).secret("passphrase", passphrase);
            j.endObject();
        }
        os.flush();
    }

    private static OutputStream create(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("--secret-out " + file + " appeared while the key was made; the secret is in the "
                    + "vault (keysmith export prints it)", e);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
