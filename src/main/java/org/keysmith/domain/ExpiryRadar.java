package org.keysmith.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * OKX lets a live key with Trade or Withdraw permission and no IP binding expire after 14 days without use. A signed
 * call with the key itself (Keysmith's Verify) counts as use, so the clock runs from the key's last verification, or
 * from its creation when it was never verified.
 */
public final class ExpiryRadar {
    /** Keys this close to deletion are named on unlock. */
    public static final Duration WARN_WITHIN = Duration.ofDays(3);
    /** How often a key with keep-alive on is used (well inside the 14 days, so a missed round or two is fine). */
    public static final Duration KEEP_ALIVE_EVERY = Duration.ofDays(3);

    private ExpiryRadar() {
    }

    /** When OKX may let the key expire if it stays unused; empty for keys OKX keeps. */
    public static Optional<Instant> deadline(ApiKeyEntry e) {
        Instant lastUse = e.lastVerified() != null ? e.lastVerified() : e.created();
        return e.isSubjectToIdleDeletion() && lastUse != null
                ? Optional.of(lastUse.plus(ApiKeyEntry.IDLE_DELETION)) : Optional.empty();
    }

    /** Whole days left (rounded up; 0 or less means OKX may already have deleted it); empty for keys OKX keeps. */
    public static OptionalLong daysLeft(ApiKeyEntry e, Instant now) {
        return deadline(e).map(d -> {
            long seconds = Duration.between(now, d).getSeconds();
            return OptionalLong.of(seconds <= 0 ? 0 : (seconds + 86_399) / 86_400);
        }).orElse(OptionalLong.empty());
    }

    /** "expires in 5 days", "expires within a day", "may have expired already"; empty for keys OKX keeps. */
    public static Optional<String> badge(ApiKeyEntry e, Instant now) {
        OptionalLong days = daysLeft(e, now);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        long d = days.getAsLong();
        return Optional.of(d <= 0 ? "may have expired already (idle 14 days)"
                : d == 1 ? "expires within a day" : "expires in " + d + " days");
    }

    /**
     * True when a key with keep-alive on needs its read now: OKX may let it expire (the same rule as
     * {@link #deadline}) and it was last used {@link #KEEP_ALIVE_EVERY} ago or longer.
     */
    public static boolean keepAliveDue(ApiKeyEntry e, Instant now) {
        return deadline(e).map(d -> !d.minus(ApiKeyEntry.IDLE_DELETION).plus(KEEP_ALIVE_EVERY).isAfter(now))
                .orElse(false);
    }

    /** The keys within {@link #WARN_WITHIN} of deletion (or past it), soonest first. */
    public static List<ApiKeyEntry> dueSoon(List<ApiKeyEntry> entries, Instant now) {
        Instant horizon = now.plus(WARN_WITHIN);
        return entries.stream().filter(e -> deadline(e).filter(d -> !d.isAfter(horizon)).isPresent())
                .sorted(Comparator.comparing(e -> deadline(e).orElseThrow())).toList();
    }
}
