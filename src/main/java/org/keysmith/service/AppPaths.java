package org.keysmith.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Keysmith keeps its files. The data directory follows each OS's convention
 * ({@code $XDG_DATA_HOME/keysmith}, {@code ~/Library/Application Support/Keysmith}, {@code %APPDATA%\Keysmith});
 * {@code KEYSMITH_HOME} moves everything, {@code --vault PATH} / {@code KEYSMITH_VAULT} move the vault alone.
 */
public record AppPaths(Path dataDir, Path vaultFile) {
    public static final String VAULT_FILE_NAME = "vault.keysmith";

    public static AppPaths resolve(Map<String, String> env, String osName, String userHome, Optional<String> vaultArg) {
        Path data = dataDir(env, osName, userHome);
        Path vault = vaultArg.or(() -> nonBlank(env.get("KEYSMITH_VAULT")))
                .map(p -> Path.of(p).toAbsolutePath())
                .orElse(data.resolve(VAULT_FILE_NAME));
        return new AppPaths(data, vault);
    }

    /** The paths for this process: its environment, OS and home directory. */
    public static AppPaths forThisProcess(Optional<String> vaultArg) {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"), vaultArg);
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.properties");
    }

    private static Path dataDir(Map<String, String> env, String osName, String userHome) {
        Optional<String> home = nonBlank(env.get("KEYSMITH_HOME"));
        if (home.isPresent()) {
            return Path.of(home.get()).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return nonBlank(env.get("APPDATA")).map(Path::of)
                    .orElse(Path.of(userHome, "AppData", "Roaming")).resolve("Keysmith");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Keysmith");
        }
        return nonBlank(env.get("XDG_DATA_HOME")).map(Path::of)
                .orElse(Path.of(userHome, ".local", "share")).resolve("keysmith");
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
