package org.keysmith.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: write a temp file
 * in the same directory, fsync it, atomically move it over the target, fsync the directory. Files are
 * owner-only (0600, directory 0700) on POSIX systems.
 */
public class AtomicFiles {
    private static final boolean POSIX =
            java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        ensureDirectory(dir);
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw explain(target, e);
        }
        try {
            ownerOnly(temp);
            writeAndSync(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw explain(target, e);
        }
    }

    /** Atomically moves {@code source} (in the same directory) over {@code target} and syncs the directory. */
    public void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw explain(target, e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Creates the directory (0700 on POSIX) if it does not exist. */
    public void ensureDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    protected void writeAndSync(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not every OS/filesystem can fsync a directory (Windows cannot open one); the move itself stands.
        }
    }

    private static IOException explain(Path target, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new IOException("Could not save " + target + ": permission denied. Check that the folder is "
                    + "writable. The previous file is unchanged.", e);
        }
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : String.valueOf(e.getMessage());
        return new IOException("Could not save " + target + " (" + reason + "). Check free disk space and that "
                + "the folder is writable. The previous file is unchanged.", e);
    }
}
