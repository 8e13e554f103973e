package org.keysmith.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One Keysmith per vault: an OS lock on {@code vault.keysmith.lock}, held while the vault is open. */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path vault, AtomicFiles files) throws VaultException {
        Path file = vault.resolveSibling(vault.getFileName() + ".lock");
        FileChannel ch = null;
        try {
            files.ensureDirectory(file.toAbsolutePath().getParent());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw new VaultException.InUse(vault);
            }
            return new InstanceLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new VaultException.InUse(vault);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new VaultException("Could not open " + vault.getParent() + " (" + e.getMessage() + "). Check that the "
                    + "folder exists and is writable.", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
