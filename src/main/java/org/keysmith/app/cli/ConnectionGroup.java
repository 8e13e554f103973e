package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith connection COMMAND}: a group; without a sub-command it says which exist and exits 64. */
@Command(name = "connection", header = "The exchange accounts whose master key Keysmith uses: list, add, test, remove.",
        synopsisSubcommandLabel = "COMMAND")
final class ConnectionGroup {
}
