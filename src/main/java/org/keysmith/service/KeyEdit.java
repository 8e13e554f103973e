package org.keysmith.service;

import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.dto.ModifyApiKeyRequest;

/**
 * A requested change to a key: name, permissions, IP allowlist and description (local). The UI checks a changed
 * name against {@link org.keysmith.domain.KeyName}'s rule; an unchanged name (e.g. a longer label made on the
 * website) is kept as it is.
 */
public record KeyEdit(String name, Permissions permissions, IpAllowlist ips, String description) {

    /** True when permissions or IPs change: such an edit can widen what the key may do, so it asks for the password. */
    boolean changesAccess(ApiKeyEntry e) {
        return !permissions.equals(e.permissions()) || !ips.equals(e.ips());
    }

    /** The modify-apikey request for what changed on the exchange, or null when only the description changed. */
    ModifyApiKeyRequest toRequest(ApiKeyEntry e) {
        boolean nameChanged = !name.equals(e.name());
        boolean permsChanged = !permissions.equals(e.permissions());
        boolean ipsChanged = !ips.equals(e.ips());
        if (!nameChanged && !permsChanged && !ipsChanged) {
            return null;
        }
        return new ModifyApiKeyRequest(e.subAccount(), e.apiKey(), nameChanged ? name : null,
                permsChanged ? permissions.toWire() : null, ipsChanged ? ips.toWire() : null);
    }
}
