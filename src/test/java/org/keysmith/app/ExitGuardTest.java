package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A secret on the clipboard is cleared when the process is ended by a signal, not only by closing the window. */
class ExitGuardTest {
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sigtermClearsTheClipboardBeforeTheProcessEnds() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ExitGuardChild.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.equals("READY")) {
                    p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
                }
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertThat(lines).as("the child's output").contains("READY", "CLEARED");
        assertThat(lines.indexOf("CLEARED")).isGreaterThan(lines.indexOf("READY"));
        assertThat(p.exitValue()).as("ended by SIGTERM").isEqualTo(143);
    }
}
