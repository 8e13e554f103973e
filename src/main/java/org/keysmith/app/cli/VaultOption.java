package org.keysmith.app.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --vault PATH}: another vault than the default one (see README, "Where Keysmith keeps its files"). */
final class VaultOption {
    @Option(names = "--vault", paramLabel = "PATH", description = "The vault file (default: vault.keysmith in "
            + "Keysmith's data folder, or $KEYSMITH_HOME).")
    String vault;

    Optional<String> path() {
        return Optional.ofNullable(vault);
    }
}
