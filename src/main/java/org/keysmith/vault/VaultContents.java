package org.keysmith.vault;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.GuardianState;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.Rotation;
import org.keysmith.domain.Slot;

/**
 * The encrypted payload: connections (with master keys), key entries (with secrets), the audit log, rotations,
 * panic revokes, the keys' deployments, the slots and the guardian's state. A vault written before a part existed
 * reads it as empty.
 */
record VaultContents(List<Connection> connections, List<ApiKeyEntry> entries, List<AuditEvent> audit,
                     List<Rotation> rotations, List<RevokePlan> revokePlans, List<Deployment> deployments,
                     List<Slot> slots, GuardianState guardian) {

    VaultContents(List<Connection> connections, List<ApiKeyEntry> entries, List<AuditEvent> audit,
                  List<Rotation> rotations, List<RevokePlan> revokePlans, List<Deployment> deployments,
                  List<Slot> slots) {
        this(connections, entries, audit, rotations, revokePlans, deployments, slots, GuardianState.empty());
    }

    VaultContents {
        guardian = guardian == null ? GuardianState.empty() : guardian;
        deployments = deployments == null ? List.of() : deployments;
        slots = slots == null ? List.of() : slots;
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
        return new VaultContents(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
