package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.cli.CliEnvironment;
import org.keysmith.app.cli.CliMain;

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

    /** The commands the advice names exist: each answers --help (in this process; help opens no vault). */
    @Test
    void theAdviceNamesRealCommands() {
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        try {
            for (String command : ToolkitFailure.COMMAND_NAMES) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.add("--help");
                int code = CliMain.run(args.toArray(String[]::new), new CliEnvironment(
                        new ByteArrayInputStream(new byte[0]), ps, ps, null, Map.of(), vault -> {
                            throw new AssertionError("help opens no vault");
                        }));
                assertThat(code).as(command + ": " + out.toString(StandardCharsets.UTF_8)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: keysmith " + command);
            }
        } finally {
            root.setLevel(level);
        }
        assertThat(ToolkitFailure.COMMANDS).contains("key create", "key finish-rotation", "connection test");
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
