package org.keysmith.service.guardian;

import java.util.List;

/**
 * The end of a panic revoke: each key with what happened. {@code interrupted} says why it stopped early (the vault
 * locked); the plan stays in the vault and {@link PanicRevoke#resume} goes on from there. {@code frozen} and
 * {@code freezeFailed} are the sub-accounts whose transfers out were to be frozen (the name is the sub-account).
 */
public record RevokeReport(String planId, List<Line> revoked, List<Line> alreadyGone, List<Line> failed,
                           List<Line> websiteOnly, String interrupted, List<Line> frozen, List<Line> freezeFailed) {

    /** One key: its name, where it is, and the detail (the reason of a failure, the steps for the website). */
    public record Line(String keyId, String name, String where, String detail) {
    }

    public RevokeReport {
        revoked = List.copyOf(revoked);
        alreadyGone = List.copyOf(alreadyGone);
        failed = List.copyOf(failed);
        websiteOnly = List.copyOf(websiteOnly);
        interrupted = interrupted == null ? "" : interrupted;
        frozen = frozen == null ? List.of() : List.copyOf(frozen);
        freezeFailed = freezeFailed == null ? List.of() : List.copyOf(freezeFailed);
    }

    /** True when every key Keysmith could delete is revoked or gone, every chosen freeze done, nothing stopped. */
    public boolean complete() {
        return failed.isEmpty() && freezeFailed.isEmpty() && interrupted.isEmpty();
    }
}
