package org.keysmith.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command line as a real child process ({@link CliTestMain}: the launcher's command path with a fast KDF)
 * on a temporary Keysmith home, with the given standard input and no terminal; keeps its exit code and output.
 */
public final class CliRun {
    private final Path home;
    private final Map<String, String> extraEnv;

    public CliRun(Path home) {
        this(home, Map.of());
    }

    public CliRun(Path home, Map<String, String> extraEnv) {
        this.home = home;
        this.extraEnv = extraEnv;
    }

    /** What one run left behind. */
    public record Result(int code, String out, String err, List<String> command) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public Result run(String stdin, String... args) {
        return runMain(stdin, CliTestMain.class.getName(), args);
    }

    /** Runs {@code mainClass} (a launcher) with {@code args}. */
    public Result runMain(String stdin, String mainClass, String... args) {
        return runCommand(stdin, javaCommand(mainClass, args));
    }

    /**
     * Runs the command line on a terminal: a pseudo-terminal made by util-linux's {@code script}, so the command has
     * a console, and {@code typed} is what the user types on it (the output is the terminal's: stdout and stderr
     * together, in {@link Result#out()}). Only where {@link #terminalAvailable()}.
     */
    public Result runOnTerminal(String typed, String... args) {
        StringBuilder line = new StringBuilder();
        for (String a : javaCommand(CliTestMain.class.getName(), args)) {
            line.append(line.length() == 0 ? "" : " ").append('\'').append(a.replace("'", "'\\''")).append('\'');
        }
        return runCommand(typed, List.of("script", "-qec", line.toString(), "/dev/null"));
    }

    /** True where {@code script} (util-linux) can make a pseudo-terminal. */
    public static boolean terminalAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private Result runCommand(String stdin, List<String> cmd) {
        String[] args = cmd.toArray(String[]::new);
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("KEYSMITH_HOME", home.toString());
            pb.environment().remove("CREDENTIALS_DIRECTORY");
            pb.environment().putAll(extraEnv);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // the command did not read all of its input; its output says why
            }
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("keysmith " + String.join(" ", args) + " did not end in 90 s");
            }
            Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err), cmd);
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new AssertionError("could not run the command line: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Starts a long-running command (the relay) with its standard input given and closed, and its output in
     * pipes; the caller reads them and ends it ({@link Process#destroy()} sends SIGTERM).
     */
    public Process start(String stdin, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CliTestMain.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KEYSMITH_HOME", home.toString());
        pb.environment().remove("CREDENTIALS_DIRECTORY");
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    public Path home() {
        return home;
    }

}
