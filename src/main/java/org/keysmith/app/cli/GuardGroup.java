package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith guard COMMAND}: the guardian's checks; without a sub-command it says which exist and exits 64. */
@Command(name = "guard", header = "The guardian: keep keys bound to this computer's IP address.",
        synopsisSubcommandLabel = "COMMAND")
final class GuardGroup {
}
