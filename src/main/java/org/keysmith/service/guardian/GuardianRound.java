package org.keysmith.service.guardian;

import java.util.List;
import org.keysmith.service.guardian.ip.IpRound;

/** What one background round of the guardian did: the IP guardian's round and the keep-alive reads (one line each). */
public record GuardianRound(IpRound ip, List<String> keptAlive) {
    public GuardianRound {
        keptAlive = List.copyOf(keptAlive);
    }

    public boolean isQuiet() {
        return ip.isQuiet() && keptAlive.isEmpty();
    }
}
