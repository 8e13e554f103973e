package org.keysmith.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.files.AtomicFiles;

/**
 * Failed unlocks cannot go into the encrypted audit log when they happen, so their times are kept in a small side
 * file ({@code vault.keysmith.failures}, nothing secret in it) and moved into the log at the next successful unlock.
 * The file is rewritten through the crash-safe writer (so a symbolic link planted at its name is replaced, never
 * written through), read only up to {@value #MAX_BYTES} bytes, and at most {@value #MAX_LINES} times are kept.
 * After {@value #FREE_ATTEMPTS} failures in a row each further attempt must wait longer (2 s, 4 s, ... up to
 * {@value #MAX_DELAY_SECONDS} s): {@link #waitBeforeNextAttempt}.
 */
final class FailedUnlocks {
    static final int FREE_ATTEMPTS = 3;
    static final int MAX_LINES = 1000;
    static final long MAX_DELAY_SECONDS = 60;
    private static final long MAX_BYTES = 64 * 1024;
    private final Path file;
    private final AtomicFiles files;

    FailedUnlocks(Path vault, AtomicFiles files) {
        this.file = vault.resolveSibling(vault.getFileName() + ".failures");
        this.files = files;
    }

    Path file() {
        return file;
    }

    /** Appends {@code at}; the problem in words when it could not be written (the user should know). */
    String record(Instant at) {
        List<Instant> all = new ArrayList<>(read().times());
        all.add(at);
        if (all.size() > MAX_LINES) {
            all = all.subList(all.size() - MAX_LINES, all.size());
        }
        StringBuilder text = new StringBuilder();
        all.forEach(t -> text.append(t).append('\n'));
        try {
            files.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** The recorded times (at most {@value #MAX_LINES}, the newest), and whether the file was ignored. */
    Record read() {
        List<Instant> out = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Record(out, null);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Record(out, "The failed-unlock record " + file + " is not a regular file (a link?), so "
                    + "Keysmith ignored it. Delete it.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Record(out, "The failed-unlock record " + file + " is too large (" + size + " bytes), so "
                        + "Keysmith ignored it; it is replaced at the next wrong password.");
            }
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                try {
                    out.add(Instant.parse(line.trim()));
                } catch (DateTimeParseException skip) {
                    // a damaged line is skipped
                }
            }
        } catch (IOException e) {
            return new Record(out, "The failed-unlock record " + file + " could not be read (" + e.getMessage()
                    + ").");
        }
        if (out.size() > MAX_LINES) {
            out = new ArrayList<>(out.subList(out.size() - MAX_LINES, out.size()));
        }
        return new Record(out, null);
    }

    record Record(List<Instant> times, String problem) {
    }

    /** How long the next attempt must wait after {@code times} (zero for the first few). */
    static Duration waitBeforeNextAttempt(List<Instant> times, Instant now) {
        if (times.size() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int over = Math.min(times.size() - FREE_ATTEMPTS, 10);
        Duration delay = Duration.ofSeconds(Math.min(MAX_DELAY_SECONDS, 2L << over));
        Instant last = times.get(times.size() - 1);
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void clear() {
        files.delete(List.of(file));
    }
}
