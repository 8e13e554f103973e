package org.keysmith.service.guardian.ip;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;

/**
 * This computer's address as a connection sees it changed from {@code oldIp} to {@code newIp}; {@code affected} are
 * the live sub-account keys of that connection bound to {@code oldIp} and not yet to {@code newIp}.
 */
public record IpChange(String connectionId, String connectionName, String oldIp, String newIp,
                       List<ApiKeyEntry> affected) {
    public IpChange {
        affected = List.copyOf(affected);
    }

    /** One sentence for a banner or a terminal. */
    public String describe() {
        return "This computer's public IP address changed from " + oldIp + " to " + newIp + " (" + connectionName
                + "); " + affected.size() + " key(s) are bound to the old address: " + String.join(", ",
                affected.stream().map(ApiKeyEntry::name).toList()) + ".";
    }
}
