package org.keysmith.service;

/**
 * Where the vault's life stands. The session moves only along these edges:
 * {@code LOCKED → UNLOCKING → UNLOCKED → LOCKING → LOCKED}, and {@code UNLOCKING → LOCKED} when unlocking fails.
 * While {@link #LOCKING}, no new work may start and the windows that show secrets are closed; the secrets are
 * wiped once the work that was already running (a key being created, for instance) has been saved.
 */
public enum VaultState {
    LOCKED,
    UNLOCKING,
    UNLOCKED,
    LOCKING;

    /** True for the edges listed above. */
    boolean canMoveTo(VaultState next) {
        return switch (this) {
            case LOCKED -> next == UNLOCKING;
            case UNLOCKING -> next == UNLOCKED || next == LOCKED;
            case UNLOCKED -> next == LOCKING;
            case LOCKING -> next == LOCKED;
        };
    }
}
