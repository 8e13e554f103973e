package org.keysmith.service.guardian.ip;

import java.time.Instant;
import java.util.List;

/**
 * What a re-bind did: the keys that now also allow the new address (the old one comes off at {@code removeAfter}),
 * and those OKX refused, with the reason (they are offered again on the next check).
 */
public record RebindReport(List<String> rebound, List<String> failed, Instant removeAfter) {
    public RebindReport {
        rebound = List.copyOf(rebound);
        failed = List.copyOf(failed);
    }
}
