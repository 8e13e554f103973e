package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keysmith.domain.Environment;

/** Where the relay's WebSocket goes, and where a key may be sent over one. */
class OkxSocketDialerTest {
    @Test
    void keysGoOverWssOrToThisComputerOnly() {
        assertThat(OkxSocketDialer.allowsSecrets("wss://ws.okx.com:8443/ws/v5/private")).isTrue();
        assertThat(OkxSocketDialer.allowsSecrets("ws://127.0.0.1:9000/ws/v5/private")).isTrue();
        assertThat(OkxSocketDialer.allowsSecrets("ws://[::1]:9000/ws/v5/private")).isTrue();
        assertThat(OkxSocketDialer.allowsSecrets("ws://ws.okx.com:8443/ws/v5/private")).isFalse();
        assertThat(OkxSocketDialer.allowsSecrets("ws://127.0.0.1.example.net/ws/v5/private")).isFalse();
        assertThat(OkxSocketDialer.allowsSecrets("https://www.okx.com")).isFalse();
        assertThat(OkxSocketDialer.allowsSecrets(null)).isFalse();
    }

    @Test
    void eachOkxSiteHasItsPrivateWebSocket() {
        assertThat(OkxSocketDialer.privateUrlFor("https://www.okx.com", Environment.LIVE))
                .contains("wss://ws.okx.com:8443/ws/v5/private");
        assertThat(OkxSocketDialer.privateUrlFor("https://www.okx.com", Environment.DEMO))
                .contains("wss://wspap.okx.com:8443/ws/v5/private");
        assertThat(OkxSocketDialer.privateUrlFor("https://eea.okx.com", Environment.LIVE))
                .contains("wss://wseea.okx.com:8443/ws/v5/private");
        assertThat(OkxSocketDialer.privateUrlFor("https://us.okx.com", Environment.DEMO))
                .contains("wss://wsuspap.okx.com:8443/ws/v5/private");
        assertThat(OkxSocketDialer.privateUrlFor("https://exchange.example", Environment.LIVE)).isEmpty();
        assertThat(OkxSocketDialer.privateUrlFor("http://127.0.0.1:8765", Environment.LIVE)).isEmpty();
    }
}
