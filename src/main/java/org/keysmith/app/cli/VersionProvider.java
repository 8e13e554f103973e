package org.keysmith.app.cli;

import org.keysmith.app.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code keysmith --version}: the version from the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Keysmith " + Version.current()};
    }
}
