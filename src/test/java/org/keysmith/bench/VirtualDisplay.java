package org.keysmith.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A private X server (Xvfb) for one benchmark run: real GTK windows without a screen. */
final class VirtualDisplay implements AutoCloseable {
    private final Process server;
    private final String display;

    private VirtualDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /** Starts Xvfb on a free display number, or returns empty when Xvfb is not installed. */
    static Optional<VirtualDisplay> start() throws IOException {
        Optional<Path> xvfb = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "Xvfb")).filter(Files::isExecutable).findFirst();
        if (xvfb.isEmpty()) {
            return Optional.empty();
        }
        // -displayfd 1: Xvfb picks a free display and prints its number on stdout once it accepts clients.
        Process p = new ProcessBuilder(xvfb.get().toString(), "-displayfd", "1", "-screen", "0", "1280x800x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not start (it printed " + number + ")");
        }
        return Optional.of(new VirtualDisplay(p, ":" + number.strip()));
    }

    /** The value for {@code DISPLAY}. */
    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
