package org.keysmith.service.guardian.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to scan: files and folders ({@code roots}), whether to read the git history of the repositories among them,
 * the size above which a file is skipped as huge, and how many threads read files (the scan is CPU-bound; two
 * suits the two cores it is built for).
 */
public record ScanRequest(List<Path> roots, boolean history, long maxFileSize, int threads) {
    public static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;
    public static final int DEFAULT_THREADS = 2;

    public ScanRequest {
        roots = List.copyOf(Objects.requireNonNull(roots, "roots"));
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("Name at least one file or folder to scan.");
        }
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("The largest file to read must be at least 1 byte.");
        }
        threads = Math.max(1, threads);
    }

    public static ScanRequest of(List<Path> roots, boolean history) {
        return new ScanRequest(roots, history, DEFAULT_MAX_FILE_SIZE, DEFAULT_THREADS);
    }
}
