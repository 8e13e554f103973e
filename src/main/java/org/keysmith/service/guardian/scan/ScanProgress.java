package org.keysmith.service.guardian.scan;

/**
 * How far a scan is: bytes of files read of the total found by the walk, files done of the total, and bytes of git
 * history read (its total is not known in advance).
 */
public record ScanProgress(long bytesDone, long bytesTotal, int filesDone, int filesTotal, long historyBytes) {
    /** Percentage of the file bytes, 0–100 (100 when there are none). */
    public int percent() {
        return bytesTotal <= 0 ? 100 : (int) Math.min(100, bytesDone * 100 / bytesTotal);
    }
}
