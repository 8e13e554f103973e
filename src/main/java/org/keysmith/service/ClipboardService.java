package org.keysmith.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Secret;

/**
 * Copies secrets to the clipboard and clears it after a delay, on lock and on exit, but only if it still holds
 * what Keysmith put there (compared by SHA-256 fingerprint; the copied text itself is not kept). Every copy is
 * an audit event.
 */
public final class ClipboardService {
    private final ClipboardPort port;
    private final ScheduledExecutorService scheduler;
    private final Supplier<Duration> delay;
    private final AuditTrail audit;
    private volatile byte[] ours;

    public ClipboardService(ClipboardPort port, ScheduledExecutorService scheduler, Supplier<Duration> delay,
                            AuditTrail audit) {
        this.port = port;
        this.scheduler = scheduler;
        this.delay = delay;
        this.audit = audit;
    }

    /** Copies {@code value} (described as {@code what}, e.g. "Secret key") of {@code entry}. */
    public void copy(String what, Secret value, ApiKeyEntry entry) {
        String text = value.exposeAsString();
        byte[] fingerprint = fingerprint(text);
        ours = fingerprint;
        port.put(text);
        audit.record(AuditAction.KEY_COPIED, entry, what + " copied to the clipboard");
        scheduler.schedule(() -> clearIfOurs(fingerprint), delay.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    public Duration clearDelay() {
        return delay.get();
    }

    /** Clears the clipboard now if it still holds the last thing copied (lock, exit). */
    public void clearNow() {
        byte[] last = ours;
        if (last != null) {
            clearIfOurs(last);
        }
    }

    private void clearIfOurs(byte[] fingerprint) {
        port.clearIf(current -> current != null && MessageDigest.isEqual(fingerprint(current), fingerprint));
        if (ours == fingerprint) {
            ours = null;
        }
    }

    private static byte[] fingerprint(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
