package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security review L2: plain http only to this computer, decided from the URL without DNS. */
class SafeUrlsTest {
    @Test
    void plainHttpGoesOnlyToRealLoopback() {
        assertThat(SafeUrls.allowsSecrets("http://127.0.0.1:8765")).isTrue();
        assertThat(SafeUrls.allowsSecrets("http://127.1.2.3:8765/")).isTrue();
        assertThat(SafeUrls.allowsSecrets("http://localhost:8765")).isTrue();
        assertThat(SafeUrls.allowsSecrets("http://[::1]:8765")).isTrue();
        assertThat(SafeUrls.allowsSecrets("https://www.okx.com")).isTrue();
        assertThat(SafeUrls.allowsSecrets("https://proxy.example/okx")).isTrue();

        assertThat(SafeUrls.allowsSecrets("http://127.0.0.1.evil.example")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://127.0.0.1.evil.example:8080/")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://127.evil.example")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://localhost.evil.example")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://127.0.0.256")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://10.0.0.1")).isFalse();
        assertThat(SafeUrls.allowsSecrets("http://www.okx.com")).isFalse();
        assertThat(SafeUrls.allowsSecrets("not a url")).isFalse();
        assertThat(SafeUrls.allowsSecrets((String) null)).isFalse();
    }

    @Test
    void loopbackHostsAreLiteralsOrLocalhost() {
        assertThat(SafeUrls.isLoopbackHost("127.0.0.1")).isTrue();
        assertThat(SafeUrls.isLoopbackHost("::1")).isTrue();
        assertThat(SafeUrls.isLoopbackHost("[::1]")).isTrue();
        assertThat(SafeUrls.isLoopbackHost("LOCALHOST")).isTrue();
        assertThat(SafeUrls.isLoopbackHost("127.0.0.1.evil.example")).isFalse();
        assertThat(SafeUrls.isLoopbackHost("127.0.0")).isFalse();
        assertThat(SafeUrls.isLoopbackHost("0127.0.0.1")).isFalse();
    }
}
