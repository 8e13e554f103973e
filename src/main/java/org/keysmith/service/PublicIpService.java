package org.keysmith.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.keysmith.domain.Connection;
import org.keysmith.domain.IpAllowlist;

/**
 * Finds the IP address an exchange sees this computer as, for "Add my current IP". For an exchange on this
 * computer (the Sandbox) that is the loopback address; otherwise a public "what is my IP" service is asked
 * (only when the user presses the button).
 */
public final class PublicIpService {
    private final java.util.function.Supplier<HttpClient> http;
    private final URI echoService;

    /** {@code http} is asked for the client only when the user presses the button. */
    public PublicIpService(java.util.function.Supplier<HttpClient> http, URI echoService) {
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
        HttpRequest request = HttpRequest.newBuilder(echoService).timeout(Duration.ofSeconds(8)).GET().build();
        try {
            HttpResponse<String> response = http.get().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body().strip();
        } catch (IOException e) {
            throw new UserFacingException("Could not find this computer's public IP address (" + echoService.getHost()
                    + " could not be reached). Check the internet connection, or type the address in.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Finding the IP address was interrupted.", e);
        }
    }

    /** Looks at the host name only (no DNS lookup): localhost, 127.x.y.z or ::1. */
    static boolean isLoopback(Connection connection) {
        String host = URI.create(connection.baseUrl()).getHost();
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
    }
}
