package org.keysmith.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.keysmith.files.AtomicFiles;
import java.nio.file.OpenOption;
import java.util.HashSet;

/**
 * One Keysmith per vault: an OS lock on {@code vault.keysmith.lock}, held while the vault is open. The file is
 * opened without following a symbolic link (a link planted at its name is refused with a clear message).
 */
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
            ch = open(file);
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
            if (Files.isSymbolicLink(file)) {
                throw new VaultException("The lock file " + file + " is a symbolic link, which Keysmith does not "
                        + "follow (someone may have planted it). Delete it, and keep the vault in a folder only you "
                        + "can write to.", e);
            }
            throw new VaultException("Could not open " + vault.toAbsolutePath().getParent() + " (" + e.getMessage()
                    + "). Check that the folder exists and is writable.", e);
        }
    }

    /** Creates or opens the lock file without following a symbolic link; a new one is owner-only on POSIX. */
    private static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Set<OpenOption> all = new HashSet<>(options);
        all.add(LinkOption.NOFOLLOW_LINKS);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(file, all,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(file, all);
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
