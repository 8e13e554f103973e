package org.keysmith.service.guardian.scan;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files under the roots, never following a symbolic link (a link is counted, not read, so nothing outside
 * the tree is reached through one), skipping special files and files above the size limit, and noting the git
 * repositories it meets ({@code .git} folders are not read as files: their history is read through git). A root
 * named by the user is taken as it is, also when it is a link.
 */
final class TreeWalk {
    record FileItem(Path path, long size) {
    }

    final List<FileItem> files = new ArrayList<>();
    final Set<Path> repositories = new LinkedHashSet<>();
    final List<Path> rootDirs = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    long totalBytes;
    long huge;
    long links;
    long special;
    long unreadable;
    private final Set<Path> seen = new HashSet<>();
    private final long maxFileSize;

    private TreeWalk(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    static TreeWalk of(List<Path> roots, long maxFileSize) {
        TreeWalk w = new TreeWalk(maxFileSize);
        for (Path r : roots) {
            w.walk(r);
        }
        w.files.sort(Comparator.comparingLong(FileItem::size).reversed());
        return w;
    }

    private void walk(Path given) {
        Path root;
        try {
            root = given.toRealPath();
        } catch (IOException e) {
            notes.add(given + " does not exist or cannot be read; it was not scanned.");
            return;
        }
        if (Files.isDirectory(root)) {
            rootDirs.add(root);
        }
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new Visitor(root));
        } catch (IOException e) {
            unreadable++;
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                repositories.add(dir.getParent());
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                links++;
            } else if (!attrs.isRegularFile()) {
                special++;
            } else if (file.getFileName() != null && file.getFileName().toString().equals(".git")
                    && !file.equals(root)) {
                repositories.add(file.getParent());
            } else if (attrs.size() > maxFileSize) {
                huge++;
            } else if (seen.add(file)) {
                files.add(new FileItem(file, attrs.size()));
                totalBytes += attrs.size();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (Files.isSymbolicLink(file)) {
                links++;
            } else {
                unreadable++;
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
