package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Starting the app where no window can open (no display, or no GTK) ends in advice, not a stack trace. */
class NoWindowTest {
    @TempDir
    Path home;

    @Test
    void toolkitFailuresAreExplainedInPlainWords() {
        assertThat(ToolkitFailure.describe("Unable to open DISPLAY"))
                .startsWith("Keysmith could not open its window: Unable to open DISPLAY")
                .contains("no graphical display", "keysmith --help", "key list", "vault create");
        assertThat(ToolkitFailure.describe("Unable to load glass GTK library."))
                .contains("GTK 3", "libgtk-3-0", "gtk3");
        assertThat(ToolkitFailure.describe(null)).startsWith("Keysmith could not open its window.")
                .contains("desktop session");
    }

    /** The real launcher in its own JVM, with GTK (not the tests' Monocle) and no DISPLAY. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void launcherWithoutADisplaySaysWhatToDoAndExitsWithOne() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY"));
        env.put("KEYSMITH_HOME", home.toString());
        File out = home.resolve("out.txt").toFile();
        Process p = pb.redirectOutput(out).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        String text = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isEqualTo(1);
        assertThat(text).contains("Keysmith could not open its window").containsAnyOf("keysmith --help", "GTK 3")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(text).as("the window's start path loads JavaFX but not the command line's library")
                .contains("javafx.application.Application").doesNotContain("picocli", "org.keysmith.app.cli.");
    }
}
