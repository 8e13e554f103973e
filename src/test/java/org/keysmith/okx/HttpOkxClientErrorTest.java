package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Environment;
import java.time.Clock;
import okhttp3.mockwebserver.SocketPolicy;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Site;

/** How every documented error and every broken answer reaches the caller. */
class HttpOkxClientErrorTest {
    private final FakeOkx okx = new FakeOkx();

    HttpOkxClientErrorTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        okx.close();
    }

    private OkxException queryFails(MockResponse answer) {
        okx.answer("GET /api/v5/users/subaccount/apikey", answer);
        return catchThrowableOfType(OkxException.class, () -> okx.client(Environment.LIVE).apiKeys("trading01"));
    }

    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(401, "50101", "Live and"),
                Arguments.of(401, "50103", "API key"),
                Arguments.of(401, "50104", "passphrase"),
                Arguments.of(401, "50105", "passphrase does not match"),
                Arguments.of(401, "50106", "secret key"),
                Arguments.of(401, "50107", "bug"),
                Arguments.of(401, "50108", "site"),
                Arguments.of(401, "50109", "domain"),
                Arguments.of(401, "50110", "IP allowlist"),
                Arguments.of(401, "50111", "does not know this API key"),
                Arguments.of(401, "50112", "malformed"),
                Arguments.of(401, "50113", "secret key does not match"),
                Arguments.of(401, "50114", "authorization"),
                Arguments.of(200, "50119", "EEA (my.okx.com)"),
                Arguments.of(200, "50120", "Read and Trade"),
                Arguments.of(403, "50035", "bound to IP addresses"),
                Arguments.of(200, "59500", "main account"),
                Arguments.of(200, "59501", "50 keys"),
                Arguments.of(200, "59502", "already has a key with that name"),
                Arguments.of(200, "59503", "20 IP addresses"),
                Arguments.of(200, "59504", "Withdraw"),
                Arguments.of(200, "59505", "passphrase"),
                Arguments.of(200, "59506", "no longer exists"),
                Arguments.of(200, "59508", "suspended"),
                Arguments.of(200, "59510", "does not exist"),
                Arguments.of(200, "59604", "main account"));
    }

    @ParameterizedTest
    @MethodSource("documentedErrors")
    void documentedCodesCarryStatusCodeAndAMessageThatSaysWhatToDo(int status, String code, String phrase) {
        OkxException e = queryFails(FakeOkx.error(status, code, "okx text"));
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.okxMessage()).isEqualTo("okx text");
        assertThat(e.userMessage()).contains(phrase);
        assertThat(okx.apiRequests()).hasSize(1);
    }

    @Test
    void unknownCodesAndSubCodesStillExplainThemselves() {
        OkxException e = queryFails(FakeOkx.error(200, "51008_1000", "Order failed"));
        assertThat(e.code()).isEqualTo("51008_1000");
        assertThat(e.userMessage()).contains("Order failed").contains("51008_1000");
    }

    @Test
    void errorEnvelopeWithoutDataOrWithOddData() {
        assertThat(queryFails(FakeOkx.json("{\"msg\":\"Timestamp request expired\",\"code\":\"50113\"}")).code())
                .isEqualTo("50113");
        assertThat(queryFails(FakeOkx.json("{\"code\":\"59506\",\"msg\":\"x\",\"data\":{\"odd\":true}}")).code())
                .isEqualTo("59506");
    }

    @Test
    void htmlFromAProxyIsNotTheApi() {
        OkxException e = queryFails(new MockResponse().setResponseCode(403).setBody("<html>Access denied</html>"));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.BAD_RESPONSE);
        assertThat(e.userMessage()).contains("HTTP 403").contains("not the API").doesNotContain("Access denied");
    }

    @Test
    void emptyMalformedAndOversizedAnswers() {
        assertThat(queryFails(new MockResponse().setBody("")).userMessage()).contains("empty answer");
        assertThat(queryFails(FakeOkx.json("{\"code\":\"0\",\"data\":[{\"label\":")).kind())
                .isEqualTo(OkxException.Kind.BAD_RESPONSE);
        assertThat(queryFails(FakeOkx.json("{\"msg\":\"\",\"data\":[]}")).userMessage()).contains("no \"code\"");
        String huge = "{\"code\":\"0\",\"data\":[{\"label\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}]}";
        assertThat(queryFails(FakeOkx.json(huge)).userMessage()).contains("larger than 1 MB");
    }

    @Test
    void successWithoutDataForAnObjectEndpoint() {
        okx.answer("GET /api/v5/account/config", FakeOkx.ok("[]"));
        assertThatThrownBy(() -> okx.client(Environment.LIVE).accountConfig(FakeOkx.master()))
                .isInstanceOf(OkxException.class).hasMessageContaining("BAD_RESPONSE");
    }

    @Test
    void refusedConnectionSaysNothingWasSent() throws Exception {
        var client = okx.client(Environment.LIVE);
        okx.server.shutdown();
        OkxException e = catchThrowableOfType(OkxException.class, () -> client.apiKeys("trading01"));
        assertThat(e.kind()).isEqualTo(OkxException.Kind.TRANSPORT);
        assertThat(e.userMessage()).contains("Could not connect");
    }

    @Test
    void unknownHostAndBadUrl() {
        var unknown = okx.clients(Clock.systemUTC(), Duration.ofSeconds(2)).forConnection(
                new Connection("x", "x", Site.CUSTOM,
                        "http://no-such-host.invalid", Environment.LIVE, FakeOkx.master()));
        OkxException e = catchThrowableOfType(OkxException.class, unknown::serverTime);
        assertThat(e.userMessage()).contains("Cannot find no-such-host.invalid");
        var bad = okx.clients(Clock.systemUTC(), Duration.ofSeconds(2)).forConnection(
                new Connection("x", "x", Site.CUSTOM, "not a url",
                        Environment.LIVE, FakeOkx.master()));
        assertThat(catchThrowableOfType(OkxException.class, bad::serverTime).userMessage()).contains("not a valid URL");
    }

    @Test
    void readTimeoutOnAReadIsReported() {
        okx.answer("GET /api/v5/users/subaccount/apikey", new MockResponse().setSocketPolicy(
                SocketPolicy.NO_RESPONSE));
        var client = okx.clients(Clock.systemUTC(), Duration.ofMillis(300))
                .forConnection(okx.connection(Environment.LIVE));
        OkxException e = catchThrowableOfType(OkxException.class, () -> client.apiKeys("trading01"));
        assertThat(e.userMessage()).contains("did not answer in time");
    }
}
