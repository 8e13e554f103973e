package org.keysmith.domain;

import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: when, what, which key (id and name, may be null) and a secret-free detail. */
public record AuditEvent(Instant at, AuditAction action, String keyId, String keyName, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}
