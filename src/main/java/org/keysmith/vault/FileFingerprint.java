package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/** Identity, size and modification time of the vault file as last read or written, to notice outside changes. */
record FileFingerprint(Object fileKey, long size, long modifiedMillis) {
    static final FileFingerprint ABSENT = new FileFingerprint(null, -1, -1);

    static FileFingerprint of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileFingerprint(a.fileKey(), a.size(), a.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    boolean matches(Path file) throws IOException {
        FileFingerprint now = of(file);
        return Objects.equals(fileKey, now.fileKey) && size == now.size && modifiedMillis == now.modifiedMillis;
    }
}
