package org.keysmith.service.guardian.scan;

import java.time.Duration;
import java.util.List;

/**
 * What a scan found and what it read. {@code hits} never hold a secret. The counts say what was skipped and why:
 * binary files (a NUL byte in the first 8000 bytes, as git decides), files above the size limit, symbolic links
 * (never followed), special files (pipes, devices, sockets) and files that could not be read. {@code notes} are
 * plain sentences for the user (git not found, a repository git refused, secrets that cannot be searched for).
 */
public record ScanReport(List<LeakHit> hits, long filesScanned, long bytesScanned, long historyBytes,
                         long commits, int repositories, long binarySkipped, long hugeSkipped,
                         long linksNotFollowed, long specialSkipped, long unreadable, int secretsSearched,
                         List<String> notes, boolean cancelled, Duration elapsed) {
    public ScanReport {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** Whether a secret the vault holds was found. */
    public boolean foundVaultSecret() {
        return hits.stream().anyMatch(LeakHit::isVaultSecret);
    }

    public boolean clean() {
        return hits.isEmpty();
    }

    /** File and history bytes read per second, in MB (10^6 bytes). */
    public double megabytesPerSecond() {
        double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return (bytesScanned + historyBytes) / 1e6 / s;
    }
}
