package org.keysmith.okx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Turns a network failure into an {@link OkxException} whose message says what to check. */
final class TransportFailures {
    private TransportFailures() {
    }

    static OkxException of(IOException e, String host, boolean sent) {
        if (sent) {
            return OkxException.outcomeUnknown(0, lostAnswer(e, host), e);
        }
        return OkxException.transport(notSent(e, host), e);
    }

    private static String notSent(IOException e, String host) {
        if (e instanceof UnknownHostException) {
            return "Cannot find " + host + ". Check the internet connection, or the connection's custom URL.";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "Could not connect to " + host + " (connection refused or unreachable). Check the internet "
                    + "connection and the connection's URL; for the Sandbox, restart Keysmith.";
        }
        if (e instanceof SSLException) {
            return "The secure connection to " + host + " failed. Check that this computer's date and time are "
                    + "right; a proxy or antivirus that intercepts HTTPS can also cause this.";
        }
        if (e instanceof InterruptedIOException) {
            return "Connecting to " + host + " took too long. Check the internet connection and try again.";
        }
        return "The connection to " + host + " failed (" + e.getClass().getSimpleName() + "). Try again.";
    }

    private static String lostAnswer(IOException e, String host) {
        String why = e instanceof InterruptedIOException ? "did not answer in time" : "closed the connection";
        return host + " " + why + " after the request was sent, so it is not known whether it was carried out. "
                + "Nothing was repeated automatically; check the key list (Sync) before trying again.";
    }
}
