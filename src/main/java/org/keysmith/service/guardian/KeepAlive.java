package org.keysmith.service.guardian;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.service.KeyService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;

/**
 * The expiry keep-alive, opt-in per key and off by default: for a live Trade or Withdraw key without IP binding
 * (the keys OKX lets expire after 14 idle days, {@link ExpiryRadar}), an authenticated read with the key itself
 * ({@link KeyService#verify}: {@code GET /account/config}) every {@link ExpiryRadar#KEEP_ALIVE_EVERY}, so a bot's key
 * is not deleted while the bot is paused. The choice is kept in the vault ({@code GuardianState.keepAlive}).
 * Blocks on disk and network: off the FX thread.
 */
public final class KeepAlive {
    /** What the user is told before turning it on, in the window and on the command line. */
    public static final String RISK = "OKX lets a key that can trade from any IP address expire after 14 days "
            + "without use, on purpose: a forgotten or leaked key then stops working by itself. With keep-alive on, "
            + "Keysmith uses this key's secret for a read every " + ExpiryRadar.KEEP_ALIVE_EVERY.toDays()
            + " days while the vault is unlocked, so the key stays usable until you revoke it, also if it leaked. "
            + "Binding the key to your bot's IP address is safer: OKX then keeps it without any read.";
    private final VaultSession session;
    private final KeyService keys;
    private final Clock clock;

    public KeepAlive(VaultSession session, KeyService keys, Clock clock) {
        this.session = session;
        this.keys = keys;
        this.clock = clock;
    }

    public boolean isOn(String keyId) throws UserFacingException {
        return session.vault().guardian().keepsAlive(keyId);
    }

    /** Why keep-alive cannot be turned on for {@code e}, or empty when it can. */
    public static Optional<String> notApplicable(ApiKeyEntry e) {
        if (!e.hasSecret()) {
            return Optional.of("the vault does not hold " + e.name() + "'s secret, so Keysmith cannot "
                    + "use it");
        }
        if (e.environment() == Environment.DEMO) {
            return Optional.of("OKX does not let Demo keys expire");
        }
        if (!e.isSubjectToIdleDeletion()) {
            return Optional.of("OKX keeps " + e.name() + " without use (it is bound to IP addresses or "
                    + "cannot trade)");
        }
        return Optional.empty();
    }

    /** Turns keep-alive on or off for the key; on is refused where OKX would not delete the key anyway. */
    public ApiKeyEntry set(String keyId, boolean on) throws UserFacingException {
        ApiKeyEntry e = keys.entry(keyId);
        if (on) {
            var why = notApplicable(e);
            if (why.isPresent()) {
                throw new UserFacingException("Keep-alive is not needed for " + e.name() + ": " + why.get() + ".");
            }
        }
        if (isOn(keyId) == on) {
            return e;
        }
        session.change(edit -> {
            edit.put(edit.guardian().withKeepAlive(keyId, on));
            edit.audit(AuditAction.KEY_EDITED, e, on ? "keep-alive on: a read every "
                    + ExpiryRadar.KEEP_ALIVE_EVERY.toDays() + " days keeps OKX from deleting it when idle"
                    : "keep-alive off");
            return null;
        });
        return e;
    }

    /** Does the reads that are due (keep-alive on and last used {@link ExpiryRadar#KEEP_ALIVE_EVERY} ago). */
    public List<String> runDue() throws UserFacingException {
        List<String> lines = new ArrayList<>();
        for (ApiKeyEntry e : keys.entries()) {
            if (!isOn(e.id()) || !e.hasSecret() || !ExpiryRadar.keepAliveDue(e, clock.instant())) {
                continue;
            }
            try {
                keys.verify(e.id());
                lines.add("kept " + e.name() + " alive (a read with its own key restarted OKX's idle clock)");
            } catch (UserFacingException ex) {
                lines.add("could not keep " + e.name() + " alive: " + ex.getMessage());
            }
        }
        return lines;
    }
}
