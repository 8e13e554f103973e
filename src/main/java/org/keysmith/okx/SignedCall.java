package org.keysmith.okx;

import java.util.List;

/**
 * The retry rules around one signed call. On "timestamp expired" (50102) the clock is re-synced; a read is then
 * repeated once, a write is not (it was refused at authentication, so nothing happened — the user presses the
 * button again). Reads that hit a rate limit are repeated after 0.5 s, 1 s, 2 s.
 */
final class SignedCall<T> {
    private final HttpOkxClient client;
    private final OkxCall<T> call;

    SignedCall(HttpOkxClient client, OkxCall<T> call) {
        this.client = client;
        this.call = call;
    }

    List<T> run() throws OkxException {
        boolean resynced = false;
        int retries = 0;
        while (true) {
            try {
                return client.attempt(call);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw interrupted(ie);
            } catch (OkxException e) {
                boolean write = call.endpoint().write();
                if (e.is(OkxError.TIMESTAMP_EXPIRED) && !resynced) {
                    client.syncClock();
                    resynced = true;
                    if (write) {
                        throw clockCorrected(e);
                    }
                } else if (!write && e.kind() == OkxException.Kind.RATE_LIMITED && retries < HttpOkxClient.READ_RETRIES) {
                    pause(HttpOkxClient.FIRST_BACKOFF.multipliedBy(1L << retries++));
                } else {
                    throw e;
                }
            }
        }
    }

    private void pause(java.time.Duration d) throws OkxException {
        try {
            client.sleep(d);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw interrupted(ie);
        }
    }

    private static OkxException clockCorrected(OkxException e) {
        return new OkxException(OkxException.Kind.EXCHANGE_ERROR, e.httpStatus(), e.code(), e.okxMessage(),
                "OKX refused the request because this computer's clock differs from OKX's; nothing was changed. "
                        + "Keysmith has now corrected for the difference: try again.", e);
    }

    static OkxException interrupted(InterruptedException e) {
        return new OkxException(OkxException.Kind.TRANSPORT, 0, null, null, "The request was cancelled.", e);
    }
}
