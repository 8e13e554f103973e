package org.keysmith.okx.server;

import java.util.List;
import java.util.Locale;

/**
 * The Host-header rule of a server that listens on this computer only (the Sandbox, the relay): the header must
 * name 127.0.0.1, localhost or [::1] with the server's port, so a web page that rebinds its own domain name to
 * 127.0.0.1 (DNS rebinding) is refused before anything else is looked at.
 */
public final class LoopbackHost {
    private LoopbackHost() {
    }

    public static boolean isThisServer(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
            if (h.equals(name + ":" + port) || port == 80 && h.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
