package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private final RateLimiter limiter = new RateLimiter(now::get, d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    }, true);

    @Test
    void writesWaitOneSecondBetweenCalls() throws Exception {
        limiter.acquire("k", OkxEndpoint.CREATE_API_KEY);
        limiter.acquire("k", OkxEndpoint.CREATE_API_KEY);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void queriesGetTwentyPerTwoSeconds() throws Exception {
        for (int i = 0; i < 20; i++) {
            limiter.acquire("k", OkxEndpoint.QUERY_API_KEYS);
        }
        assertThat(waits).isEmpty();
        now.addAndGet(Duration.ofMillis(500).toNanos());
        limiter.acquire("k", OkxEndpoint.QUERY_API_KEYS);
        assertThat(waits).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void callersAndEndpointsHaveSeparateWindows() {
        assertThat(limiter.tryAcquire("a", OkxEndpoint.DELETE_API_KEY)).isTrue();
        assertThat(limiter.tryAcquire("a", OkxEndpoint.DELETE_API_KEY)).isFalse();
        assertThat(limiter.tryAcquire("b", OkxEndpoint.DELETE_API_KEY)).isTrue();
        assertThat(limiter.tryAcquire("a", OkxEndpoint.MODIFY_API_KEY)).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.tryAcquire("a", OkxEndpoint.DELETE_API_KEY)).isTrue();
    }

    @Test
    void disabledNeverWaits() throws Exception {
        RateLimiter off = RateLimiter.disabled();
        for (int i = 0; i < 100; i++) {
            assertThat(off.tryAcquire("k", OkxEndpoint.CREATE_API_KEY)).isTrue();
        }
    }
}
