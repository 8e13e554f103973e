package org.keysmith.service.relay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one relay has done, for its status line and the key's details: requests received, requests forwarded, OKX
 * codes of the answers (the relay's own refusals included), denials by policy rule, WebSocket connections and the
 * messages bots sent over them, and the upstream latency
 * (request sent to answer head received) of the last {@value #SAMPLES} forwarded requests as p50/p99. Thread-safe.
 */
public final class RelayCounters {
    static final int SAMPLES = 4096;
    private final LongAdder requests = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder wsConnections = new LongAdder();
    private final LongAdder wsOpen = new LongAdder();
    private final LongAdder wsOps = new LongAdder();
    private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> denials = new ConcurrentHashMap<>();
    private final long[] latencies = new long[SAMPLES];
    private int next;
    private int filled;

    /** A copy of the counters at one moment. */
    public record Snapshot(long requests, long forwarded, Map<String, Long> codes, Map<String, Long> denials,
                           double p50Millis, double p99Millis, long wsConnections, long wsOpen, long wsOps) {
        public long denied() {
            return denials.values().stream().mapToLong(Long::longValue).sum();
        }

        /** One line, e.g. {@code 12 requests, 11 forwarded, 1 denied (withdrawal 1); codes 0:10 50113:1; ...}. */
        public String line() {
            return requests + " requests, " + forwarded + " forwarded, " + denied() + " denied"
                    + (denials.isEmpty() ? "" : " " + denials) + "; OKX codes " + codes
                    + String.format(Locale.ROOT, "; upstream latency p50 %.2f ms, p99 %.2f ms",
                    p50Millis, p99Millis)
                    + (wsConnections == 0 ? "" : "; WebSocket " + wsConnections + " connections (" + wsOpen
                    + " open), " + wsOps + " ops");
        }
    }

    void received() {
        requests.increment();
    }

    void wsOpened() {
        wsConnections.increment();
        wsOpen.increment();
    }

    void wsClosed() {
        wsOpen.decrement();
    }

    /** One op or message a bot sent over the WebSocket. */
    void wsOp() {
        wsOps.increment();
    }

    void code(String code) {
        codes.computeIfAbsent(code == null ? "-" : code, c -> new LongAdder()).increment();
    }

    void denied(String rule) {
        denials.computeIfAbsent(rule, r -> new LongAdder()).increment();
    }

    void forwarded(long upstreamNanos) {
        forwarded.increment();
        synchronized (latencies) {
            latencies[next] = upstreamNanos;
            next = (next + 1) % SAMPLES;
            filled = Math.min(filled + 1, SAMPLES);
        }
    }

    public Snapshot snapshot() {
        long[] copy;
        synchronized (latencies) {
            copy = Arrays.copyOf(latencies, filled);
        }
        Arrays.sort(copy);
        return new Snapshot(requests.sum(), forwarded.sum(), sums(codes), sums(denials), percentile(copy, 0.50),
                percentile(copy, 0.99), wsConnections.sum(), wsOpen.sum(), wsOps.sum());
    }

    private static Map<String, Long> sums(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
