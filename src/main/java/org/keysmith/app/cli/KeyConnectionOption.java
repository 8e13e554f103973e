package org.keysmith.app.cli;

import org.keysmith.app.AppContext;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.UserFacingException;
import picocli.CommandLine.Option;

/**
 * {@code --connection NAME} for the commands that name one key: it picks among keys that share a name (a picocli
 * mixin; see {@link Names#key}).
 */
final class KeyConnectionOption {
    @Option(names = "--connection", paramLabel = "NAME", description = "The key's connection, when several keys "
            + "share the name.")
    String connection;

    /** The key named (or with the id) {@code key}, on this connection when one was given. */
    ApiKeyEntry key(AppContext context, String key) throws UserFacingException, CliFailure {
        return Names.key(context, key, connection);
    }
}
