package org.keysmith.service.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxForwarder;
import org.keysmith.okx.OkxSocketDialer;
import org.keysmith.okx.ServerClock;

/**
 * Where the relay sends requests: the real key's exchange (its connection's host, or the Sandbox), with the real key
 * (a copy that only this object holds, wiped by {@link #close()}), signed with OKX's time as measured with
 * {@code /api/v5/public/time} when the relay starts and again after OKX answers 50102.
 */
final class RelayUpstream implements AutoCloseable {
    private final String baseUrl;
    private final Environment environment;
    private final ApiCredentials key;
    private final OkxForwarder forwarder;
    private final ServerClock clock;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean resync;

    RelayUpstream(String baseUrl, Environment environment, ApiCredentials key, OkxForwarder forwarder, Clock local) {
        this.baseUrl = baseUrl;
        this.environment = environment;
        this.key = key;
        this.forwarder = forwarder;
        this.clock = new ServerClock(local);
    }

    String baseUrl() {
        return baseUrl;
    }

    String apiKey() {
        return key.apiKey();
    }

    Environment environment() {
        return environment;
    }

    /** A WebSocket login op with the real key, signed with OKX's time now. */
    String loginOp() {
        if (resync) {
            resync = false;
            syncClock();
        }
        return OkxSocketDialer.loginOp(key, clock.now());
    }

    /** Forwards {@code o}: signed with the real key when the bot's request was signed, unsigned when it was not. */
    OkxForwarder.Answer send(OkxForwarder.Outgoing o, boolean signed) throws OkxForwarder.Failure {
        if (signed && resync) {
            resync = false;
            syncClock();
        }
        return forwarder.send(baseUrl, environment, signed ? key : null, clock.now(), o);
    }

    /** OKX said the timestamp was off: measure its time again before the next signed request. */
    void timestampRefused() {
        resync = true;
    }

    /** Measures the upstream's clock; a failure leaves the last measurement (or none) in place. */
    boolean syncClock() {
        Instant sent = clock.local().instant();
        try (OkxForwarder.Answer a = forwarder.send(baseUrl, environment, null, sent,
                new OkxForwarder.Outgoing("GET", "/api/v5/public/time", null, List.of()))) {
            JsonNode ts = json.readTree(a.body()).path("data").path(0).path("ts");
            if (a.status() == 200 && ts.isTextual()) {
                clock.record(Instant.ofEpochMilli(Long.parseLong(ts.asText())), sent, clock.local().instant());
                return true;
            }
        } catch (OkxForwarder.Failure | IOException | NumberFormatException e) {
            // signed with the local clock until a measurement succeeds
        }
        return false;
    }

    @Override
    public void close() {
        key.destroy();
        forwarder.close();
    }
}
