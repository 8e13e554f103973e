package org.keysmith.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This computer's host name, for deployment records ("freqtrade@vps-fra1"). */
public final class LocalHost {
    private LocalHost() {
    }

    /** The host name, or "localhost" when the system cannot say. */
    public static String name() {
        String env = System.getenv("HOSTNAME");
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? fallback(env) : name;
        } catch (UnknownHostException e) {
            return fallback(env);
        }
    }

    private static String fallback(String env) {
        return env == null || env.isBlank() ? "localhost" : env.strip();
    }
}
