package org.keysmith.okx;

import org.keysmith.domain.ApiCredentials;

/**
 * One request: the endpoint, its query string exactly as it will be sent (without '?', may be empty), the exact
 * body bytes (null for GET), the key that signs it (null for public endpoints) and the type of the data rows.
 */
record OkxCall<T>(OkxEndpoint endpoint, String query, byte[] body, ApiCredentials signer, Class<T> rowType) {
    String pathAndQuery() {
        return query.isEmpty() ? endpoint.path() : endpoint.path() + "?" + query;
    }
}
