package org.keysmith.okx;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.keysmith.domain.Connection;
import org.keysmith.okx.dto.ServerTime;

/**
 * Runs the requests of one connection, the one place with the retry rules. Every signed call waits for the
 * client-side rate limit (counted per OKX user id, {@link RateKeys}) and is signed with the server clock, which is
 * synced before the first one. On "timestamp expired" (50102) the clock is re-synced; a read is then repeated once,
 * a write is not (it was refused at authentication, so nothing happened: the user presses the button again).
 * Reads that hit a rate limit are repeated after 0.5 s, 1 s, 2 s. Writes are never repeated.
 */
final class CallRunner {
    static final int READ_RETRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private final Connection connection;
    private final OkxTransport transport;
    private final ServerClock clock;
    private final RateLimiter limiter;
    private final RateKeys rateKeys;
    private final Sleeper sleeper;

    CallRunner(Connection connection, OkxTransport transport, ServerClock clock, RateLimiter limiter,
               RateKeys rateKeys, Sleeper sleeper) {
        this.connection = connection;
        this.transport = transport;
        this.clock = clock;
        this.limiter = limiter;
        this.rateKeys = rateKeys;
        this.sleeper = sleeper;
    }

    /** {@code GET /api/v5/public/time}: unsigned, not retried. */
    Instant serverTime() throws OkxException {
        List<ServerTime> rows = transport.send(connection.baseUrl(), connection.environment(), clock,
                new OkxCall<>(OkxEndpoint.SERVER_TIME, "", null, null, ServerTime.class));
        String ts = rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).ts();
        try {
            return Instant.ofEpochMilli(Long.parseLong(ts == null ? "" : ts));
        } catch (NumberFormatException e) {
            throw OkxException.badResponse(200, "The exchange's time could not be read. Check the connection's "
                    + "site or URL.", e);
        }
    }

    /** A signed call with the retry rules above; refused before anything is sent unless {@link SafeUrls} allows. */
    <T> List<T> signed(OkxCall<T> call) throws OkxException {
        SafeUrls.requireSafeForSecrets(OkxTransport.base(connection.baseUrl()));
        boolean resynced = false;
        int retries = 0;
        boolean write = call.endpoint().write();
        while (true) {
            try {
                return attempt(call);
            } catch (OkxException e) {
                if (e.is(OkxError.TIMESTAMP_EXPIRED) && !resynced) {
                    syncClock();
                    resynced = true;
                    if (write) {
                        throw e.withUserMessage("OKX refused the request because this computer's clock differs "
                                + "from OKX's; nothing was changed. Keysmith has now corrected for the difference: "
                                + "try again.");
                    }
                } else if (!write && e.kind() == OkxException.Kind.RATE_LIMITED && retries < READ_RETRIES) {
                    pause(FIRST_BACKOFF.multipliedBy(1L << retries++));
                } else {
                    throw e;
                }
            }
        }
    }

    /** The key is now known to belong to OKX user {@code uid}: its calls share that user's budget. */
    void learnUserId(String apiKey, String uid) {
        rateKeys.learn(apiKey, uid);
    }

    /** One attempt: wait for the limiter, sync the clock if never synced, send. */
    private <T> List<T> attempt(OkxCall<T> call) throws OkxException {
        try {
            limiter.acquire(rateKeys.callerOf(call.signer().apiKey()), call.endpoint());
        } catch (InterruptedException ie) {
            throw cancelled(ie);
        }
        if (!clock.isSynced()) {
            syncClock();
        }
        return transport.send(connection.baseUrl(), connection.environment(), clock, call);
    }

    private void syncClock() throws OkxException {
        Instant sent = clock.local().instant();
        Instant server = serverTime();
        clock.record(server, sent, clock.local().instant());
    }

    private void pause(Duration d) throws OkxException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException ie) {
            throw cancelled(ie);
        }
    }

    private static OkxException cancelled(InterruptedException e) {
        Thread.currentThread().interrupt();
        return OkxException.transport("The request was cancelled.", e);
    }
}
