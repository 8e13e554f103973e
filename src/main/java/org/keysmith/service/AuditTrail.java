package org.keysmith.service;

import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;

/** Where services record what happened to a key. Details never contain a secret. */
public interface AuditTrail {
    void record(AuditAction action, ApiKeyEntry entry, String detail);
}
