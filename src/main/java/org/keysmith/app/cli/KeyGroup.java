package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith key COMMAND}: a group; without a sub-command it says which exist and exits 64. */
@Command(name = "key", header = "Work with API keys: list, show, create, revoke, rotate, verify, edit, add.",
        synopsisSubcommandLabel = "COMMAND")
final class KeyGroup {
}
