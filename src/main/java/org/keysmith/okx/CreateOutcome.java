package org.keysmith.okx;

import org.keysmith.okx.dto.CreatedApiKey;

/**
 * The result of the (non-idempotent) create call. A definite refusal is an {@link OkxException}; these two
 * are the answers that are not: the key, or "the request went out and no answer came back".
 */
public sealed interface CreateOutcome permits CreateOutcome.Created, CreateOutcome.ResponseLost {

    record Created(CreatedApiKey key) implements CreateOutcome {
    }

    /**
     * The request was sent but the answer was lost (timeout, reset, 5xx): the key may or may not exist.
     * List the sub-account's keys to find out; never just send the create again.
     */
    record ResponseLost(String reason) implements CreateOutcome {
    }
}
