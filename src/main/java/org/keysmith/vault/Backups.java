package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.files.AtomicFiles;

/**
 * The vault's previous versions, {@code vault.keysmith.bak1} (newest) to {@code .bak3}: the vault as it was before
 * each of the last three unlock sessions that changed it. {@link Vault} takes one backup per session, before that
 * session's first save that changes more than the audit log, so one busy session (a Sync, many edits) pushes out
 * one old version, not all of them. The current file becomes bak1 by a hard link (instant; a copy through the
 * crash-safe writer where links are refused); older ones move down by rename. Nothing here follows a symbolic link:
 * a link planted at a backup's name is renamed or deleted as a link, and never read as a backup.
 */
final class Backups {
    static final int KEEP = 3;
    private final Path vault;
    private final AtomicFiles files;

    Backups(Path vault, AtomicFiles files) {
        this.vault = vault;
        this.files = files;
    }

    Path backup(int n) {
        return vault.resolveSibling(vault.getFileName() + ".bak" + n);
    }

    /** The backups that exist as regular files, newest first. */
    List<Path> existing() {
        List<Path> out = new ArrayList<>();
        for (int n = 1; n <= KEEP; n++) {
            if (Files.isRegularFile(backup(n), LinkOption.NOFOLLOW_LINKS)) {
                out.add(backup(n));
            }
        }
        return out;
    }

    /** Backup names that are symbolic links (planted by someone else: ignored, and replaced at the next backup). */
    List<Path> links() {
        List<Path> out = new ArrayList<>();
        for (int n = 1; n <= KEEP; n++) {
            if (Files.isSymbolicLink(backup(n))) {
                out.add(backup(n));
            }
        }
        return out;
    }

    /** Makes the current file bak1 and moves older ones down (bak3 is dropped). */
    void push() throws IOException {
        if (!Files.isRegularFile(vault, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.deleteIfExists(backup(KEEP));
        for (int n = KEEP - 1; n >= 1; n--) {
            if (Files.exists(backup(n), LinkOption.NOFOLLOW_LINKS)) {
                Files.move(backup(n), backup(n + 1), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.deleteIfExists(backup(1));
        try {
            Files.createLink(backup(1), vault);
        } catch (UnsupportedOperationException | IOException linkRefused) {
            files.write(backup(1), out -> Files.copy(vault, out));
        }
    }

    /** Deletes every backup (and link at a backup's name); returns those that could not be deleted. */
    List<Path> deleteAll() {
        List<Path> all = new ArrayList<>();
        for (int n = 1; n <= KEEP; n++) {
            all.add(backup(n));
        }
        return files.delete(all);
    }
}
