package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith vault COMMAND}: a group; without a sub-command it says which exist and exits 64. */
@Command(name = "vault", header = "The encrypted vault file: create, list, change-password, check.",
        synopsisSubcommandLabel = "COMMAND")
final class VaultGroup {
}
