package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith slot COMMAND}: a group; without a sub-command it says which exist and exits 64. */
@Command(name = "slot", header = "Stable names for the key serving a bot: set, list, remove (a rotation moves them).",
        synopsisSubcommandLabel = "COMMAND")
final class SlotGroup {
}
