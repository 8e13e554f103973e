package org.keysmith.service;

import java.io.IOException;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/**
 * The built-in Sandbox exchange: started in this process on a free loopback port the first time it is used,
 * its state kept in {@code sandbox-state.json} in the data directory (so its keys survive restarts), stopped
 * on exit.
 */
public final class SandboxService implements AutoCloseable {
    public static final String NAME = "Sandbox (offline, on this computer)";
    private final SandboxOptions options;
    private SandboxServer server;

    public SandboxService(SandboxOptions options) {
        this.options = options;
    }

    /** The Sandbox connection, starting the server if needed. */
    public synchronized Connection connection() throws UserFacingException {
        if (server == null) {
            try {
                server = SandboxServer.start(options);
            } catch (IOException e) {
                throw new UserFacingException("The built-in Sandbox exchange could not start (" + e.getMessage()
                        + "). Check that the data folder is writable.", e);
            }
        }
        return new Connection(Connection.SANDBOX_ID, NAME, Site.CUSTOM, server.baseUrl(), Environment.LIVE,
                server.masterKey());
    }

    /** The running server, for tests and the Sandbox's own tools; null until first used. */
    public synchronized SandboxServer server() {
        return server;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
