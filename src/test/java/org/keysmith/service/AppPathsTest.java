package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void linuxUsesXdgDataHome() {
        AppPaths p = AppPaths.resolve(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u", Optional.empty());
        assertThat(p.dataDir()).isEqualTo(Path.of("/x/data/keysmith"));
        assertThat(p.vaultFile()).isEqualTo(Path.of("/x/data/keysmith/vault.keysmith"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        AppPaths p = AppPaths.resolve(Map.of(), "Linux", "/home/u", Optional.empty());
        assertThat(p.dataDir()).isEqualTo(Path.of("/home/u/.local/share/keysmith"));
    }

    @Test
    void macAndWindowsFollowTheirConventions() {
        assertThat(AppPaths.resolve(Map.of(), "Mac OS X", "/Users/u", Optional.empty()).dataDir())
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Keysmith"));
        assertThat(AppPaths.resolve(Map.of("APPDATA", "/c/AppData/Roaming"), "Windows 11", "/c/u", Optional.empty())
                .dataDir()).isEqualTo(Path.of("/c/AppData/Roaming/Keysmith"));
    }

    @Test
    void vaultArgumentBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("KEYSMITH_VAULT", "/env/v.keysmith");
        assertThat(AppPaths.resolve(env, "Linux", "/h", Optional.of("/arg/v.keysmith")).vaultFile())
                .isEqualTo(Path.of("/arg/v.keysmith"));
        assertThat(AppPaths.resolve(env, "Linux", "/h", Optional.empty()).vaultFile())
                .isEqualTo(Path.of("/env/v.keysmith"));
    }

    @Test
    void keysmithHomeMovesEverything() {
        AppPaths p = AppPaths.resolve(Map.of("KEYSMITH_HOME", "/tmp/ks"), "Linux", "/h", Optional.empty());
        assertThat(p.dataDir()).isEqualTo(Path.of("/tmp/ks"));
        assertThat(p.settingsFile()).isEqualTo(Path.of("/tmp/ks/settings.properties"));
    }
}
