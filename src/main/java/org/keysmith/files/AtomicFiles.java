package org.keysmith.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.NoSuchFileException;

/**
 * Keysmith's one crash-safe file writer (vault, backups, settings, audit and key exports, the Sandbox's state).
 * A write goes to a temporary file {@code .<name>.<random>.tmp} in the target's folder, created owner-only (0600 on
 * POSIX, set at creation; an owner-only ACL on Windows), is synced, then published in one step, and the folder is
 * synced: a crash at any moment leaves the old or the new file, never a mix. Neither the temporary file nor the
 * publish follows a symbolic link planted at the target's name: the temporary file is created new, and a rename
 * replaces the link itself. A move the file system refuses for a moment (an antivirus or indexer holding the file
 * on Windows) is retried a few times.
 */
public class AtomicFiles {
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final int MOVE_ATTEMPTS = 5;
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    /** Writes the bytes of a file; an exception leaves the previous file unchanged. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with {@code content}, creating its folder (owner-only) if needed. */
    public void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with what {@code content} writes (streamed, so a large file is not held twice in
     * memory), creating its folder (owner-only) if needed. Messages say what happened and that the previous file
     * is unchanged.
     */
    public void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            ensureDirectory(abs.getParent());
        } catch (IOException e) {
            throw explain(abs, e);
        }
        try {
            publish(abs, content, true);
        } catch (IOException e) {
            throw explain(abs, e);
        }
    }

    /**
     * Writes {@code content} to {@code target} in a folder that must exist; an existing file is replaced only when
     * {@code overwrite} (otherwise {@link FileAlreadyExistsException}, also when the file appears meanwhile: the
     * publish is a hard link, which refuses an existing name). Returns whether the result is verifiably readable by
     * this user only; false on file systems without POSIX permissions or ACLs (FAT, many network shares).
     */
    public boolean writeNew(Path target, byte[] content, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        publish(abs, out -> out.write(content), overwrite);
        return isOwnerOnly(abs);
    }

    private void publish(Path target, Content content, boolean overwrite) throws IOException {
        Path dir = target.getParent();
        Path temp = createTemp(dir, target.getFileName().toString());
        boolean published = false;
        try {
            writeAndSync(temp, content);
            if (overwrite) {
                move(temp, target);
                published = true;
            } else {
                publishNew(temp, target);
            }
            syncDirectory(dir);
        } finally {
            if (!published) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void publishNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.move(temp, target);
        }
    }

    /** Atomically moves {@code source} (in the same folder) over {@code target} and syncs the folder. */
    public void replace(Path source, Path target) throws IOException {
        try {
            move(source, target);
        } catch (IOException e) {
            throw explain(target, e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Deletes each file (a symbolic link is deleted, never what it points to), then syncs their folders so the
     * deletions survive a crash. Returns the files that could not be deleted.
     */
    public List<Path> delete(List<Path> files) {
        List<Path> left = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
                Path dir = f.toAbsolutePath().getParent();
                if (!dirs.contains(dir)) {
                    dirs.add(dir);
                }
            } catch (IOException e) {
                left.add(f);
            }
        }
        dirs.forEach(AtomicFiles::syncDirectory);
        return left;
    }

    /**
     * Leftover temporary files of {@code target} (a crash between write and publish): {@code .<name>.*.tmp} in its
     * folder. Only call while nothing else writes {@code target}.
     */
    public List<Path> leftovers(Path target) {
        Path abs = target.toAbsolutePath();
        List<Path> out = new ArrayList<>();
        String prefix = "." + abs.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(abs.getParent(),
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp"))) {
            files.forEach(out::add);
        } catch (IOException unreadable) {
            return out;
        }
        return out;
    }

    /** Creates the folder (0700 on POSIX) if it does not exist. */
    public void ensureDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix) {
            Files.createDirectories(dir, OWNER_ONLY_DIR);
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Plain-words problems with a data folder: on POSIX, a folder other users can write to (they could plant or
     * replace files next to the vault) or that belongs to another user. Empty when it looks private.
     */
    public List<String> folderProblems(Path dir) {
        List<String> out = new ArrayList<>();
        if (!posix) {
            return out;
        }
        try {
            PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class);
            Set<PosixFilePermission> p = a.permissions();
            if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
                out.add("The folder " + dir + " can be changed by other users (permissions "
                        + PosixFilePermissions.toString(p) + "). Keep the vault in a folder only you can write "
                        + "to, for example with: chmod 700 " + dir);
            }
            UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!a.owner().equals(me)) {
                out.add("The folder " + dir + " belongs to " + a.owner().getName() + ", not to you. Keep the vault "
                        + "in a folder of your own.");
            }
        } catch (IOException | UnsupportedOperationException unknown) {
            return out;
        }
        return out;
    }

    /** True when {@code file} can be read by this user only (checked, not assumed). */
    public boolean isOwnerOnly(Path file) {
        try {
            if (posix) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                return p.equals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
                        || p.equals(EnumSet.of(PosixFilePermission.OWNER_READ));
            }
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl == null) {
                return false;
            }
            UserPrincipal owner = acl.getOwner();
            return acl.getAcl().stream().allMatch(e -> e.type() != AclEntryType.ALLOW || e.principal().equals(owner));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Writes, flushes and fsyncs {@code file}; a seam for tests that simulate a full disk. */
    protected void writeAndSync(Path file, Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(new Unclosable(ch)), 1 << 16);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        }
    }

    private Path createTemp(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        if (posix) {
            return Files.createTempFile(dir, prefix, ".tmp", OWNER_ONLY);
        }
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            ownerOnlyAcl(temp);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Windows: replaces the (inherited) ACL of a new, still empty file with one entry for its owner. */
    private static void ownerOnlyAcl(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        view.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }

    private static void move(Path source, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                throw e;
            } catch (FileSystemException e) {
                if (attempt >= MOVE_ATTEMPTS || !transientRefusal(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Windows refuses a rename for a moment while another program (antivirus, indexer) has the target open. */
    private static boolean transientRefusal(FileSystemException e) {
        return System.getProperty("os.name", "").startsWith("Windows")
                && !(e instanceof NoSuchFileException);
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while retrying the save", e);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not every OS/file system can fsync a folder (Windows cannot open one); the move itself stands.
        }
    }

    private static IOException explain(Path target, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new IOException("Could not save " + target + ": permission denied. Check that the folder is "
                    + "writable. The previous file is unchanged.", e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : String.valueOf(e.getMessage());
        return new IOException("Could not save " + target + " (" + reason + "). Check free disk space and that "
                + "the folder is writable. The previous file is unchanged.", e);
    }

    /** Lets the buffered stream be closed or dropped without closing the channel before its fsync. */
    private static final class Unclosable implements WritableByteChannel {
        private final FileChannel ch;

        Unclosable(FileChannel ch) {
            this.ch = ch;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return ch.write(src);
        }

        @Override
        public boolean isOpen() {
            return ch.isOpen();
        }

        @Override
        public void close() {
            // the owner closes the channel after force()
        }
    }
}
