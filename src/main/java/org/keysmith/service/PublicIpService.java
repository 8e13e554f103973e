package org.keysmith.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.okx.SafeUrls;

/**
 * Finds the IP address an exchange sees this computer as, for "Add my current IP". For an exchange on this
 * computer (the Sandbox) that is the loopback address; otherwise a public "what is my IP" service is asked
 * (only when the user presses the button), and at most {@value #MAX_ANSWER} bytes of its answer are read.
 * {@link #explanation} names the service, so the UI can show where the address came from.
 */
public final class PublicIpService {
    /** The longest answer read: an IPv6 address in full is 39 characters; anything longer is not an address. */
    static final int MAX_ANSWER = 64;
    private static final Duration ECHO_TIMEOUT = Duration.ofSeconds(8);
    private final Supplier<OkHttpClient> http;
    private final URI echoService;

    /**
     * {@code http} is asked for the client only when the user presses the button; it is the OKX client's own
     * OkHttp instance, so the app has one HTTP stack (one TLS and proxy set-up) rather than two.
     */
    public PublicIpService(Supplier<OkHttpClient> http, URI echoService) {
        this.http = http;
        this.echoService = echoService;
    }

    public String currentIp(Connection connection) throws UserFacingException {
        if (isLoopback(connection)) {
            return "127.0.0.1";
        }
        String answer = ask();
        return IpAllowlist.parse(answer).value().filter(l -> l.size() == 1).map(l -> l.entries().get(0))
                .orElseThrow(() -> new UserFacingException(echoService.getHost() + " did not answer with an IP "
                        + "address. Type your IP address in instead."));
    }

    public String explanation(Connection connection) {
        return isLoopback(connection)
                ? "The Sandbox runs on this computer, so it sees you as 127.0.0.1."
                : "Asks " + echoService.getHost() + " which public IP address this computer has.";
    }

    private String ask() throws UserFacingException {
        Request request = new Request.Builder().url(echoService.toString()).get().build();
        OkHttpClient client = http.get().newBuilder().callTimeout(ECHO_TIMEOUT).build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IOException("HTTP " + response.code());
            }
            ResponseBody body = response.body();
            byte[] bytes;
            try (InputStream in = body == null ? InputStream.nullInputStream() : body.byteStream()) {
                bytes = in.readNBytes(MAX_ANSWER + 1);
            }
            if (bytes.length > MAX_ANSWER) {
                throw new UserFacingException(echoService.getHost() + " sent a longer answer than an IP address. "
                        + "Type your IP address in instead.");
            }
            return new String(bytes, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UserFacingException("Could not find this computer's public IP address (" + echoService.getHost()
                    + " could not be reached). Check the internet connection, or type the address in.", e);
        }
    }

    /** The connection goes to this computer (the Sandbox): the one rule of {@link SafeUrls}, no DNS lookup. */
    static boolean isLoopback(Connection connection) {
        return SafeUrls.isLoopback(connection.baseUrl());
    }
}
