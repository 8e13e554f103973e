package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The vault's previous versions, {@code vault.keysmith.bak1} (newest) to {@code .bak3}. Before a save, the current
 * file becomes bak1 by a hard link (instant; a copy where links are not supported), older ones move down.
 */
final class Backups {
    static final int KEEP = 3;
    private final Path vault;

    Backups(Path vault) {
        this.vault = vault;
    }

    Path backup(int n) {
        return vault.resolveSibling(vault.getFileName() + ".bak" + n);
    }

    /** The backups that exist, newest first. */
    List<Path> existing() {
        List<Path> out = new ArrayList<>();
        for (int n = 1; n <= KEEP; n++) {
            if (Files.exists(backup(n))) {
                out.add(backup(n));
            }
        }
        return out;
    }

    void rotate() throws IOException {
        if (!Files.exists(vault)) {
            return;
        }
        Files.deleteIfExists(backup(KEEP));
        for (int n = KEEP - 1; n >= 1; n--) {
            if (Files.exists(backup(n))) {
                Files.move(backup(n), backup(n + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try {
            Files.createLink(backup(1), vault);
        } catch (UnsupportedOperationException | IOException linkRefused) {
            Files.copy(vault, backup(1), StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.ownerOnly(backup(1));
        }
    }

    void deleteAll() throws IOException {
        for (int n = 1; n <= KEEP; n++) {
            Files.deleteIfExists(backup(n));
        }
    }
}
