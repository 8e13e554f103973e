package org.keysmith.vault;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.Rotation;

/**
 * The encrypted payload: connections (with master keys), key entries (with secrets), the audit log, rotations and
 * panic revokes. A vault written before a list existed reads it as empty.
 */
record VaultContents(List<Connection> connections, List<ApiKeyEntry> entries, List<AuditEvent> audit,
                     List<Rotation> rotations, List<RevokePlan> revokePlans) {
    VaultContents {
        revokePlans = revokePlans == null ? List.of() : revokePlans;
        rotations = rotations == null ? List.of() : rotations;
        connections = connections == null ? List.of() : connections;
        entries = entries == null ? List.of() : entries;
        audit = audit == null ? List.of() : audit;
    }

    /** Wipes every secret in these contents (a copy read only to be checked). */
    void destroySecrets() {
        entries.forEach(ApiKeyEntry::destroySecrets);
        connections.stream().filter(c -> c.masterKey() != null).forEach(c -> c.masterKey().destroy());
    }

    static VaultContents empty() {
        return new VaultContents(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
