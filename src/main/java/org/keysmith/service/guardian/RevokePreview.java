package org.keysmith.service.guardian;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;

/**
 * What a panic revoke would do, shown before anything is sent: the keys Keysmith will delete (in this order), the
 * main-account keys only the OKX website can delete, and keys still being created that OKX has not named yet (the
 * revoke settles those with OKX first).
 */
public record RevokePreview(String scope, List<ApiKeyEntry> toRevoke, List<ApiKeyEntry> websiteOnly,
                            List<ApiKeyEntry> notYetNamed) {
    public RevokePreview {
        toRevoke = List.copyOf(toRevoke);
        websiteOnly = List.copyOf(websiteOnly);
        notYetNamed = List.copyOf(notYetNamed);
    }

    public boolean isEmpty() {
        return toRevoke.isEmpty() && websiteOnly.isEmpty() && notYetNamed.isEmpty();
    }
}
