package org.keysmith.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM headless (Monocle, software rendering) and measures the time from process start until a
 * marker line appears on its stderr or stdout. Used by the start-up benchmarks.
 */
public final class ChildJvm {
    public static final List<String> HEADLESS_FLAGS = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    private final List<String> command;
    private final Map<String, String> env;

    public ChildJvm(List<String> command, Map<String, String> env) {
        this.command = command;
        this.env = env;
    }

    /** {@code java <headless flags> -cp <classpath> <main> <args>} with this JVM's java. */
    public static List<String> javaCommand(String classpath, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(HEADLESS_FLAGS);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** The jar of this JVM's class path whose file name contains {@code fragment}. */
    public static String classpathEntry(String fragment) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().contains(fragment)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + fragment + " on the class path"));
    }

    /**
     * Runs until a line containing {@code marker}, waits a second, then stops the process as a user's logout would
     * (SIGTERM: the JVM's normal exit, which writes an {@code -XX:ArchiveClassesAtExit} archive) and waits for it.
     */
    public void untilThenStop(String marker, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains(marker)) {
                    Thread.sleep(1000);
                    p.destroy();
                    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                        throw new IOException("the process did not stop within " + timeoutSeconds + " s");
                    }
                    return;
                }
                seen.append(line).append('\n');
            }
            throw new IOException("'" + marker + "' never appeared; the process printed:\n" + seen);
        } finally {
            p.destroyForcibly();
        }
    }

    /** Milliseconds from start until a line containing {@code marker}; the process is then killed. */
    public long millisUntil(String marker, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null && System.nanoTime() < deadline) {
                if (line.contains(marker)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
                seen.append(line).append('\n');
            }
            throw new IOException("'" + marker + "' never appeared; the process printed:\n" + seen);
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
