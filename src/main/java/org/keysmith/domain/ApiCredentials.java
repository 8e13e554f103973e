package org.keysmith.domain;

import java.util.Objects;

/**
 * What signs a request: the API key (public), its secret key and passphrase (both {@link Secret}).
 * {@code toString} shows the key id only.
 */
public record ApiCredentials(String apiKey, Secret secretKey, Secret passphrase) {
    public ApiCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
    }

    public void destroy() {
        secretKey.destroy();
        passphrase.destroy();
    }

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", secretKey=***, passphrase=***]";
    }
}
