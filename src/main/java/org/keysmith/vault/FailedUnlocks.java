package org.keysmith.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed unlocks cannot go into the encrypted audit log when they happen, so their times are appended to a
 * small side file ({@code vault.keysmith.failures}, nothing secret in it) and moved into the log at the next
 * successful unlock.
 */
final class FailedUnlocks {
    private final Path file;

    FailedUnlocks(Path vault) {
        this.file = vault.resolveSibling(vault.getFileName() + ".failures");
    }

    void record(Instant at) {
        try {
            Files.writeString(file, at + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            AtomicFiles.ownerOnly(file);
        } catch (IOException ignored) {
            // losing a failure record must not stop the user from retrying
        }
    }

    List<Instant> read() {
        List<Instant> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                try {
                    out.add(Instant.parse(line.trim()));
                } catch (DateTimeParseException skip) {
                    // a damaged line is skipped
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // they will be merged again next time; harmless duplicates
        }
    }
}
