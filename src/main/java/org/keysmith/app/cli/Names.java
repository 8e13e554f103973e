package org.keysmith.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.keysmith.app.AppContext;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.service.KeyNames;
import org.keysmith.service.UserFacingException;

/**
 * How the command line names connections and keys. A connection is named by its short name (the built-in one is
 * {@code sandbox}; the others by the name they were added with, in any case) or its id; a key by its name or id,
 * narrowed by {@code --connection} when several keys share a name.
 */
final class Names {
    static final String SANDBOX = Connection.SANDBOX_ID;

    private Names() {
    }

    /** The short name shown for a connection id, without starting the Sandbox. */
    static String connectionName(AppContext context, String connectionId) throws UserFacingException {
        if (connectionId == null) {
            return null;
        }
        if (SANDBOX.equals(connectionId)) {
            return SANDBOX;
        }
        return context.session().vault().connection(connectionId).map(Connection::name).orElse(connectionId);
    }

    static String shortName(Connection c) {
        return c.isSandbox() ? SANDBOX : c.name();
    }

    /**
     * The connection {@code name} names; with no name, the vault's only connection (the Sandbox when the vault has
     * none of its own). Exit 5 when nothing matches, 64 when the choice is the user's.
     */
    static Connection connection(AppContext context, String name) throws UserFacingException, CliFailure {
        List<Connection> own = context.session().vault().connections();
        if (name == null) {
            if (own.isEmpty()) {
                return context.connections().byId(SANDBOX);
            }
            if (own.size() == 1) {
                return own.get(0);
            }
            throw CliFailure.usage("the vault has several connections; say which with --connection: sandbox, "
                    + own.stream().map(Connection::name).collect(Collectors.joining(", ")));
        }
        if (name.equalsIgnoreCase(SANDBOX)) {
            return context.connections().byId(SANDBOX);
        }
        List<Connection> found = own.stream().filter(c -> c.id().equals(name)
                || c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw CliFailure.notFound("no connection named \"" + name + "\". Connections: sandbox"
                    + own.stream().map(c -> ", " + c.name()).collect(Collectors.joining()));
        }
        throw CliFailure.usage("several connections are named \"" + name + "\"; give the id instead: "
                + found.stream().map(Connection::id).collect(Collectors.joining(", ")));
    }

    /** The connection id {@code name} stands for, for filtering (does not start the Sandbox). */
    static String connectionId(AppContext context, String name) throws UserFacingException, CliFailure {
        if (name.equalsIgnoreCase(SANDBOX)) {
            return SANDBOX;
        }
        return connection(context, name).id();
    }

    /**
     * The key named (or with the id) {@code key}, on the connection {@code connection} when given: the rule of
     * {@link KeyNames#key}. Exit 5 when nothing matches, 64 when several keys share the name.
     */
    static ApiKeyEntry key(AppContext context, String key, String connection) throws UserFacingException,
            CliFailure {
        String connId = connection == null ? null : connectionId(context, connection);
        try {
            return context.keyNames().key(key, connId);
        } catch (KeyNames.NotFound e) {
            throw CliFailure.notFound(e.userMessage());
        } catch (KeyNames.Ambiguous e) {
            throw CliFailure.usage(e.userMessage());
        }
    }
}
