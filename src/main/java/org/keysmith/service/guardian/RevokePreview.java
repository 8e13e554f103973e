package org.keysmith.service.guardian;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.RevokePlan;

/**
 * What a panic revoke would do, shown before anything is sent: the keys Keysmith will delete (in this order), the
 * main-account keys only the OKX website can delete, keys still being created that OKX has not named yet (the
 * revoke settles those with OKX first), and the sub-accounts whose transfers out the user may choose to freeze.
 */
public record RevokePreview(String scope, List<ApiKeyEntry> toRevoke, List<ApiKeyEntry> websiteOnly,
                            List<ApiKeyEntry> notYetNamed, List<FreezeTarget> freezable) {

    /** A sub-account whose transfers out could be frozen, and where it is in words. */
    public record FreezeTarget(RevokePlan.Freeze freeze, String where) {
    }

    public RevokePreview {
        toRevoke = List.copyOf(toRevoke);
        websiteOnly = List.copyOf(websiteOnly);
        notYetNamed = List.copyOf(notYetNamed);
        freezable = List.copyOf(freezable);
    }

    public boolean isEmpty() {
        return toRevoke.isEmpty() && websiteOnly.isEmpty() && notYetNamed.isEmpty();
    }
}
