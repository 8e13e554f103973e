package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keysmith.domain.Secret;

/** The vectors of docs/okx-protocol.md section 2 (the OKX docs' sample secret and timestamp). */
class RequestSignerTest {
    private static final Secret SECRET = Secret.copyOf("22582BD0CFF14C41EDBF1AB98506286D".toCharArray());
    private static final String TS = "2020-12-08T09:08:57.715Z";
    private final RequestSigner signer = new RequestSigner();

    @Test
    void signsGetWithoutQuery() {
        assertThat(signer.sign(SECRET, TS, "GET", "/api/v5/account/config", null))
                .isEqualTo("Kr/8IrbDYujS4cg2KkmB+tO2HMUXxyayG6ZwNb4H/yA=");
    }

    @Test
    void signsGetWithQueryString() {
        assertThat(signer.sign(SECRET, TS, "GET", "/api/v5/users/subaccount/apikey?subAcct=test00001", new byte[0]))
                .isEqualTo("VSaoLS1foeKvETnOdOe8t52my5PD9KHwBFmYAI/3k3k=");
    }

    @Test
    void signsPostBodyBytes() {
        String body = "{\"subAcct\":\"test00001\",\"label\":\"bot-1\",\"passphrase\":\"Abc123!xyz\","
                + "\"perm\":\"read_only,trade\",\"ip\":\"203.0.113.7,2001:db8::/32\"}";
        assertThat(signer.sign(SECRET, TS, "POST", "/api/v5/users/subaccount/apikey",
                body.getBytes(StandardCharsets.UTF_8))).isEqualTo("uczrjwnH6Rclv7TnvUZMjImSCcKTXcgMViCJ7duatas=");
    }

    @Test
    void verifyAcceptsOnlyTheRightSignature() {
        String sig = "Kr/8IrbDYujS4cg2KkmB+tO2HMUXxyayG6ZwNb4H/yA=";
        assertThat(signer.verify(SECRET, TS, "GET", "/api/v5/account/config", null, sig)).isTrue();
        assertThat(signer.verify(SECRET, TS, "GET", "/api/v5/account/config?x=1", null, sig)).isFalse();
        assertThat(signer.verify(SECRET, TS, "GET", "/api/v5/account/config", null, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2020-12-08T09:08:57Z, 2020-12-08T09:08:57.000Z",
        "2020-12-08T09:08:57.100Z, 2020-12-08T09:08:57.100Z",
        "2020-12-08T09:08:57.123456789Z, 2020-12-08T09:08:57.123Z"
    })
    void timestampHasExactlyThreeFractionDigits(String instant, String expected) {
        assertThat(RequestSigner.timestamp(Instant.parse(instant))).isEqualTo(expected);
    }
}
