package org.keysmith.app.cli;

import picocli.CommandLine.Command;

/** {@code keysmith}: the root of the command tree; its sub-commands do the work. */
@Command(name = "keysmith", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Keysmith: creates, stores and revokes OKX API keys.",
        description = {"Without a command, opens the app's window. With one, works on the command line (no display "
                + "needed). Every command answers --help.",
                "The master password is never taken from an argument or an environment variable: it is asked on "
                        + "the terminal, or read with --password-stdin, --password-file FILE, or from systemd's "
                        + "$CREDENTIALS_DIRECTORY/keysmith-master."},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Read docs/cli.md (or README.md, \"Command line\") for a walk-through."})
final class KeysmithCommand {
}
